package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// newArticleCmd declares a command that prints one article's part:
// toc and faq, which take the same argument and flag.
func newArticleCmd(g *globals, e *env, name, short string, run func(e *env, lib *library.Library, a *library.Article, asJSON bool) error) *cobra.Command {
	var asJSON bool
	c := &cobra.Command{
		Use:               name + " SLUG|PATH|URL|-",
		Short:             short,
		Args:              oneArg("SLUG"),
		ValidArgsFunction: g.completeSlugs,
		RunE: func(_ *cobra.Command, args []string) error {
			lib, a, err := g.findTarget(e, args[0])
			if err != nil {
				return err
			}
			return run(e, lib, a, asJSON)
		},
	}
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	return c
}

// newTOCCmd is `folio toc`.
func newTOCCmd(g *globals, e *env) *cobra.Command {
	return newArticleCmd(g, e, "toc", "print an article's table of contents", runTOC)
}

// newFAQCmd is `folio faq`.
func newFAQCmd(g *globals, e *env) *cobra.Command {
	return newArticleCmd(g, e, "faq", "print an article's FAQ questions and answers", runFAQ)
}

// runTOC prints an article's headings, indented by level.
func runTOC(e *env, lib *library.Library, a *library.Article, asJSON bool) error {
	if asJSON {
		out := jsonTOC{Slug: a.Slug, Title: a.Title, Headings: make([]jsonHeading, 0, len(a.Headings)), Problems: problemsJSON(lib)}
		for _, h := range a.Headings {
			out.Headings = append(out.Headings, jsonHeading{Level: h.Level, Text: h.Text, Anchor: h.Anchor})
		}
		return writeJSON(e.stdout, out)
	}
	top := 0
	for _, h := range a.Headings {
		if top == 0 || h.Level < top {
			top = h.Level
		}
	}
	fmt.Fprintln(e.stdout, termsafe.String(a.Title))
	for _, h := range a.Headings {
		fmt.Fprintf(e.stdout, "%s%s\n", strings.Repeat("  ", h.Level-top+1), termsafe.String(h.Text))
	}
	return nil
}

// runFAQ prints an article's FAQ sections: each question and its answer.
func runFAQ(e *env, lib *library.Library, a *library.Article, asJSON bool) error {
	if asJSON {
		out := jsonFAQ{Slug: a.Slug, Title: a.Title, Sections: make([]jsonFAQSection, 0, len(a.FAQs)), Problems: problemsJSON(lib)}
		for _, s := range a.FAQs {
			js := jsonFAQSection{Title: s.Title, Questions: make([]jsonQuestion, 0, len(s.Questions))}
			for _, q := range s.Questions {
				js.Questions = append(js.Questions, jsonQuestion{Question: q.Question, Answer: strings.TrimSpace(q.Answer)})
			}
			out.Sections = append(out.Sections, js)
		}
		return writeJSON(e.stdout, out)
	}
	if len(a.FAQs) == 0 {
		fmt.Fprintf(e.stderr, "%s has no FAQ section\n", a.Slug)
		return nil
	}
	for i, s := range a.FAQs {
		if i > 0 {
			fmt.Fprintln(e.stdout)
		}
		fmt.Fprintln(e.stdout, termsafe.String(s.Title))
		for _, q := range s.Questions {
			fmt.Fprintf(e.stdout, "\nQ: %s\n", termsafe.String(q.Question))
			printIndented(e.stdout, termsafe.Text(strings.TrimSpace(q.Answer)), "   ")
		}
	}
	return nil
}

// printIndented prints text with every non-empty line indented.
func printIndented(w io.Writer, text, indent string) {
	for _, l := range strings.Split(text, "\n") {
		if strings.TrimSpace(l) == "" {
			fmt.Fprintln(w)
			continue
		}
		fmt.Fprintln(w, indent+l)
	}
}
