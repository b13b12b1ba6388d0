package main

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// jsonQuestionHit is one question of `folio questions --json`.
type jsonQuestionHit struct {
	Slug     string `json:"slug"`
	Title    string `json:"title"`
	Section  string `json:"section"`
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

// jsonQuestions is the output of `folio questions --json`.
type jsonQuestions struct {
	Questions []jsonQuestionHit `json:"questions"`
	Problems  []jsonProblem     `json:"problems"`
}

// newQuestionsCmd is `folio questions`.
func newQuestionsCmd(g *globals, e *env) *cobra.Command {
	var tag, cat string
	var asJSON bool
	c := &cobra.Command{
		Use:   "questions [QUERY...]",
		Short: "list every FAQ question of the library, best match first for a query",
		Long: "One question a line, with its article's slug and the answer's first sentence.\n" +
			"With a query, the questions matching every word, those matching in the question\n" +
			"before those matching in the answer.",
		RunE: func(_ *cobra.Command, args []string) error {
			lib, err := g.load(e)
			if err != nil {
				return err
			}
			return writeQuestions(lib, strings.Join(args, " "), tag, cat, asJSON, e)
		},
	}
	c.Flags().StringVar(&tag, "tag", "", "only questions of articles tagged `T`")
	c.Flags().StringVar(&cat, "category", "", "only questions of articles in category `C`")
	c.Flags().BoolVar(&asJSON, "json", false, "print JSON")
	g.completeTermFlags(c)
	return c
}

// writeQuestions prints the questions of the loaded library.
func writeQuestions(lib *library.Library, query, tag, cat string, asJSON bool, e *env) error {
	arts, err := narrow(lib, tag, cat)
	if err != nil {
		return err
	}
	if asJSON {
		// Without a query the questions are printed as they are read,
		// none held (library.EachQuestion).
		var readErr error
		each := func(yield func(library.QuestionHit) bool) {
			if strings.TrimSpace(query) == "" {
				readErr = library.EachQuestion(arts, yield)
				return
			}
			var hits []library.QuestionHit
			hits, readErr = library.QuestionsOf(arts, query)
			for _, h := range hits {
				if !yield(h) {
					return
				}
			}
		}
		err := writeQuestionsJSON(e.stdout, each, problemsJSON(lib))
		if readErr != nil { // an article's text vanished or changed: the others are listed
			fmt.Fprintln(e.stderr, readErr)
		}
		return err
	}
	hits, err := library.QuestionsOf(arts, query)
	if err != nil { // an article's text vanished or changed: the others are listed
		fmt.Fprintln(e.stderr, err)
	}
	if len(hits) == 0 {
		if len(lib.Articles) == 0 { // load said so
			return nil
		}
		if strings.TrimSpace(query) != "" {
			fmt.Fprintf(e.stderr, "no FAQ question matches %q\n", query)
		} else {
			fmt.Fprintln(e.stderr, "no article has an FAQ")
		}
		return nil
	}
	width := 0
	if e.tty {
		width = e.width()
	}
	return printQuestions(e.stdout, hits, width)
}

// writeQuestionsJSON prints what writeJSON(jsonQuestions{...}) prints of
// the hits,
// byte for byte, a question at a time (as writeListJSON does the
// articles): encoding/json's reflection and indenting were a third of
// `folio questions --json` over a large library.
func writeQuestionsJSON(w io.Writer, hits iter.Seq[library.QuestionHit], problems []jsonProblem) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("{\n  \"questions\": [")
	i := 0
	for h := range hits {
		b := bw.AvailableBuffer()
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    {\n      \"slug\": "...)
		b = appendJSONString(b, h.Article.Slug)
		b = append(b, ",\n      \"title\": "...)
		b = appendJSONString(b, h.Article.Title)
		b = append(b, ",\n      \"section\": "...)
		b = appendJSONString(b, h.SectionTitle())
		b = append(b, ",\n      \"question\": "...)
		b = appendJSONString(b, h.FAQ().Question)
		b = append(b, ",\n      \"answer\": "...)
		b = appendJSONString(b, h.FirstSentence(0))
		bw.Write(append(b, "\n    }"...))
		i++
	}
	if i > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"problems\": ")
	if err := writeProblemsJSON(bw, problems); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// printQuestions prints one question a line: the article's slug, the
// question, and after " — " the answer's first sentence; lines are cut
// to width when it is not 0.
func printQuestions(w io.Writer, hits []library.QuestionHit, width int) error {
	slugWidth := 0 // the widest slug within list's cap: a longer one pushes only its own line
	for _, h := range hits {
		if sw := ansi.StringWidth(h.Article.Slug); sw <= maxSlugColumn {
			slugWidth = max(slugWidth, sw)
		}
	}
	bw := bufio.NewWriter(w)
	for _, h := range hits {
		pad := strings.Repeat(" ", max(0, slugWidth-ansi.StringWidth(h.Article.Slug)))
		line := h.Article.Slug + pad + "  " + h.FAQ().Question
		if a := h.FirstSentence(120); a != "" {
			line += " — " + a
		}
		if width > 0 {
			line = ansi.Truncate(line, width, "…")
		}
		fmt.Fprintln(bw, line)
	}
	return bw.Flush()
}
