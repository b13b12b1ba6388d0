package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
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

// questionsCommand is the `questions` command's entry for the command table.
func questionsCommand() *command {
	return &command{"questions", "[QUERY...] [--tag T] [--category C] [--json]",
		"list every FAQ question of the library, best match first for a query",
		"  --tag T         only questions of articles tagged T\n" +
			"  --category C    only questions of articles in category C\n" +
			"  --json          print JSON\n", runQuestions}
}

// runQuestions prints every FAQ question of the library's articles, or
// those matching every word of the query, best first (words of the
// question count before words of the answer): one a line, with its
// article and the answer's first sentence.
func runQuestions(g *globals, args []string, e *env) error {
	fs := newFlagSet("questions", g)
	tag := fs.String("tag", "", "")
	cat := fs.String("category", "", "")
	asJSON := fs.Bool("json", false, "")
	pos, done, err := parseCmd("questions", fs, args, e)
	if done || err != nil {
		return err
	}
	lib, err := g.load(e)
	if err != nil {
		return err
	}
	return writeQuestions(lib, strings.Join(pos, " "), *tag, *cat, *asJSON, e)
}

// writeQuestions is runQuestions once the library is loaded: the part
// any command front end can call.
func writeQuestions(lib *library.Library, query, tag, cat string, asJSON bool, e *env) error {
	arts, err := narrow(lib, tag, cat)
	if err != nil {
		return err
	}
	hits := library.QuestionsOf(arts, query)
	if asJSON {
		return writeJSON(e.stdout, questionsJSON(lib, hits))
	}
	if len(hits) == 0 {
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

// questionsJSON is the JSON of the hits; its lists are never null.
func questionsJSON(lib *library.Library, hits []library.QuestionHit) jsonQuestions {
	out := jsonQuestions{Questions: make([]jsonQuestionHit, 0, len(hits)), Problems: problemsJSON(lib)}
	for _, h := range hits {
		q := h.FAQ()
		out.Questions = append(out.Questions, jsonQuestionHit{
			Slug: h.Article.Slug, Title: h.Article.Title, Section: h.SectionTitle(),
			Question: q.Question, Answer: library.FirstSentence(q.Answer, 0),
		})
	}
	return out
}

// printQuestions prints one question a line: the article's slug, the
// question, and after " — " the answer's first sentence; lines are cut
// to width when it is not 0.
func printQuestions(w io.Writer, hits []library.QuestionHit, width int) error {
	slugWidth := 0
	for _, h := range hits {
		slugWidth = max(slugWidth, ansi.StringWidth(h.Article.Slug))
	}
	bw := bufio.NewWriter(w)
	for _, h := range hits {
		q := h.FAQ()
		pad := strings.Repeat(" ", slugWidth-ansi.StringWidth(h.Article.Slug))
		line := h.Article.Slug + pad + "  " + q.Question
		if a := library.FirstSentence(q.Answer, 120); a != "" {
			line += " — " + a
		}
		if width > 0 {
			line = ansi.Truncate(line, width, "…")
		}
		fmt.Fprintln(bw, line)
	}
	return bw.Flush()
}
