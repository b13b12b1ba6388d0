package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/lists"
)

// loadingRun is a run over the state file at path whose library loads in
// the background; the test delivers the loader's messages itself.
func loadingRun(t *testing.T, path string) *driver {
	t.Helper()
	store, st, warns, err := state.Open(path)
	if err != nil || len(warns) > 0 {
		t.Fatalf("state file: %v %q", err, warns)
	}
	opts := testOptions
	opts.Store, opts.Saved = store, st
	opts.Load = func(func(*library.Article)) *library.Library { panic("the test sends the batches") }
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return d
}

// remember writes records to the state file, as an earlier run did.
func remember(t *testing.T, path string, recs ...state.Article) {
	t.Helper()
	store, _, _, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Update(func(s *state.State) {
		for _, r := range recs {
			s.Put(r)
		}
	}); err != nil {
		t.Fatal(err)
	}
}

// flagsOf is the marks an article list shows on the article's row.
func flagsOf(t *testing.T, m lists.Articles, slug string) string {
	t.Helper()
	for _, it := range m.List().Model().Items() {
		if it := it.(lists.ArticleItem); it.Slug == slug {
			return it.Row().Flags
		}
	}
	t.Fatalf("%s is not listed", slug)
	return ""
}

// Articles that arrive from the background load get what the state file
// says of them, whether they come in a batch or only with the whole
// library: the read mark, the bookmark, and the place to open at, which
// closing the reader without moving keeps.
func TestLoadedArticlesGetSavedState(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	early, late := synthArticles(t, 0, 30), synthArticles(t, 30, 40)
	a, b := early[7], late[3]
	h := a.Headings[2]
	remember(t, path,
		state.Article{Slug: a.Slug, Path: a.Path, Read: true, Bookmarked: true,
			Position: &state.Position{Anchor: h.Anchor, Heading: h.Text, Index: 2}},
		state.Article{Slug: b.Slug, Path: b.Path, Read: true})
	d := loadingRun(t, path)

	d.send(batch(early))
	if f := flagsOf(t, d.m.articles, a.Slug); !strings.Contains(f, "✓") || !strings.Contains(f, "★") {
		t.Fatalf("after its batch %s shows %q, want read and bookmarked", a.Slug, f)
	}
	if !slices.Contains(slugsOf(d.m.bookmarks.List().Model().Items()), a.Slug) {
		t.Fatalf("%s is not on the Bookmarks list", a.Slug)
	}

	d.filter(a.Title).press(d.m.keys.List.Open) // while loading
	if d.m.top() != readerScreen || !d.m.reader.Shown().Rendered {
		t.Fatalf("did not open %s (top %v)", a.Slug, d.m.top())
	}
	if got := d.topHeading(); got != h.Text || !d.m.reader.Shown().Bookmarked {
		t.Fatalf("opened in %q (bookmarked %v), want %q, bookmarked", got, d.m.reader.Shown().Bookmarked, h.Text)
	}
	d.press(d.m.keys.Global.Back) // closing without moving saves the same place
	if rec, _ := saved(t, path).Get(a.Slug, a.Path); rec.Position == nil || rec.Position.Anchor != h.Anchor || !rec.Read {
		t.Fatalf("after closing, the file holds %+v, want the saved place at %q", rec.Position, h.Anchor)
	}

	d.press(d.m.keys.Marks.Bookmark) // taken away this session: the final load must not bring it back
	d.send(finished(bundled(t).Articles, early, late))
	if f := flagsOf(t, d.m.articles, a.Slug); strings.Contains(f, "★") || !strings.Contains(f, "✓") {
		t.Fatalf("after the load %s shows %q, want read, its bookmark gone", a.Slug, f)
	}
	if f := flagsOf(t, d.m.articles, b.Slug); !strings.Contains(f, "✓") {
		t.Fatalf("%s, in the whole library only, shows %q, want read", b.Slug, f)
	}
}

// When a folder finishes loading, the Articles title shows its order
// again, as it does without a folder.
func TestLoadedTitleShowsOrder(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	arts := synthArticles(t, 0, 10)
	d.press(d.m.keys.Marks.Sort) // by title
	d.send(batch(arts), finished(bundled(t).Articles, arts))
	if s := d.screenText(); !strings.Contains(s, "Articles · by title") {
		t.Fatalf("after loading the title lacks its order:\n%s", s)
	}
}

// A file that appears while folio runs (--watch, or an edit) gets what
// the state file says of it, like one read at startup.
func TestWatchedArrivalGetsSavedState(t *testing.T) {
	t.Parallel()
	d, file := dirDriver(t, testOptions)
	added := filepath.Join(filepath.Dir(file), "fresh.md")
	d.m.mem.stored.Put(state.Article{Slug: "fresh", Path: added, Read: true, Bookmarked: true}) // as if read at startup
	if err := os.WriteFile(added, []byte("---\ntitle: Fresh arrival\n---\n\nNew.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	d.send(changedMsg{paths: []string{added}})
	if f := flagsOf(t, d.m.articles, "fresh"); f != "✓ ★ " {
		t.Fatalf("the new file shows %q, want read and bookmarked", f)
	}
}

// The whole library's rows show its articles, not the batches' copies,
// which are let go, nor what the batches listed of an article the whole
// library changed (here its title).
func TestFinishedLoadShowsTheLibrarysArticles(t *testing.T) {
	t.Parallel()
	d := loadingRun(t, filepath.Join(t.TempDir(), "state.json"))
	arts := synthArticles(t, 0, 40)
	d.send(batch(arts[20:]))
	d.send(batch(arts[:20]))
	copies := make([]*library.Article, len(arts))
	for i, a := range arts {
		c := *a
		copies[i] = &c
	}
	retitled := copies[7]
	retitled.Title = "Retitled when the whole library was read"
	lib := library.New(copies)
	d.send(loadedMsg{done: &loadDone{lib: lib}})
	items := d.m.articles.List().Model().Items()
	if len(items) != len(lib.Articles) {
		t.Fatalf("%d rows for %d articles", len(items), len(lib.Articles))
	}
	for i, it := range items {
		r, a := it.(lists.ArticleItem), lib.Articles[i]
		if r.Article() != a || r.Title != a.Title {
			t.Fatalf("row %d shows %p (%s), not the library's %p (%s)", i, r.Article(), r.Title, a, a.Title)
		}
	}
}

// The loader picks, off the update loop, the articles of each batch and
// of the whole library whose records the state file may hold: the
// update loop recalls those only.
func TestLoaderPicksTheArticlesToRecall(t *testing.T) {
	t.Parallel()
	arts := synthArticles(t, 0, 6)
	want := arts[4].Slug
	s := &loadStream{wake: make(chan struct{}, 1), over: make(chan struct{}),
		known: func(a *library.Article) bool { return a.Slug == want }}
	for _, a := range arts {
		s.seen(a)
	}
	msg := s.next()
	if len(msg.arts) != len(arts) || len(msg.recall) != 1 || msg.recall[0].Slug != want {
		t.Fatalf("a batch of %d articles, %d to recall, want 1 (%s)", len(msg.arts), len(msg.recall), want)
	}
	s.done = library.New(arts)
	close(s.over)
	msg = s.next()
	if msg.done == nil || len(msg.done.items) != len(arts) || len(msg.done.recall) != 1 || msg.done.recall[0].Slug != want {
		t.Fatalf("the whole library: %+v", msg.done)
	}
	s.known = nil // the state file holds no article
	if got := recallAmong(arts, s.known); got != nil {
		t.Errorf("%d articles to recall from an empty state file", len(got))
	}
}
