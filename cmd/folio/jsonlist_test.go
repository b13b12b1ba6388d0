package main

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
)

// The streamed list is the document writeJSON would print, byte for
// byte: same indentation, no HTML escaping, [] for empty arrays.
func TestListJSONStreamedIsTheWholeDocument(t *testing.T) {
	t.Parallel()
	odd := fstest.MapFS{
		"a.md":   {Data: []byte("---\ntitle: \"<b>Tom & Jerry</b> \\\"quoted\\\"\"\ntags: [x]\n---\nBody\n"), ModTime: time.Unix(0, 0)},
		"bad.md": {Data: []byte("---\ntitle: never closed\n"), ModTime: time.Unix(0, 0)},
	}
	bundled := library.Load(library.Options{}, library.Source{Name: "bundled", FS: articles.FS})
	withProblems := library.Load(library.Options{}, library.Source{Name: "odd", FS: odd})
	empty := library.Load(library.Options{}, library.Source{Name: "none", FS: fstest.MapFS{}})
	for name, lib := range map[string]*library.Library{"bundled": bundled, "odd": withProblems, "empty": empty} {
		want := jsonList{Articles: []jsonArticle{}, Problems: problemsJSON(lib)}
		for _, a := range lib.Articles {
			want.Articles = append(want.Articles, articleJSON(a))
		}
		var whole, streamed bytes.Buffer
		if err := writeJSON(&whole, want); err != nil {
			t.Fatal(err)
		}
		if err := writeListJSON(&streamed, lib.Articles, problemsJSON(lib)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
			t.Errorf("%s: streamed list differs:\n%s\nwant:\n%s", name, streamed.String(), whole.String())
		}
		if !json.Valid(streamed.Bytes()) {
			t.Errorf("%s: not valid JSON", name)
		}
	}
	if len(withProblems.Problems) == 0 || len(withProblems.Articles) == 0 {
		t.Fatalf("fixture should give an article and a problem: %d, %d", len(withProblems.Articles), len(withProblems.Problems))
	}
}

// The streamed questions are the document writeJSON would print of
// jsonQuestions, byte for byte, whatever the strings hold.
func TestQuestionsJSONStreamedIsTheWholeDocument(t *testing.T) {
	t.Parallel()
	odd := fstest.MapFS{
		"a.md":   {Data: []byte("---\ntitle: \"<b>Tom & Jerry</b> \\\"quoted\\\"\"\n---\n\n## FAQ <&>\n\n### Is \"this\" \\ odd?\n\nYes\tit is. \u2028 Really.\n\n### Empty?\n\n\n"), ModTime: time.Unix(0, 0)},
		"bad.md": {Data: []byte("---\ntitle: never closed\n"), ModTime: time.Unix(0, 0)},
	}
	bundled := library.Load(library.Options{Summaries: true}, library.Source{Name: "bundled", FS: articles.FS})
	withProblems := library.Load(library.Options{Summaries: true}, library.Source{Name: "odd", FS: odd})
	empty := library.Load(library.Options{Summaries: true}, library.Source{Name: "none", FS: fstest.MapFS{}})
	for name, lib := range map[string]*library.Library{"bundled": bundled, "odd": withProblems, "empty": empty} {
		hits, err := lib.Questions("")
		if err != nil {
			t.Fatal(err)
		}
		want := jsonQuestions{Questions: []jsonQuestionHit{}, Problems: problemsJSON(lib)}
		for _, h := range hits {
			want.Questions = append(want.Questions, questionHitJSON(h))
		}
		var whole, streamed bytes.Buffer
		if err := writeJSON(&whole, want); err != nil {
			t.Fatal(err)
		}
		if err := writeQuestionsJSON(&streamed, slices.Values(hits), problemsJSON(lib)); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
			t.Errorf("%s: streamed questions differ:\n%s\nwant:\n%s", name, streamed.String(), whole.String())
		}
	}
	if hits, _ := withProblems.Questions(""); len(hits) != 2 || len(withProblems.Problems) == 0 {
		t.Fatalf("fixture should give two questions and a problem: %d, %d", len(hits), len(withProblems.Problems))
	}
}

// questionHitJSON is the JSON of a hit: jsonQuestionHit is the shape
// writeQuestionsJSON writes (its oracle, in the tests).
func questionHitJSON(h library.QuestionHit) jsonQuestionHit {
	return jsonQuestionHit{Slug: h.Article.Slug, Title: h.Article.Title, Section: h.SectionTitle(),
		Question: h.FAQ().Question, Answer: h.FirstSentence(0)}
}
