package library

import (
	"fmt"
	"os"
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
	// The indexed summaries were searched through postings, which the
	// first search wrote beside the index.
	if posts, _ := filepath.Glob(filepath.Join(cache, "*.post")); len(posts) != 1 {
		t.Fatalf("postings files %v, want one", posts)
	}
	if p := libs["indexed"].Articles[0].text.idx.post; p == nil || len(p.segs) == 0 {
		t.Fatal("the indexed library's postings were not read")
	}
}

// Postings are read by later loads; an index written since (a file was
// added) makes them stale, and the next search builds them again; a
// damaged postings file is built again too.
func TestPostingsFollowTheIndex(t *testing.T) {
	t.Parallel()
	dir, cache := searchFixture(t, 300), t.TempDir()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	load := func() *Library { return Load(Options{Summaries: true, CacheDir: cache}, src) }
	hits := func(l *Library) int { return len(l.Search(synth.CommonWord)) }
	want := hits(Load(Options{}, src))
	if got := hits(load()); got != want || want == 0 {
		t.Fatalf("first search: %d hits, want %d", got, want)
	}
	post, _ := filepath.Glob(filepath.Join(cache, "*.post"))
	if len(post) != 1 {
		t.Fatalf("postings %v", post)
	}
	before, _ := os.Stat(post[0])
	l := load()
	if got := hits(l); got != want {
		t.Fatalf("second search: %d hits, want %d", got, want)
	}
	if after, _ := os.Stat(post[0]); !os.SameFile(before, after) {
		t.Error("postings written again though the index did not change")
	}
	writeOld(t, filepath.Join(dir, "added.md"), "# Added\n\nSome "+synth.CommonWord+" here.\n")
	if got := hits(load()); got != want+1 {
		t.Fatalf("after a file was added: %d hits, want %d", got, want+1)
	}
	if after, _ := os.Stat(post[0]); os.SameFile(before, after) {
		t.Error("stale postings were not built again")
	}
	if err := os.WriteFile(post[0], []byte("foliopst garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	if got := hits(load()); got != want+1 {
		t.Fatalf("after damage: %d hits, want %d", got, want+1)
	}
}
