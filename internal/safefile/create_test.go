//go:build unix

package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// TestCreateNew: a new file gets all of the data and no temporary file
// is left; a name already taken by a file, a link or a pipe is refused
// with fs.ErrExist and what is there is left as it was.
func TestCreateNew(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "a.md")
	if err := CreateNew(p, []byte("new"), 0o644, ".tmp-"); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("wrote %q", b)
	}
	if info, _ := os.Stat(p); info.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", info.Mode())
	}
	other := filepath.Join(dir, "other")
	os.WriteFile(other, []byte("theirs"), 0o600)
	os.Symlink(other, filepath.Join(dir, "link.md"))
	syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o600)
	for _, name := range []string{"a.md", "link.md", "fifo.md"} {
		err := CreateNew(filepath.Join(dir, name), []byte("x"), 0o644, ".tmp-")
		if !errors.Is(err, fs.ErrExist) {
			t.Errorf("%s: err %v, want fs.ErrExist", name, err)
		}
	}
	if b, _ := os.ReadFile(other); string(b) != "theirs" {
		t.Errorf("wrote through the link: %q", b)
	}
	if b, _ := os.ReadFile(p); string(b) != "new" {
		t.Errorf("replaced the file: %q", b)
	}
	if m, _ := filepath.Glob(filepath.Join(dir, ".tmp-*")); len(m) > 0 {
		t.Errorf("temporary files left: %v", m)
	}
}

// TestSweepStale: old temporary files go; a young one, another name and
// a link stay.
func TestSweepStale(t *testing.T) {
	dir := t.TempDir()
	old := time.Now().Add(-time.Hour)
	write := func(name string, at time.Time) {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
		os.Chtimes(p, at, at)
	}
	write(".folio-add-1.tmp", old)
	write(".folio-add-2.tmp", time.Now())
	write("keep.md", old)
	os.Symlink(filepath.Join(dir, "keep.md"), filepath.Join(dir, ".folio-add-3.tmp"))
	SweepStale(dir, ".folio-add-", time.Minute)
	var left []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		left = append(left, e.Name())
	}
	want := []string{".folio-add-2.tmp", ".folio-add-3.tmp", "keep.md"}
	if len(left) != len(want) || left[0] != want[0] || left[1] != want[1] || left[2] != want[2] {
		t.Errorf("left %v, want %v", left, want)
	}
}
