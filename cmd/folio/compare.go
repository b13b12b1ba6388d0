package main

import (
	"fmt"
	"strings"

	"github.com/folio-reader/folio/internal/reviewcard"
	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// newCompareCmd is `folio compare`.
func newCompareCmd(g *globals, e *env) *cobra.Command {
	var asJSON bool
	var width int
	c := &cobra.Command{
		Use:   "compare SLUG SLUG...",
		Short: "compare reviews side by side: product, price, rating and its parts, pros, cons, verdict",
		Long: "One column a review, each part on the same row in every column, fitted to the\n" +
			"terminal's width (or --width); too narrow for columns, the cards are stacked.\n" +
			"The best rating on five is marked when colour is on.",
		Example: "  folio compare aero-v9-review breeze-s5-review\n" +
			"  folio compare aero-v9-review breeze-s5-review --json | jq '.reviews[].rating.value'",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usageErr("compare takes two slugs or more")
			}
			return nil
		},
		ValidArgsFunction: g.completeSlugs,
		RunE: func(_ *cobra.Command, args []string) error {
			if width < 0 {
				return usageErr("--width %d: a width is a number of columns, 0 for the terminal's", width)
			}
			return runCompare(g, e, args, width, asJSON)
		},
	}
	c.Flags().IntVar(&width, "width", 0, "lay out in `N` columns of the terminal (0: its width, or 80 through a pipe)")
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON: {reviews: [review cards]}")
	return c
}

func runCompare(g *globals, e *env, slugs []string, width int, asJSON bool) error {
	lib, err := g.load(e)
	if err != nil {
		return err
	}
	arts := make([]*library.Article, 0, len(slugs))
	for _, s := range slugs {
		a, ok := lib.Article(s)
		if !ok {
			return notFound("article", s, lib.Slugs(), "run 'folio list --sort rating' to see the reviews")
		}
		arts = append(arts, a)
	}
	if asJSON {
		out := jsonCompare{Reviews: make([]jsonReview, 0, len(arts)), Problems: problemsJSON(lib)}
		for _, a := range arts {
			out.Reviews = append(out.Reviews, reviewJSON(a, lib.Review(a)))
		}
		return writeJSON(e.stdout, out)
	}
	if width == 0 {
		width = defaultWidth
		if e.termWidth > 0 {
			width = e.termWidth
		}
	}
	cs := make([]reviewcard.Compared, len(arts))
	for i, a := range arts {
		cs[i] = reviewcard.Compared{Title: a.Title, Review: lib.Review(a)}
	}
	_, err = fmt.Fprintln(e.stdout, strings.Join(reviewcard.Compare(cs, width, cardStyles(e)), "\n"))
	return err
}
