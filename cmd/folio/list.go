package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// runList prints the articles, newest first, narrowed by --tag and
// --category (both must hold when both are given).
func runList(g *globals, args []string, e *env) error {
	fs := newFlagSet("list", g)
	tag := fs.String("tag", "", "")
	cat := fs.String("category", "", "")
	asJSON := fs.Bool("json", false, "")
	pos, done, err := parseCmd("list", fs, args, e)
	if done || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErr("list", "list takes no arguments, got %q", pos)
	}
	lib, err := g.loadSummaries(e)
	if err != nil {
		return err
	}
	arts, err := narrow(lib, *tag, *cat)
	if err != nil {
		return err
	}
	if *asJSON {
		return writeListJSON(e.stdout, arts, problemsJSON(lib))
	}
	return printArticles(e.stdout, arts)
}

// narrow returns the library's articles with the tag and in the
// category; an empty name does not narrow, an unknown one is an error.
func narrow(lib *library.Library, tag, cat string) ([]*library.Article, error) {
	arts := lib.Articles
	if tag != "" {
		if !lib.HasTag(tag) {
			return nil, notFound("tag", tag, library.TermNames(lib.Tags()), "run 'folio tags' to see them all")
		}
		arts = intersect(arts, lib.WithTag(tag))
	}
	if cat != "" {
		if !lib.HasCategory(cat) {
			return nil, notFound("category", cat, library.TermNames(lib.Categories()), "run 'folio categories' to see them all")
		}
		arts = intersect(arts, lib.InCategory(cat))
	}
	return arts, nil
}

// intersect keeps the articles of a that are in b, in a's order.
func intersect(a, b []*library.Article) []*library.Article {
	in := make(map[*library.Article]bool, len(b))
	for _, x := range b {
		in[x] = true
	}
	out := make([]*library.Article, 0, len(a))
	for _, x := range a {
		if in[x] {
			out = append(out, x)
		}
	}
	return out
}

// printArticles prints one article a line: date, slug, title, in columns
// measured in terminal cells (text/tabwriter counts runes, so a slug in
// Chinese or Japanese, two cells a character, would push its title out
// of line).
func printArticles(w io.Writer, arts []*library.Article) error {
	slugWidth := slugColumn(arts)
	bw := bufio.NewWriter(w)
	for _, a := range arts {
		date := a.DateString()
		if date == "" {
			date = "undated"
		}
		slug := termsafe.String(a.Slug)
		pad := strings.Repeat(" ", max(0, slugWidth-ansi.StringWidth(slug)))
		fmt.Fprintf(bw, "%-10s  %s%s  %s\n", date, slug, pad, termsafe.String(a.Title))
	}
	return bw.Flush()
}

func runTags(g *globals, args []string, e *env) error {
	return runTerms("tags", g, args, e, (*library.Library).Tags)
}

func runCategories(g *globals, args []string, e *env) error {
	return runTerms("categories", g, args, e, (*library.Library).Categories)
}

// runTerms prints tags or categories with their article counts, most
// used first.
func runTerms(cmd string, g *globals, args []string, e *env, terms func(*library.Library) []library.Term) error {
	fs := newFlagSet(cmd, g)
	asJSON := fs.Bool("json", false, "")
	pos, done, err := parseCmd(cmd, fs, args, e)
	if done || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErr(cmd, "%s takes no arguments, got %q", cmd, pos)
	}
	lib, err := g.loadSummaries(e)
	if err != nil {
		return err
	}
	ts := terms(lib)
	if *asJSON {
		if cmd == "tags" {
			return writeJSON(e.stdout, jsonTags{Tags: termsJSON(ts), Problems: problemsJSON(lib)})
		}
		return writeJSON(e.stdout, jsonCategories{Categories: termsJSON(ts), Problems: problemsJSON(lib)})
	}
	width := 1
	for _, t := range ts {
		width = max(width, len(fmt.Sprint(t.Count)))
	}
	for _, t := range ts {
		fmt.Fprintf(e.stdout, "%*d  %s\n", width, t.Count, termsafe.String(t.Name))
	}
	return nil
}
