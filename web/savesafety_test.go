//go:build unix

package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// pageWithTitle serves an article page titled title.
func pageWithTitle(t *testing.T, title string) string {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write([]byte("<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
			strings.Repeat("Words of an article long enough to be kept by the extractor. ", 12) + "</p></article></body></html>"))
	}))
	t.Cleanup(srv.Close)
	return srv.URL + "/page"
}

// saveWithin saves url into dir and fails the test if it takes more than
// a few seconds: the bugs below made it spin or block forever.
func saveWithin(t *testing.T, s *Saver, url string) (*Saved, error) {
	t.Helper()
	type result struct {
		r   *Saved
		err error
	}
	done := make(chan result, 1)
	go func() {
		r, err := s.Save(context.Background(), url)
		done <- result{r, err}
	}()
	select {
	case res := <-done:
		return res.r, res.err
	case <-time.After(5 * time.Second):
		t.Fatal("Save did not return within 5 s")
		return nil, nil
	}
}

// TestSaveLongOneWordTitle: a title of one 300-letter word made a name
// too long for the file system, and the name loop took that error for
// "taken" forever.
func TestSaveLongOneWordTitle(t *testing.T) {
	dir := t.TempDir()
	r, err := saveWithin(t, &Saver{Dir: dir}, pageWithTitle(t, strings.Repeat("a", 300)))
	if err != nil {
		t.Fatal(err)
	}
	if n := len(filepath.Base(r.Path)); n > maxSlugHard+len(".md") {
		t.Errorf("file name of %d bytes: %s", n, r.Path)
	}
}

// TestSaveAmongPipesAndLinks: a FIFO named like a saved article does not
// block the look for an earlier save, a link or a pipe at the slug's
// name is left alone (the next name is taken), and the file a link
// points to is never written.
func TestSaveAmongPipesAndLinks(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "theirs.md")
	if err := os.WriteFile(outside, []byte("theirs"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "kettle-care.md")); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "kettle-care-2.md"), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := saveWithin(t, &Saver{Dir: dir}, pageWithTitle(t, "Kettle care"))
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Base(r.Path) != "kettle-care-3.md" {
		t.Errorf("saved as %s, want kettle-care-3.md", r.Path)
	}
	if b, _ := os.ReadFile(outside); string(b) != "theirs" {
		t.Errorf("the file behind the link was written: %q", b)
	}
}

// TestSaveSweepsStaleTemps: a temporary file a killed save left is
// removed by the next save once it is over a minute old; a young one
// (a save at work) stays.
func TestSaveSweepsStaleTemps(t *testing.T) {
	dir := t.TempDir()
	stale, young := filepath.Join(dir, tmpPrefix+"111.tmp"), filepath.Join(dir, tmpPrefix+"222.tmp")
	for _, p := range []string{stale, young} {
		if err := os.WriteFile(p, []byte("half a page"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	old := time.Now().Add(-2 * staleTemp)
	os.Chtimes(stale, old, old)
	if _, err := saveWithin(t, &Saver{Dir: dir}, pageWithTitle(t, "Descaling")); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Lstat(stale); err == nil {
		t.Error("the stale temporary file is still there")
	}
	if _, err := os.Lstat(young); err != nil {
		t.Error("the young temporary file was removed")
	}
}

// TestSaveUnwritableFolder: a folder folio cannot write gives an error at
// once (the reader's save key shows it), not a wait.
func TestSaveUnwritableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes any folder")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o500)
	t.Cleanup(func() { os.Chmod(dir, 0o700) })
	_, err := saveWithin(t, &Saver{Dir: dir}, pageWithTitle(t, "Scale"))
	if err == nil || !strings.Contains(err.Error(), "cannot save") {
		t.Fatalf("err %v, want cannot save", err)
	}
}
