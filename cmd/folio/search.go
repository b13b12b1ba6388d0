package main

import (
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
