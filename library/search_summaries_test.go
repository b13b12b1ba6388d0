package library

import (
	"fmt"
	"path/filepath"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// searchFixture is a folder of review articles and of articles with
// what makes lower-casing tricky (İ, K, ß, accents), written an hour
// old so that an index keeps them.
func searchFixture(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	for i := range n {
		writeOld(t, filepath.Join(dir, fmt.Sprintf("d%d/review-%04d.md", i/100, i)), synth.ReviewArticle(i))
	}
	for i, a := range oddArticles() {
		writeOld(t, filepath.Join(dir, fmt.Sprintf("odd/%02d.md", i)), fmt.Sprintf("---\ntitle: %q\ntags: [%q]\n---\n\n%s", a.Title, a.Tags[0], a.Body))
	}
	return dir
}

// searchQueries cover what Search must agree on: words in one article in
// a thousand and in most, parts of words, several words, words that
// lower-casing changes, punctuation, and words found nowhere.
var searchQueries = []string{synth.RareWord, synth.CommonWord, "HYALURONIC", "hyal", "uronic zephyr", "zephyrine hyaluronic",
	"clinic protocol", "protocol", "istanbul", "i̇stanbul", "kelvin k", "k", "ß", "strasse", "straße", "école", "été",
	"review", "questions?", "1", "2024", "a[b]", "zebrafish", "  ", "frequently asked"}

// hitsOf are hits as compared across loads: the article by its path.
func hitsOf(hits []Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = fmt.Sprintf("%s %d %s %d %q", h.Article.Path, h.Score, h.Field, h.Offset, h.Snippet)
	}
	return out
}

// Searching summaries — their texts read from the index, or from their
// files — finds what searching whole articles finds, in the same order.
func TestSearchSummariesMatchesWhole(t *testing.T) {
	t.Parallel()
	dir, cache := searchFixture(t, 1200), t.TempDir()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	whole := Load(Options{}, src)
	Load(Options{CacheDir: cache}, src) // writes the index
	libs := map[string]*Library{
		"no index": Load(Options{Summaries: true}, src),
		"indexed":  Load(Options{Summaries: true, CacheDir: cache}, src),
	}
	for _, q := range searchQueries {
		want := hitsOf(whole.Search(q))
		for name, l := range libs {
			got := hitsOf(l.Search(q))
			if fmt.Sprint(got) != fmt.Sprint(want) {
				t.Errorf("%s: Search(%q): %d hits, whole %d, or they differ", name, q, len(got), len(want))
			}
		}
	}
}
