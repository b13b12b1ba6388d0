package library

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sync"
	"testing"
	"testing/fstest"

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

// LoadStream passes every article it keeps to seen once, as copies of
// its own, and returns what Load returns.
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
			if b, ok := lib.Article(a.Slug); ok && b == a {
				t.Errorf("%s: seen holds the library's own article", a.Path)
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
