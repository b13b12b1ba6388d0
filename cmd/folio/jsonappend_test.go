package main

import (
	"bytes"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/folio-reader/folio/library"
)

// encodingJSONArticle is what writeListJSON printed for an article before
// appendArticleJSON: encoding/json over articleJSON, as it sits in the list.
func encodingJSONArticle(t testing.TB, a *library.Article) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("    ", "  ")
	if err := enc.Encode(articleJSON(a)); err != nil {
		t.Fatal(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// awkwardStrings are the inputs where a hand-written JSON quoter is most
// likely to part from encoding/json.
func awkwardStrings() []string {
	out := []string{
		"", " ", "plain ascii",
		"\x7f", "a\x7fb",
		`"quoted"`, `back\slash`, `\\`, `\"`, `\u2028`, // the last is six characters, not the rune
		"<b>Tom & Jerry</b>",
		"\xff", "a\xffb", "\x80", "\xfe\xff",
		"\xc3", "\xe2\x82", "\xe2\x82x", "\xf0\x9f\x98", "\xf0\x9f\x98!", // truncated sequences
		"\xc0\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80", // overlong, surrogate, beyond U+10FFFF
		"\ufffd", "valid \ufffd then \xff",
		"\u2028", "\u2029", "line\u2028para\u2029end", "\u2027\u202a",
		"😀👍🏽", "中文标题 日本語 한국어", "café naïve",
		"\u00a0\u200b\ufeff",
	}
	var all strings.Builder
	for c := range 0x20 {
		out = append(out, string(rune(c)), "x"+string(rune(c))+"y")
		all.WriteByte(byte(c))
		all.WriteString("é")
	}
	return append(out, all.String())
}

func TestAppendArticleJSONMatchesEncodingJSON(t *testing.T) {
	t.Parallel()
	dated := time.Date(2024, 3, 1, 23, 30, 0, 0, time.FixedZone("east", 11*3600))
	var arts []*library.Article
	for _, s := range awkwardStrings() {
		arts = append(arts, &library.Article{
			Slug: s, Title: s, Excerpt: s, Author: s, Path: s,
			Categories: []string{s}, Tags: []string{s, "x"}, InferredTags: []string{"", s},
			Date: dated, ReadingMinutes: len(s),
		})
	}
	arts = append(arts,
		&library.Article{}, // undated, nil slices, zero minutes
		&library.Article{Categories: []string{}, Tags: []string{}, InferredTags: []string{}}, // empty, not nil
		&library.Article{Date: time.Date(1, 1, 1, 0, 0, 0, 1, time.UTC), ReadingMinutes: -1}, // just after the zero time
		&library.Article{Date: time.Date(12345, 6, 7, 0, 0, 0, 0, time.UTC), ReadingMinutes: math.MaxInt},
		&library.Article{Date: time.Date(-5, 6, 7, 0, 0, 0, 0, time.UTC), ReadingMinutes: math.MinInt},
		&library.Article{Tags: []string{"a", "b", "c"}, InferredTags: []string{"d"}},
	)
	for i, a := range arts {
		want := encodingJSONArticle(t, a)
		if got := appendArticleJSON(nil, a); !bytes.Equal(got, want) {
			t.Errorf("article %d (%q):\n got %s\nwant %s", i, a.Title, got, want)
		}
		// Appending must not disturb what is already there.
		if got := appendArticleJSON([]byte("prefix"), a); !bytes.Equal(got, append([]byte("prefix"), want...)) {
			t.Errorf("article %d (%q) after a prefix: %s", i, a.Title, got)
		}
	}

	// And as a whole list, against the document writeJSON would print.
	doc := jsonList{Articles: []jsonArticle{}, Problems: []jsonProblem{{Path: "p\xff\u2028<&>", Message: "m\x00", Kept: true}}}
	for _, a := range arts {
		doc.Articles = append(doc.Articles, articleJSON(a))
	}
	var whole, streamed bytes.Buffer
	if err := writeJSON(&whole, doc); err != nil {
		t.Fatal(err)
	}
	if err := writeListJSON(&streamed, arts, doc.Problems); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(streamed.Bytes(), whole.Bytes()) {
		t.Errorf("list differs:\n%s\nwant:\n%s", streamed.Bytes(), whole.Bytes())
	}
	if !json.Valid(streamed.Bytes()) {
		t.Error("list is not valid JSON")
	}
}

func FuzzArticleJSONMatchesEncodingJSON(f *testing.F) {
	for i, s := range awkwardStrings() {
		f.Add(s, s, s, s, s, s, i, i%2 == 0)
	}
	f.Add("Title", "An excerpt.", "Ann", "posts/a.md", "a", "Go,Rust", 3, true)
	f.Add("", "", "", "", "", "", 0, false)
	f.Fuzz(func(t *testing.T, title, excerpt, author, path, slug, tag string, minutes int, dated bool) {
		a := &library.Article{
			Slug: slug, Title: title, Excerpt: excerpt, Author: author, Path: path,
			Categories: []string{title, tag}, ReadingMinutes: minutes, Rating: tag,
		}
		// Several tags, and nil when there are none, as the loader leaves it.
		if tag != "" {
			a.Tags = strings.Split(tag, ",")
		}
		if dated {
			a.Date = time.Date(2000+minutes%100, time.Month(1+minutes%12), 1+minutes%28, 0, 0, 0, 0, time.UTC)
		} else {
			a.InferredTags = []string{excerpt}
		}
		want := encodingJSONArticle(t, a)
		if got := appendArticleJSON(nil, a); !bytes.Equal(got, want) {
			t.Errorf("differs:\n got %s\nwant %s", got, want)
		}
	})
}
