//go:build unix

package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// What folio may replace and what it must leave alone, for Replace and
// OpenLock alike: only a missing path or a regular file of the user's own
// with one link is folio's.
func TestWritesOnlyWhatFolioMade(t *testing.T) {
	cases := []struct {
		name  string
		setUp func(t *testing.T, path, victim string)
		ours  bool
	}{
		{"missing", func(*testing.T, string, string) {}, true},
		{"own file", func(t *testing.T, p, _ string) { write(t, p, "old") }, true},
		{"link to a file", func(t *testing.T, p, v string) { must(t, os.Symlink(v, p)) }, false},
		{"dangling link", func(t *testing.T, p, v string) { must(t, os.Symlink(v+".none", p)) }, false},
		{"hard link", func(t *testing.T, p, v string) { must(t, os.Link(v, p)) }, false},
		{"fifo", func(t *testing.T, p, _ string) { must(t, syscall.Mkfifo(p, 0o600)) }, false},
		{"folder", func(t *testing.T, p, _ string) { must(t, os.Mkdir(p, 0o700)) }, false},
	}
	for _, c := range cases {
		for _, op := range []string{"Replace", "OpenLock"} {
			t.Run(c.name+"/"+op, func(t *testing.T) {
				dir := t.TempDir()
				victim := filepath.Join(dir, "victim")
				write(t, victim, "precious")
				path := filepath.Join(dir, "file")
				c.setUp(t, path, victim)
				var err error
				if op == "Replace" {
					err = Replace(path, []byte("new"), 0o600, ".file.tmp-")
				} else {
					var f *os.File
					if f, _, err = OpenLock(path); err == nil {
						_, err = f.WriteString("1234")
						f.Close()
					}
				}
				if c.ours && err != nil {
					t.Fatalf("refused: %v", err)
				}
				if !c.ours && !errors.Is(err, ErrNotOurs) {
					t.Fatalf("want ErrNotOurs, got %v", err)
				}
				if got, _ := os.ReadFile(victim); string(got) != "precious" {
					t.Errorf("the victim was written: %q", got)
				}
				if c.ours && op == "Replace" {
					if got, _ := os.ReadFile(path); string(got) != "new" {
						t.Errorf("not written: %q", got)
					}
				}
				left, _ := filepath.Glob(filepath.Join(dir, ".file.tmp-*"))
				if len(left) != 0 {
					t.Errorf("temporary files left: %v", left)
				}
			})
		}
	}
}

// OpenLock says whether it made the file, so a caller knows what it may
// write in it.
func TestOpenLockCreated(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lock")
	f, created, err := OpenLock(path)
	if err != nil || !created {
		t.Fatalf("first open: created=%v err=%v", created, err)
	}
	f.Close()
	f, created, err = OpenLock(path)
	if err != nil || created {
		t.Fatalf("second open: created=%v err=%v", created, err)
	}
	f.Close()
}

// SweepTemps removes a dead writer's temporary files and nothing else.
func TestSweepTemps(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, ".x.tmp-123"), "torn")
	write(t, filepath.Join(dir, "x"), "kept")
	must(t, os.Symlink(filepath.Join(dir, "x"), filepath.Join(dir, ".x.tmp-link")))
	SweepTemps(dir, ".x.tmp-")
	var names []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if len(names) != 2 || names[0] != ".x.tmp-link" || names[1] != "x" {
		t.Errorf("left %v, want the link and x", names)
	}
}

func write(t *testing.T, path, s string) {
	t.Helper()
	must(t, os.WriteFile(path, []byte(s), 0o600))
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
