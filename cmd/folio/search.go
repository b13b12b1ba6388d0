package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/spf13/cobra"
)

// newSearchCmd is `folio search`.
func newSearchCmd(g *globals, e *env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "search QUERY...",
		Short: "search titles, tags, categories, excerpts and bodies",
		Long:  "The articles matching every word of the query, best first, each with the passage\nthat matched.",
		Args: func(_ *cobra.Command, args []string) error {
			if strings.TrimSpace(strings.Join(args, " ")) == "" {
				return usageErr("missing QUERY")
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error { return runSearch(g, e, strings.Join(args, " "), asJSON) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

// runSearch prints the articles matching every word of the query, best
// first, each with the passage that matched.
func runSearch(g *globals, e *env, query string, asJSON bool) error {
	lib, err := g.load(e)
	if err != nil {
		return err
	}
	hits := lib.Search(query)
	if asJSON {
		out := jsonSearch{Query: query, Hits: make([]jsonHit, 0, len(hits)), Problems: problemsJSON(lib)}
		for _, h := range hits {
			out.Hits = append(out.Hits, jsonHit{Slug: h.Article.Slug, Title: h.Article.Title, Field: h.Field, Score: h.Score, Snippet: h.Snippet})
		}
		return writeJSON(e.stdout, out)
	}
	if len(hits) == 0 {
		if len(lib.Articles) > 0 { // else load said the library is empty
			fmt.Fprintf(e.stderr, "no article matches %q\n", query)
		}
		return nil
	}
	// Buffered: a common word's tens of thousands of hits were as many
	// writes to stdout, a tenth of the search.
	w := bufio.NewWriterSize(e.stdout, 64<<10)
	width := 0
	if e.tty {
		width = max(1, e.width()-4)
	}
	for _, h := range hits {
		b := w.AvailableBuffer()
		b = append(b, termsafe.String(h.Article.Slug)...)
		b = append(b, "  "...)
		b = append(b, termsafe.String(h.Article.Title)...)
		b = append(b, "  ("...)
		b = append(b, h.Field...)
		b = append(b, ")\n"...)
		snippet := termsafe.String(h.Snippet)
		if width != 0 {
			snippet = ansi.Truncate(snippet, width, "…")
		}
		if snippet != "" {
			b = append(b, "    "...)
			b = append(b, snippet...)
			b = append(b, '\n')
		}
		w.Write(b)
	}
	return w.Flush()
}
