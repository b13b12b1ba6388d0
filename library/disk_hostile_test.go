//go:build unix

package library

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestIndexPathNotFolios: whatever sits at an index's path that folio did
// not make — a FIFO (which hung list), a link to another program's file,
// a hard link, a folder — the load ends, reads the articles, reports the
// path as a problem, and leaves the thing there as it was: nothing is
// read through it, written through it or renamed over it.
func TestIndexPathNotFolios(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name  string
		setUp func(t *testing.T, index, victim string)
		want  string
	}{
		{"fifo", func(t *testing.T, p, _ string) { must(t, syscall.Mkfifo(p, 0o600)) }, "a named pipe"},
		{"link", func(t *testing.T, p, v string) { must(t, os.Symlink(v, p)) }, "a symbolic link"},
		{"dangling link", func(t *testing.T, p, v string) { must(t, os.Symlink(v+".none", p)) }, "a symbolic link"},
		{"hard link", func(t *testing.T, p, v string) { must(t, os.Link(v, p)) }, "hard links"},
		{"folder", func(t *testing.T, p, _ string) { must(t, os.Mkdir(p, 0o700)) }, "a folder"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			dir, cache := t.TempDir(), t.TempDir()
			writeOld(t, filepath.Join(dir, "a.md"), "---\ntitle: A\n---\nBody.\n")
			// The first load makes the index; then its path is taken.
			loadDir(t, dir, cache)
			files := indexFiles(t, cache)
			if len(files) != 1 {
				t.Fatalf("index files %v", files)
			}
			index := files[0]
			must(t, os.Remove(index))
			victim := filepath.Join(t.TempDir(), "victim")
			must(t, os.WriteFile(victim, []byte("precious"), 0o600))
			c.setUp(t, index, victim)
			before, _ := os.Lstat(index)

			done := make(chan *Library, 1)
			go func() { done <- loadDir(t, dir, cache) }()
			var l *Library
			select {
			case l = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("Load hung on the index path")
			}
			if _, ok := l.Article("a"); !ok {
				t.Errorf("the article did not load: %v", l.Slugs())
			}
			if msg := problemFor(l, index); !strings.Contains(msg, c.want) || !strings.Contains(msg, "neither read nor replaced") {
				t.Errorf("problem %q, want one naming %q", msg, c.want)
			}
			if got, _ := os.ReadFile(victim); string(got) != "precious" {
				t.Errorf("the victim was written: %q", got)
			}
			after, err := os.Lstat(index)
			if err != nil || after.Mode() != before.Mode() || !os.SameFile(before, after) {
				t.Errorf("the index path was replaced: %v, %v", after, err)
			}
			if left, _ := filepath.Glob(filepath.Join(cache, "*.tmp*")); len(left) > 0 {
				t.Errorf("temporary files left: %v", left)
			}
		})
	}
}

// A link put at the index's path while the index is written is not
// renamed over: the new index is dropped.
func TestIndexReplaceChecksTheTarget(t *testing.T) {
	t.Parallel()
	cache := t.TempDir()
	victim := filepath.Join(t.TempDir(), "victim")
	must(t, os.WriteFile(victim, []byte("precious"), 0o600))
	target := filepath.Join(cache, "x.idx")
	tf, err := newTempFile(cache, "x.idx.tmp")
	must(t, err)
	if _, err := tf.WriteString("new"); err != nil {
		t.Fatal(err)
	}
	must(t, os.Symlink(victim, target))
	if err := tf.replace(target); err == nil {
		t.Fatal("replaced a link")
	}
	if fi, _ := os.Lstat(target); fi.Mode()&os.ModeSymlink == 0 {
		t.Error("the link is gone")
	}
	if got, _ := os.ReadFile(victim); string(got) != "precious" {
		t.Errorf("the victim was written: %q", got)
	}
	entries, _ := os.ReadDir(cache)
	if len(entries) != 1 {
		t.Errorf("left %v", entries)
	}
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// A named pipe put where the walk saw an article (a race) is refused by
// the read, not waited on: readSmall does not block, and readPath names it.
func TestReadOfAPipeDoesNotWait(t *testing.T) {
	t.Parallel()
	fifo := filepath.Join(t.TempDir(), "a.md")
	must(t, syscall.Mkfifo(fifo, 0o600))
	done := make(chan error, 1)
	go func() {
		if _, ok := readSmall(fifo, make([]byte, 64), nil); ok {
			done <- errors.New("readSmall read a pipe")
			return
		}
		_, err := readPath(fifo)
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("error %v, want one naming a named pipe", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the read waited for a writer")
	}
}
