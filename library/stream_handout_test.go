package library

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// handoutFixture is a folder whose load must change some articles after
// handing them out: two share a name (their slugs become their IDs), a
// name is another's ID, and plain-text notes get inferred tags. Every
// body holds a marker naming its file, to tell whose text was read.
func handoutFixture(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	write := func(p, text string) {
		writeOld(t, filepath.Join(dir, p), text+"\n\nmarker-"+strings.NewReplacer("/", "-", ".", "-").Replace(p)+"\n")
	}
	write("dup/a.md", "---\ntitle: Same A\nslug: same\ntags: [Gardening]\n---\n\nOne.\n\n## FAQ\n\n### Why?\n\nBecause.")
	write("dup/b.md", "---\ntitle: Same B\nslug: same\ntags: [Cooking]\n---\n\nTwo.")
	write("about.md", "---\ntitle: About guides\nslug: guides\n---\n\nA name that is another's ID.")
	write("guides.md", "---\ntitle: Guides\nslug: all-guides\n---\n\nThe guides.")
	write("notes.txt", "Notes on gardening and cooking\n\nSome plain text.")
	for i := range n {
		write(fmt.Sprintf("s/post-%03d.md", i), synth.Article(i, 1500))
	}
	return dir
}

// markerOf is the marker handoutFixture put in the body of the file at
// the path shown, under dir.
func markerOf(dir, path string) string {
	rel, _ := filepath.Rel(dir, path)
	return "marker-" + strings.NewReplacer("/", "-", ".", "-").Replace(filepath.ToSlash(rel))
}

// LoadStream hands out the library's own articles and never writes one
// after: a goroutine reads every article handed out, and its text,
// while the load goes on, the index is written and the texts move into
// it (go test -race tells a write). The articles handed out stay as they
// were; the library holds copies of those it changed, and those have
// the slugs, names and tags the whole library gives them.
func TestLoadStreamNeverWritesAnArticleHandedOut(t *testing.T) {
	t.Parallel()
	dir := handoutFixture(t, 150)
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	opts := Options{Summaries: true, CacheDir: t.TempDir()} // cold: the index is written, the texts rebound
	type handed struct {
		a    *Article
		was  string // the article as handed out
		body string // its body as first read
	}
	var (
		mu     sync.Mutex
		out    []*handed
		loaded atomic.Bool
		wg     sync.WaitGroup
	)
	errs := make(chan error, 1000)
	report := func(err error) {
		select {
		case errs <- err:
		default:
		}
	}
	// The reader: reads every article handed out so far, fields and
	// text, over and over until the load returns, and once more after.
	wg.Go(func() {
		for done := false; !done; {
			done = loaded.Load()
			mu.Lock()
			now := slices.Clone(out)
			mu.Unlock()
			for _, h := range now {
				if got := fmt.Sprintf("%+v", *h.a); got != h.was {
					report(fmt.Errorf("%s changed after it was handed out:\n  was %s\n  now %s", h.a.Path, h.was, got))
				}
				w, err := full(h.a)
				if err != nil {
					report(fmt.Errorf("%s: %v", h.a.Path, err))
					continue
				}
				if w.Body != h.body || !strings.Contains(w.Body, markerOf(dir, h.a.Path)) {
					report(fmt.Errorf("%s: body %.60q, first read %.60q", h.a.Path, w.Body, h.body))
				}
				_, _ = outline(h.a)
			}
		}
	})
	lib := LoadStream(opts, func(a *Article) {
		w, err := full(a)
		if err != nil {
			report(fmt.Errorf("%s: %v", a.Path, err))
			return
		}
		h := &handed{a: a, was: fmt.Sprintf("%+v", *a), body: w.Body}
		mu.Lock()
		out = append(out, h)
		mu.Unlock()
	}, src)
	loaded.Store(true)
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if lib.stats.parsed != len(out) || len(out) != len(lib.Articles) {
		t.Fatalf("parsed %d, handed out %d, library %d: want a cold load of every article", lib.stats.parsed, len(out), len(lib.Articles))
	}

	byPath := map[string]*Article{}
	for _, a := range lib.Articles {
		byPath[a.Path] = a
	}
	rel := func(a *Article) string { r, _ := filepath.Rel(dir, a.Path); return filepath.ToSlash(r) }
	copied := map[string]bool{}
	for _, h := range out {
		b := byPath[h.a.Path]
		if b == nil {
			t.Fatalf("%s handed out, not in the library", h.a.Path)
		}
		if b != h.a {
			copied[rel(b)] = true
		}
		if b.text.place().idx == nil || h.a.text.place().idx == nil {
			t.Errorf("%s: its text did not move into the index written", rel(b))
		}
	}
	want := map[string]bool{"dup/a.md": true, "dup/b.md": true, "about.md": true, "notes.txt": true}
	if !maps.Equal(copied, want) {
		t.Errorf("the library copied %v, want %v (the others are the articles handed out)", copied, want)
	}
	for _, c := range []struct{ path, slug, name, id string }{
		{"dup/a.md", "dup/a", "same", "dup/a"},
		{"dup/b.md", "dup/b", "same", "dup/b"},
		{"about.md", "about", "guides", "about"},
		{"guides.md", "all-guides", "all-guides", "guides"},
	} {
		a := byPath[filepath.Join(dir, c.path)]
		if a.Slug != c.slug || a.Name != c.name || a.ID != c.id {
			t.Errorf("%s: slug %q, name %q, ID %q; want %q, %q, %q", c.path, a.Slug, a.Name, a.ID, c.slug, c.name, c.id)
		}
		if got, _ := lib.Article(c.slug); got != a {
			t.Errorf("%s: Article(%q) is not the library's own", c.path, c.slug)
		}
	}
	if got, _ := lib.Find("same"); got != nil {
		t.Errorf("Find(same) = %s, want the two as ambiguous", got.Path)
	}
	if got := byPath[filepath.Join(dir, "notes.txt")].InferredTags; !slices.Equal(got, []string{"Gardening", "Cooking"}) {
		t.Errorf("notes.txt: inferred %q, want Gardening and Cooking", got)
	}
	for _, a := range lib.Articles {
		w, err := lib.Full(a)
		if err != nil || !strings.Contains(w.Body, markerOf(dir, a.Path)) {
			t.Errorf("%s: its text, read from the library: %v", a.Path, err)
		}
	}
	// A search finds in the texts moved what a whole load finds.
	whole := Load(Options{}, src)
	for _, q := range []string{"marker", "because", "gardening", "marker-s-post-007-md"} {
		if got, want := len(lib.Search(q)), len(whole.Search(q)); got != want || want == 0 {
			t.Errorf("Search(%q): %d hits, a whole load's %d", q, got, want)
		}
	}
}

