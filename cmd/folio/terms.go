package main

import (
	"fmt"

	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// newTagsCmd is `folio tags`.
func newTagsCmd(g *globals, e *env) *cobra.Command {
	return newTermsCmd(g, e, "tags", "list the tags with their article counts",
		"An untagged article counts under the library's tags found in its title, excerpt\n"+
			"or headings (its inferred tags).", (*library.Library).Tags)
}

// newCategoriesCmd is `folio categories`.
func newCategoriesCmd(g *globals, e *env) *cobra.Command {
	return newTermsCmd(g, e, "categories", "list the categories with their article counts", "", (*library.Library).Categories)
}

// newTermsCmd declares tags or categories, which differ only in what
// they list.
func newTermsCmd(g *globals, e *env, name, short, long string, terms func(*library.Library) []library.Term) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   name,
		Short: short,
		Long:  long,
		Args:  noArgs,
		RunE:  func(*cobra.Command, []string) error { return runTerms(name, g, e, asJSON, terms) },
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

// runTerms prints tags or categories with their article counts, most
// used first.
func runTerms(name string, g *globals, e *env, asJSON bool, terms func(*library.Library) []library.Term) error {
	lib, err := g.load(e)
	if err != nil {
		return err
	}
	ts := terms(lib)
	if asJSON {
		if name == "tags" {
			return writeJSON(e.stdout, jsonTags{Tags: termsJSON(ts), Problems: problemsJSON(lib)})
		}
		return writeJSON(e.stdout, jsonCategories{Categories: termsJSON(ts), Problems: problemsJSON(lib)})
	}
	if len(ts) == 0 && len(lib.Articles) > 0 {
		what := "a tag"
		if name == "categories" {
			what = "a category"
		}
		fmt.Fprintf(e.stderr, "no article has %s\n", what)
		return nil
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
