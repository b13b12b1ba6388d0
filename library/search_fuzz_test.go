package library

import (
	"fmt"
	"path/filepath"
	"testing"
)

// FuzzSearchPostings checks a search of summaries through the postings
// of their index against a search of the whole articles: the postings
// tell which fields and bodies hold a word, and a one-word query's hits
// found in the body alone are scored without their fields (onlyInBody).
func FuzzSearchPostings(f *testing.F) {
	f.Add("Hyaluronic serum", "skin", "An excerpt", "The hyaluronic acid. Hyaluronic again.", "hyaluronic")
	f.Add("Title İ", "K\u212a", "é", "Body \u212a text İstanbul straße", "k")
	f.Add("ÀÉ", "Été", "àé", "àé ÀÉ été", "été")
	f.Add("x", "y", "z", "a [link](http://x) *em* word", "word")
	f.Fuzz(func(t *testing.T, title, tag, excerpt, body, query string) {
		dir, cache := t.TempDir(), t.TempDir()
		writeOld(t, filepath.Join(dir, "a.md"), fmt.Sprintf("---\ntitle: %q\ntags: [%q]\nexcerpt: %q\n---\n\n%s\n", title, tag, excerpt, body))
		writeOld(t, filepath.Join(dir, "b.md"), fmt.Sprintf("---\ntitle: %q\n---\n\n%s %s\n", body, title, excerpt))
		whole, indexed := wholeAndIndexed(t, dir, cache)
		got, want := hitsOf(indexed.Search(query)), hitsOf(whole.Search(query))
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("Search(%q) of the indexed summaries:\n%q\nof the whole articles:\n%q", query, got, want)
		}
	})
}
