package main

import (
	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// newListCmd is `folio list`.
func newListCmd(g *globals, e *env) *cobra.Command {
	var o listOptions
	var asJSON bool
	c := &cobra.Command{
		Use:   "list",
		Short: "list the articles, newest first",
		Long: "One article a line: its date (undated last), slug and title. --tag and --category\n" +
			"narrow the list; given both, an article must have both. --sort rating puts the best\n" +
			"rated reviews first (ratings compared on five: 9/10 is 4.5), unrated articles last;\n" +
			"--min-rating keeps the reviews rated at least that on five.",
		Example: "  folio list --tag go\n  folio list --sort rating --min-rating 4\n  folio list --json | jq -r '.articles[].slug'",
		Args:    noArgs,
		RunE: func(*cobra.Command, []string) error {
			if err := o.check(); err != nil {
				return err
			}
			return runList(g, e, o, asJSON)
		},
	}
	c.Flags().StringVar(&o.tag, "tag", "", "only articles tagged `T` (own or inferred tags, any case)")
	c.Flags().StringVar(&o.cat, "category", "", "only articles in category `C` (any case)")
	c.Flags().StringVar(&o.sort, "sort", "date", "order by `KEY`: date (newest first), title, time (shortest first) or rating (best first)")
	c.Flags().Float64Var(&o.minRating, "min-rating", 0, "only reviews rated at least `N` on five (9/10 counts as 4.5)")
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	g.completeTermFlags(c)
	_ = c.RegisterFlagCompletionFunc("sort", cobra.FixedCompletions(listSorts, cobra.ShellCompDirectiveNoFileComp))
	return c
}

// runList prints the articles, newest first, narrowed by tag and
// category (both must hold when both are given) and rating, in the
// order asked.
func runList(g *globals, e *env, o listOptions, asJSON bool) error {
	lib, err := g.load(e)
	if err != nil {
		return err
	}
	arts, err := narrow(lib, o.tag, o.cat)
	if err != nil {
		return err
	}
	arts = o.apply(arts)
	if asJSON {
		return writeListJSON(e.stdout, arts, problemsJSON(lib))
	}
	width := 0
	if e.tty {
		width = e.termWidth
	}
	return printArticles(e.stdout, arts, width)
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
