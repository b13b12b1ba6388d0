package main

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// jsonProductReviews is one product of `folio products --json`: rating is
// the mean on five of its reviews that rate it, null when none does.
type jsonProductReviews struct {
	Name    string   `json:"name"`
	Rating  *float64 `json:"rating"`
	Reviews []string `json:"reviews"`
}

type jsonProducts struct {
	Products []jsonProductReviews `json:"products"`
	Problems []jsonProblem        `json:"problems"`
}

// newProductsCmd is `folio products`.
func newProductsCmd(g *globals, e *env) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:   "products [QUERY...]",
		Short: "list the products the library reviews, best rated first, with their reviews",
		Long: "One product a line: the mean rating on five of its reviews, its name, and the slugs\n" +
			"of the articles that review it (a \"best X\" listing's picks too). The same product\n" +
			"from several sources is gathered by name, ignoring case, punctuation and a brand\n" +
			"one source writes and another does not. A query keeps the products whose name holds\n" +
			"every word of it.",
		Example: "  folio products\n  folio products vacuum --json | jq '.products[0].reviews'",
		RunE: func(_ *cobra.Command, args []string) error {
			lib, err := g.load(e)
			if err != nil {
				return err
			}
			ps := library.MatchProducts(library.Products(lib.Articles), strings.Join(args, " "))
			if asJSON {
				return writeJSON(e.stdout, productsJSON(lib, ps))
			}
			if len(ps) == 0 {
				if len(lib.Articles) > 0 {
					fmt.Fprintln(e.stderr, "no reviewed product matches")
				}
				return nil
			}
			width := 0
			if e.tty {
				width = e.termWidth
			}
			return printProducts(e.stdout, ps, width)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

func productsJSON(lib *library.Library, ps []library.ProductReviews) jsonProducts {
	out := jsonProducts{Products: make([]jsonProductReviews, 0, len(ps)), Problems: problemsJSON(lib)}
	for _, p := range ps {
		jp := jsonProductReviews{Name: p.Name, Reviews: make([]string, 0, len(p.Reviews))}
		if p.Rated {
			v := roundTo(p.Rating, 2)
			jp.Rating = &v
		}
		for _, r := range p.Reviews {
			jp.Reviews = append(jp.Reviews, r.Article.Slug)
		}
		out.Products = append(out.Products, jp)
	}
	return out
}

// printProducts prints one product a line: "★ 4.6  Aero V9  2 reviews:
// slug, slug", cut to width when it is not 0.
func printProducts(w io.Writer, ps []library.ProductReviews, width int) error {
	bw := bufio.NewWriter(w)
	for _, p := range ps {
		rating := "  —  "
		if p.Rated {
			rating = "★ " + strconv.FormatFloat(p.Rating, 'f', 1, 64)
		}
		slugs := make([]string, len(p.Reviews))
		for i, r := range p.Reviews {
			slugs[i] = r.Article.Slug
		}
		n := len(p.Reviews)
		line := fmt.Sprintf("%s  %s  %d %s: %s", rating, p.Name, n, plural(n, "review", "reviews"), strings.Join(slugs, ", "))
		if width > 0 {
			line = ansi.Truncate(line, width, "…")
		}
		fmt.Fprintln(bw, line)
	}
	return bw.Flush()
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