// New writes none of the articles it is given: a caller may hold them,
// or a library made of them (a reload makes its library of the last
// one's articles). The library holds copies of those it changes.
func TestNewWritesNoArticleGiven(t *testing.T) {
	t.Parallel()
	parse := func(name, text string) *Article {
		a, _, err := Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	given := []*Article{
		parse("x/a.md", "---\ntitle: A\nslug: same\ntags: [Gardening]\n---\n\nOne."),
		parse("y/a.md", "---\ntitle: B\nslug: same\n---\n\nTwo."),
		parse("notes.txt", "Notes on gardening\n\nPlain text."),
	}
	was := make([]string, len(given))
	for i, a := range given {
		was[i] = fmt.Sprintf("%+v", *a)
	}
	lib := New(slices.Clone(given)) // New sorts the slice it is given
	for i, a := range given {
		if got := fmt.Sprintf("%+v", *a); got != was[i] {
			t.Errorf("%s written:\n  was %s\n  now %s", a.Path, was[i], got)
		}
	}
	var got []string
	for _, a := range lib.Articles {
		got = append(got, fmt.Sprintf("%s %s %s %q", a.Slug, a.ID, a.Name, a.InferredTags))
	}
	slices.Sort(got)
	want := []string{`notes notes notes ["Gardening"]`, `x/a x/a same []`, `y/a y/a same []`}
	if !slices.Equal(got, want) {
		t.Errorf("library's articles %q, want %q", got, want)
	}
	// A library made of another's articles (a reload) is the same, and
	// copies none again.
	again := New(slices.Clone(lib.Articles))
	for _, a := range again.Articles {
		if b, _ := lib.Article(a.Slug); b != a {
			t.Errorf("%s: copied again", a.Slug)
		}
	}
}
