package ui

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-reader/folio/library"
)

// snapshot records everything about a folder a write could change: each
// entry's type, mode, size, modification time and content (a symlink's
// target).
func snapshot(t testing.TB, dir string) map[string]string {
	t.Helper()
	out := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, err := os.Lstat(p)
		if err != nil {
			return err
		}
		rec := fmt.Sprintf("%v %d %d", info.Mode(), info.Size(), info.ModTime().UnixNano())
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			rec += " -> " + target
		case info.Mode().IsRegular():
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			rec += fmt.Sprintf(" %x", sha256.Sum256(data))
		}
		rel, _ := filepath.Rel(dir, p)
		out[rel] = rec
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func sameTree(t testing.TB, before, after map[string]string) {
	t.Helper()
	for p, b := range before {
		if a, ok := after[p]; !ok {
			t.Errorf("%s: removed", p)
		} else if a != b {
			t.Errorf("%s: changed\n  before %s\n  after  %s", p, b, a)
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			t.Errorf("%s: created", p)
		}
	}
}

// folio never writes to article files or folders: two runs over a folder
// of odd and broken files (loaded through the index cache, as cmd/folio
// does) open, read to the end, bookmark and close every article, sort,
// filter, resize and quit; the folder is byte-identical afterwards, and
// the state went to its own file.
func TestNeverWritesArticles(t *testing.T) {
	t.Parallel()
	dir := oddFolder(t)
	statePath := filepath.Join(t.TempDir(), "state.json")
	cache := t.TempDir()
	before := snapshot(t, dir)
	var lib *library.Library
	for run := range 2 { // loading with a cold index cache, then a warm one
		lib = cachedDirLibrary(t, dir, cache)
		d := newRun(t, lib, statePath, 100, 30)
		l, r, k := d.m.keys.List, d.m.keys.Reader, d.m.keys.Marks
		d.press(d.m.keys.Global.Articles) // the second run starts on Bookmarks, where the first quit
		n := len(d.m.articles.List().Model().Items())
		for i := range n {
			d.press(l.Top)
			for range i {
				d.press(l.Down)
			}
			d.press(l.Open)
			if d.m.top() != readerScreen {
				t.Fatalf("run %d: article %d did not open (top %v)", run, i, d.m.top())
			}
			d.press(r.NextHeading, r.Bottom, k.Bookmark, r.Contents, l.Open)
			if d.onOverlay("Contents") { // no headings to jump to
				d.press(d.m.keys.Global.Back)
			}
			d.send(windowSize([2]int{60 + 10*run, 20}))
			d.press(d.m.keys.Global.Back)
			d.send(windowSize([2]int{100, 30}))
			if d.m.top() != articlesScreen {
				t.Fatalf("run %d: article %d did not close (stack %v)", run, i, d.m.stack)
			}
		}
		d.press(k.Sort, k.Unread, k.Unread, k.Bookmarks, k.Problems)
		d.quitAll()
	}
	sameTree(t, before, snapshot(t, dir))
	if len(snapshot(t, cache)) < 2 {
		t.Error("the index cache was not used")
	}
	st := saved(t, statePath)
	if len(st.Articles) != len(lib.Articles) {
		t.Errorf("state holds %d articles, the library %d", len(st.Articles), len(lib.Articles))
	}
	for _, a := range st.Articles {
		if !a.Read || a.Bookmarked { // bookmarked in the first run, unbookmarked in the second
			t.Errorf("%s: read %v, bookmarked %v", a.Slug, a.Read, a.Bookmarked)
		}
	}
}
