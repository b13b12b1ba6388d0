package library

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/internal/synth"
)

func streamFixture() fstest.MapFS {
	fsys := fstest.MapFS{
		"draft.md":     {Data: []byte("---\ntitle: Draft\ndraft: true\n---\n\nNot yet.\n")},
		"dup/a.md":     {Data: []byte("---\ntitle: Same\nslug: same\ndate: 2024-01-01\n---\n\nOne.\n")},
		"dup/b.md":     {Data: []byte("---\ntitle: Same\nslug: same\ndate: 2024-01-01\n---\n\nTwo.\n")},
		"undated.md":   {Data: []byte("# Undated\n\nNo date.\n")},
		"notes.txt":    {Data: []byte("Plain notes\n\nSome text.\n")},
		"bad/skip.bin": {Data: []byte{0, 1, 2}},
	}
	for i := range 60 {
		fsys[fmt.Sprintf("s/post-%02d.md", i)] = &fstest.MapFile{Data: []byte(synth.Article(i, 1500))}
	}
	return fsys
}

// LoadStream passes every article it keeps to seen once, its own, and
// returns what Load returns.
func TestLoadStreamSeesEachArticleOnce(t *testing.T) {
	t.Parallel()
	for _, drafts := range []bool{false, true} {
		src := Source{FS: streamFixture(), Name: "fx"}
		opts := Options{Drafts: drafts}
		var mu sync.Mutex
		var seen []*Article
		lib := LoadStream(opts, func(a *Article) {
			mu.Lock()
			seen = append(seen, a)
			mu.Unlock()
		}, src)
		want := Load(opts, src)
		if got, w := lib.Slugs(), want.Slugs(); !slices.Equal(got, w) {
			t.Fatalf("drafts %v: LoadStream's library %v, Load's %v", drafts, got, w)
		}
		if len(seen) != len(lib.Articles) {
			t.Fatalf("drafts %v: seen %d articles, the library has %d", drafts, len(seen), len(lib.Articles))
		}
		paths := map[string]bool{}
		for _, a := range seen {
			if paths[a.Path] {
				t.Errorf("%s seen twice", a.Path)
			}
			paths[a.Path] = true
			// The library's own article, unless the whole library gave
			// it another slug (the two sharing the name "same").
			if b, ok := lib.Article(a.Slug); ok != (b == a) || (b == a) == strings.HasPrefix(a.Path, "fx/dup/") {
				t.Errorf("%s: seen %p, the library's %p", a.Path, a, b)
			}
			if a.Draft && !drafts {
				t.Errorf("%s: a draft was seen", a.Path)
			}
		}
	}
}

// CompareNewestFirst sorts as a Library does.
func TestCompareNewestFirst(t *testing.T) {
	t.Parallel()
	lib := Load(Options{Drafts: true}, Source{FS: streamFixture(), Name: "fx"})
	arts := slices.Clone(lib.Articles)
	r := rand.New(rand.NewPCG(3, 4))
	r.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	slices.SortFunc(arts, CompareNewestFirst)
	if !slices.Equal(arts, lib.Articles) {
		t.Error("CompareNewestFirst sorts otherwise than the library")
	}
}

// CompareNewestFirst orders articles as a Library lists them (the
// oracle SortKey is checked against): newest
// first, undated last, then by title without regard to case, then by
// path.
func CompareNewestFirst(a, b *Article) int {
	if c := newestFirst(a.Date, b.Date); c != 0 {
		return c
	}
	if c := compareTitles(a.Title, b.Title); c != 0 {
		return c
	}
	return strings.Compare(a.Path, b.Path)
}

// compareTitles compares titles as strings.Compare does their lower-case
// forms, lower-casing nothing when both are ASCII.
func compareTitles(x, y string) int {
	if isASCII(x) && isASCII(y) {
		return compareFoldASCII(x, y)
	}
	return strings.Compare(strings.ToLower(x), strings.ToLower(y))
}

// newestFirst orders dates newest first, the zero date (undated) last.
func newestFirst(a, b time.Time) int {
	switch {
	case a.Equal(b):
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.After(b):
		return -1
	}
	return 1
}
