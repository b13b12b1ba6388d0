package main

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
)

// runSearch prints the articles matching every word of the query, best
// first, each with the passage that matched.
func runSearch(g *globals, args []string, e *env) error {
	fs := newFlagSet("search", g)
	asJSON := fs.Bool("json", false, "")
	pos, done, err := parseCmd("search", fs, args, e)
	if done || err != nil {
		return err
	}
	query := strings.Join(pos, " ")
	if strings.TrimSpace(query) == "" {
		return usageErr("search", "missing QUERY")
	}
	lib, err := g.load(e)
	if err != nil {
		return err
	}
	hits := lib.Search(query)
	if *asJSON {
		out := jsonSearch{Query: query, Hits: make([]jsonHit, 0, len(hits)), Problems: problemsJSON(lib)}
		for _, h := range hits {
			out.Hits = append(out.Hits, jsonHit{Slug: h.Article.Slug, Title: h.Article.Title, Field: h.Field, Score: h.Score, Snippet: h.Snippet})
		}
		return writeJSON(e.stdout, out)
	}
	if len(hits) == 0 {
		fmt.Fprintf(e.stderr, "no article matches %q\n", query)
		return nil
	}
	for _, h := range hits {
		fmt.Fprintf(e.stdout, "%s  %s  (%s)\n", termsafe.String(h.Article.Slug), termsafe.String(h.Article.Title), h.Field)
		snippet := termsafe.String(h.Snippet)
		if e.tty {
			snippet = ansi.Truncate(snippet, e.width()-4, "…")
		}
		if snippet != "" {
			fmt.Fprintf(e.stdout, "    %s\n", snippet)
		}
	}
	return nil
}
