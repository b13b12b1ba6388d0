package main

import (
	"encoding/json"
	"io"

	"github.com/folio-reader/folio/library"
)

// The JSON that folio prints. Field names and shapes are stable and are
// documented in README.md; arrays are never null.

type jsonProblem struct {
	Path    string `json:"path"`
	Message string `json:"message"`
	Kept    bool   `json:"kept"` // the article loaded despite the problem
}

// jsonArticle is also written by hand, by appendArticleJSON for list
// --json; its tests hold the two to the same bytes.
type jsonArticle struct {
	Slug           string   `json:"slug"`
	Title          string   `json:"title"`
	Date           *string  `json:"date"` // YYYY-MM-DD, null when undated
	Categories     []string `json:"categories"`
	Tags           []string `json:"tags"`
	InferredTags   []string `json:"inferredTags"`
	Author         string   `json:"author"`
	Excerpt        string   `json:"excerpt"`
	ReadingMinutes int      `json:"readingMinutes"`
	Rating         string   `json:"rating"` // "4.5/5", "" when none
	Path           string   `json:"path"`
}

type jsonList struct {
	Articles []jsonArticle `json:"articles"`
	Problems []jsonProblem `json:"problems"`
}

type jsonTerm struct {
	Name  string `json:"name"`
	Count int    `json:"count"`
}

type jsonTags struct {
	Tags     []jsonTerm    `json:"tags"`
	Problems []jsonProblem `json:"problems"`
}

type jsonCategories struct {
	Categories []jsonTerm    `json:"categories"`
	Problems   []jsonProblem `json:"problems"`
}

type jsonHeading struct {
	Level  int    `json:"level"`
	Text   string `json:"text"`
	Anchor string `json:"anchor"`
}

type jsonTOC struct {
	Slug     string        `json:"slug"`
	Title    string        `json:"title"`
	Headings []jsonHeading `json:"headings"`
	Problems []jsonProblem `json:"problems"`
}

type jsonQuestion struct {
	Question string `json:"question"`
	Answer   string `json:"answer"`
}

type jsonFAQSection struct {
	Title     string         `json:"title"`
	Questions []jsonQuestion `json:"questions"`
}

type jsonFAQ struct {
	Slug     string           `json:"slug"`
	Title    string           `json:"title"`
	Sections []jsonFAQSection `json:"sections"`
	Problems []jsonProblem    `json:"problems"`
}

type jsonHit struct {
	Slug    string `json:"slug"`
	Title   string `json:"title"`
	Field   string `json:"field"`
	Score   int    `json:"score"`
	Snippet string `json:"snippet"`
}

type jsonSearch struct {
	Query    string        `json:"query"`
	Hits     []jsonHit     `json:"hits"`
	Problems []jsonProblem `json:"problems"`
}

// writeJSON prints v indented, without HTML escaping.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}

func problemsJSON(lib *library.Library) []jsonProblem {
	out := make([]jsonProblem, 0, len(lib.Problems))
	for _, p := range lib.Problems {
		out = append(out, jsonProblem{Path: p.Path, Message: p.Message, Kept: p.Kept})
	}
	return out
}

func termsJSON(terms []library.Term) []jsonTerm {
	out := make([]jsonTerm, 0, len(terms))
	for _, t := range terms {
		out = append(out, jsonTerm{Name: t.Name, Count: t.Count})
	}
	return out
}
