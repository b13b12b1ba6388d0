package state

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"

	"github.com/adrg/xdg"
)

func mustOpen(t testing.TB, path string) (*Store, State) {
	t.Helper()
	s, st, warns, err := Open(path)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	if len(warns) != 0 {
		t.Fatalf("Open: unexpected warnings %q", warns)
	}
	return s, st
}

func mustUpdate(t testing.TB, s *Store, fn func(*State)) {
	t.Helper()
	if err := s.Update(fn); err != nil {
		t.Fatalf("Update: %v", err)
	}
}

// A missing directory is created private (0700) and a missing file is an
// empty state with no warning; nothing is written until the first Update.
func TestOpenMissingDirAndFile(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "folio")
	path := filepath.Join(dir, "state.json")
	s, st := mustOpen(t, path)
	if st.Version != Version || len(st.Articles) != 0 || st.Articles == nil {
		t.Fatalf("want empty state, got %+v", st)
	}
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o700 {
		t.Errorf("dir mode %v, want 0700", fi.Mode().Perm())
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("state file written by Open: %v", err)
	}
	mustUpdate(t, s, func(st *State) { st.Sort = "title" })
	fi, err = os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("file mode %v, want 0600", fi.Mode().Perm())
	}
}

// Every field the UI relies on (issue 4 position and read flag, issue 5
// bookmarks, sort order, last screen) survives a restart exactly.
func TestRoundTripAllFields(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, _ := mustOpen(t, path)
	opened := time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC)
	mustUpdate(t, s, func(st *State) {
		st.LastScreen, st.Sort = "reader", "date"
		st.Edit("why-go", "/blog/why-go.md", func(a *Article) {
			a.Position = &Position{Anchor: "tooling", Heading: "Tooling", Index: 3, Offset: 12}
			a.Read, a.Bookmarked, a.Opened = true, true, opened
		})
	})
	_, st := mustOpen(t, path)
	if st.LastScreen != "reader" || st.Sort != "date" || st.Updated.IsZero() {
		t.Errorf("app-wide fields lost: %+v", st)
	}
	a, ok := st.Get("why-go", "/blog/why-go.md")
	if !ok {
		t.Fatalf("article lost: %+v", st.Articles)
	}
	want := Position{Anchor: "tooling", Heading: "Tooling", Index: 3, Offset: 12}
	if a.Position == nil || *a.Position != want || !a.Read || !a.Bookmarked ||
		!a.Opened.Equal(opened) || a.Updated.IsZero() || a.Slug != "why-go" || a.Path != "/blog/why-go.md" {
		t.Errorf("article fields lost: %+v pos %+v", a, a.Position)
	}
}

// Two folders may hold articles with the same slug; their entries are kept
// apart by path, and an article known only by slug has its own entry.
func TestSameSlugDifferentFolders(t *testing.T) {
	var st State
	st.Edit("intro", "/a/intro.md", func(a *Article) { a.Read = true })
	st.Edit("intro", "/b/intro.md", func(a *Article) { a.Bookmarked = true })
	st.Edit("intro", "", func(a *Article) { a.Position = &Position{Index: 1} })
	if len(st.Articles) != 3 {
		t.Fatalf("want 3 entries, got %v", st.Articles)
	}
	a, _ := st.Get("intro", "/a/../a/intro.md") // cleaned path matches
	b, _ := st.Get("intro", "/b/intro.md")
	if !a.Read || a.Bookmarked || b.Read || !b.Bookmarked {
		t.Errorf("entries mixed up: a=%+v b=%+v", a, b)
	}
}

// Load returns copies: changing them does not change the store's memory or
// the file, and Load sees changes saved by another Store.
func TestLoadSeesOtherStoreAndReturnsCopies(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s1, _ := mustOpen(t, path)
	s2, _ := mustOpen(t, path)
	mustUpdate(t, s2, func(st *State) { st.Edit("x", "", func(a *Article) { a.Position = &Position{Offset: 5} }) })
	st, warns := s1.Load()
	if len(warns) != 0 {
		t.Fatal(warns)
	}
	a, _ := st.Get("x", "")
	if a.Position == nil || a.Position.Offset != 5 {
		t.Fatalf("s1 did not see s2's update: %+v", st)
	}
	a.Position.Offset = 99
	st2, _ := s1.Load()
	if b, _ := st2.Get("x", ""); b.Position.Offset != 5 {
		t.Errorf("Load result aliased: %+v", b.Position)
	}
}

// The package writes only its own files in its own directory; an article
// folder next to it is left byte-for-byte and entry-for-entry alone.
func TestWritesOnlyItsOwnFiles(t *testing.T) {
	root := t.TempDir()
	arts := filepath.Join(root, "articles")
	if err := os.Mkdir(arts, 0o755); err != nil {
		t.Fatal(err)
	}
	art := filepath.Join(arts, "a.md")
	if err := os.WriteFile(art, []byte("# A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(root, "folio", "state.json")
	s, _ := mustOpen(t, path)
	for i := range 5 {
		mustUpdate(t, s, func(st *State) {
			st.Edit("a", art, func(a *Article) { a.Read = i%2 == 0 })
		})
	}
	ents, _ := os.ReadDir(filepath.Dir(path))
	for _, e := range ents {
		if n := e.Name(); n != "state.json" && n != "state.json.lock" {
			t.Errorf("unexpected file %s", n)
		}
	}
	ents, _ = os.ReadDir(arts)
	data, _ := os.ReadFile(art)
	if len(ents) != 1 || string(data) != "# A\n" {
		t.Errorf("article folder touched: %v %q", ents, data)
	}
}

// DefaultPath honours XDG_STATE_HOME on Linux and ends in folio/state.json.
func TestDefaultPathXDG(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("XDG_STATE_HOME applies on Linux")
	}
	dir := t.TempDir()
	t.Cleanup(xdg.Reload) // registered first, so it runs after Setenv restores the environment
	t.Setenv("XDG_STATE_HOME", dir)
	xdg.Reload()
	p, err := DefaultPath()
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(dir, "folio", "state.json"); p != want {
		t.Errorf("DefaultPath = %s, want %s", p, want)
	}
}

func TestOpenEmptyPath(t *testing.T) {
	if _, _, _, err := Open(""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
}

// Update is cheap enough for every article close even with a large library.
func BenchmarkUpdate1000Articles(b *testing.B) {
	path := filepath.Join(b.TempDir(), "state.json")
	s, _ := mustOpen(b, path)
	mustUpdate(b, s, func(st *State) {
		for i := range 1000 {
			st.Edit(fmt.Sprintf("article-%d", i), "/x", func(a *Article) {
				a.Position = &Position{Anchor: "some-heading", Heading: "Some heading", Index: i}
			})
		}
	})
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		mustUpdate(b, s, func(st *State) { st.Edit("article-0", "/x", func(a *Article) { a.Position.Offset = i }) })
	}
}

// Key cleans a path, but keeps an address whole.
func TestKey(t *testing.T) {
	for _, tc := range []struct{ slug, path, want string }{
		{"a", "", "a"},
		{"a", "/blog/../blog/a.md", "a\t" + filepath.Clean("/blog/a.md")},
		{"a", "https://example.com/posts/a.md", "a\thttps://example.com/posts/a.md"},
	} {
		if got := Key(tc.slug, tc.path); got != tc.want {
			t.Errorf("Key(%q, %q) = %q, want %q", tc.slug, tc.path, got, tc.want)
		}
	}
}
