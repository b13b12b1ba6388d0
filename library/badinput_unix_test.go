//go:build unix

package library

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestFilesThatAreNotFiles: a named pipe would block a read forever; it
// and a link to nothing are named, and the rest loads.
func TestFilesThatAreNotFiles(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "a.md"), []byte("# A\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.md"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "pipe.md"), filepath.Join(dir, "to-pipe.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "gone.md"), filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan *Library)
	go func() { done <- Load(Options{}, src) }()
	var l *Library
	select {
	case l = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Load blocked on a named pipe")
	}
	if len(l.Articles) != 1 || l.Articles[0].Title != "A" {
		t.Errorf("articles %v", l.Slugs())
	}
	for name, want := range map[string]string{
		"pipe.md":     "a named pipe, not a file",
		"to-pipe.md":  "a named pipe, not a file",
		"dangling.md": "symbolic link to a file that does not exist",
	} {
		if msg := problemFor(l, filepath.Join(dir, name)); !strings.Contains(msg, want) {
			t.Errorf("%s: problem %q, want %q", name, msg, want)
		}
	}
}
