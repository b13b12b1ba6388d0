package library

import (
	"fmt"
	"path/filepath"
	"testing"
)

// An indexed search skips the articles whose postings hold a query word
// neither in the body nor in a field (postedWords.mayHold). Each word
// here is in one field of one article only — the title, a tag, a
// category, the excerpt — or in a field and a body of different
// articles, so that a field left out of the postings loses a hit the
// whole articles have. (Inferred tags are made of words of the title or
// headings, which the postings hold; Search scores an article that has
// some all the same.)
func TestSearchFieldPostingsFindWhatWholeArticlesDo(t *testing.T) {
	t.Parallel()
	dir, cache := t.TempDir(), t.TempDir()
	files := map[string]string{
		"title.md":    "---\ntitle: The Quillwort Guide\ntags: [plants]\n---\n\nNothing else here.\n",
		"tag.md":      "---\ntitle: Tagged\ntags: [Marshmallowroot, plants]\n---\n\nPlain body.\n",
		"category.md": "---\ntitle: Filed\ncategories: [Bryophytes]\n---\n\nPlain body.\n",
		"excerpt.md":  "---\ntitle: Summed\ndescription: About the Xanthoria lichen.\n---\n\nPlain body.\n",
		"body.md":     "---\ntitle: Bodied\n---\n\nThe quillwort grows in lakes. Bryophytes too.\n",
		"untagged.md": "---\ntitle: Growing Plants Indoors\n---\n\nWater them.\n",
		"accents.md":  "---\ntitle: École ÉTÉ\ntags: [İstanbul]\n---\n\nNone.\n",
	}
	for name, text := range files {
		writeOld(t, filepath.Join(dir, name), text)
	}
	whole, indexed := wholeAndIndexed(t, dir, cache)
	for _, q := range []string{"quillwort", "QUILLWORT guide", "marshmallow", "bryophytes", "xanthoria", "lichen",
		"plants", "plants water", "école", "été", "istanbul", "i̇stanbul", "guide quillwort lakes", "nowhere"} {
		want := hitsOf(whole.Search(q))
		got := hitsOf(indexed.Search(q))
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("Search(%q):\n indexed %q\n whole   %q", q, got, want)
		}
	}
	if hits := indexed.Search("quillwort"); len(hits) != 2 {
		t.Errorf("quillwort: %d hits, want the title's and the body's", len(hits))
	}
	// The postings were read: the indexed search did not fall back to
	// scanning every body.
	if a, _ := indexed.Find("title"); a == nil || a.text == nil || a.text.idx == nil || a.text.idx.postingsOf() == nil ||
		len(a.text.idx.postingsOf().fields) == 0 {
		t.Fatal("the index's postings of fields were not made")
	}
}

// wholeAndIndexed loads dir's articles whole, then as summaries from the
// index cache in cache that a first load writes: the two a search must
// agree on.
func wholeAndIndexed(t *testing.T, dir, cache string) (whole, indexed *Library) {
	t.Helper()
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	whole = Load(Options{}, src)
	Load(Options{CacheDir: cache}, src) // writes the index
	return whole, Load(Options{Summaries: true, CacheDir: cache}, src)
}
