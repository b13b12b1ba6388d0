package main

import (
	"cmp"
	"flag"
	"fmt"
	"runtime"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
	"github.com/muesli/termenv"
)

// runShow prints an article rendered for the terminal, or one section of
// it, under a header with its title, author, date and reading time.
func runShow(g *globals, args []string, e *env) error {
	fs := newFlagSet("show", g)
	width := fs.Int("width", 0, "")
	section := fs.String("section", "", "")
	images := fs.String("images", cmp.Or(g.config().Images, render.ImagesAuto), "")
	page := fs.Bool("pager", false, "")
	fs.BoolVar(page, "p", false, "")
	pos, done, err := parseCmd("show", fs, args, e)
	if done || err != nil {
		return err
	}
	slug, err := oneArg("show", "SLUG", pos)
	if err != nil {
		return err
	}
	if isSet(fs, "width") && *width < 1 {
		return usageErr("show", "--width must be a positive number of cells, got %d", *width)
	}
	if *width == 0 {
		*width = g.defaultWidth(e)
	}
	style, err := g.styleName("show")
	if err != nil {
		return err
	}
	if isSet(fs, "section") && strings.TrimSpace(*section) == "" {
		return usageErr("show", "--section needs a heading")
	}

	_, a, err := g.findTarget(e, slug)
	if err != nil {
		return err
	}
	heading := -1
	if *section != "" {
		if heading, err = findHeading(a, *section); err != nil {
			return err
		}
	}
	style = e.resolveStyle(style)
	if *page {
		return g.paged(e, func(e *env) error { return printArticle(e, a, *width, style, heading, *images) })
	}
	return printArticle(e, a, *width, style, heading, *images)
}

// printDocument prints a document read from a file, stdin or a URL as
// show prints an article, at the default width and the --style.
func (g *globals) printDocument(e *env, d document) error {
	style, err := g.styleName("")
	if err != nil {
		return err
	}
	reportProblems(e, libraryOf(d))
	return printArticle(e, d.art, g.defaultWidth(e), e.resolveStyle(style), -1, render.ImagesAuto)
}

// printArticle prints an article rendered at width in the glamour style
// under its header, or only the section under heading when it is not -1,
// with pictures drawn as images says (see showImages).
func printArticle(e *env, a *library.Article, width int, style string, heading int, images string) error {
	opts := render.Options{Width: width, Style: style, Color: e.color(), Profile: e.colorProfile()}
	if err := showImages(&opts, images, e); err != nil {
		return err
	}
	doc, err := render.RenderParallel(opts, a, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	var lines []string
	if heading >= 0 {
		lines = doc.Section(a, heading)
	} else {
		lines = append(header(a, opts), doc.Lines...)
	}
	_, err = fmt.Fprintln(e.stdout, termsafe.Frame(strings.Join(lines, "\n")))
	return err
}

// headerMargin matches the left margin glamour gives the body.
const headerMargin = 2

// header is the lines above the body: the title, then author · date ·
// rating · reading time, then a rule, each no wider than the width.
func header(a *library.Article, o render.Options) []string {
	margin := strings.Repeat(" ", headerMargin)
	w := o.Width - headerMargin
	if w < 10 {
		margin, w = "", o.Width
	}
	profile := termenv.Ascii
	if o.Color {
		profile = o.Profile
	}
	meta := render.BylineParts(a, render.Author|render.Date|render.Rating|render.ReadingTime)
	var out []string
	add := func(text string, style func(termenv.Style) termenv.Style) {
		// Wrap breaks at spaces and hyphens and may leave a longer piece
		// ("-02-02" at width 1); Hardwrap cuts what is still too wide.
		for _, l := range strings.Split(ansi.Hardwrap(ansi.Wrap(text, w, ""), w, true), "\n") {
			out = append(out, margin+style(profile.String(strings.TrimRight(l, " "))).String())
		}
	}
	out = append(out, "")
	add(termsafe.String(a.Title), termenv.Style.Bold)
	if len(meta) > 0 {
		add(termsafe.String(strings.Join(meta, " · ")), termenv.Style.Faint)
	}
	rule := min(w, max(ansi.StringWidth(termsafe.String(a.Title)), 20))
	add(strings.Repeat("─", rule), termenv.Style.Faint)
	return out
}

// findHeading returns the index of the heading whose text (ignoring case
// and surrounding space) or anchor is name, or an error suggesting some.
func findHeading(a *library.Article, name string) (int, error) {
	want := strings.TrimSpace(name)
	anchor := strings.TrimPrefix(want, "#")
	for i, h := range a.Headings {
		if strings.EqualFold(strings.TrimSpace(h.Text), want) || strings.EqualFold(h.Anchor, anchor) {
			return i, nil
		}
	}
	texts := make([]string, len(a.Headings))
	for i, h := range a.Headings {
		texts[i] = h.Text
	}
	return -1, notFound("heading", name, texts, "run 'folio toc "+a.Slug+"' to see them all")
}

// isSet reports whether the flag was given on the command line.
func isSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) {
		if f.Name == name {
			set = true
		}
	})
	return set
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
