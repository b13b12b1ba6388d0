//go:build unix

package state

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A state file that is a FIFO, or a link to /dev/zero, is neither waited
// on nor read without end: folio starts, and says what is wrong.
func TestStateFileThatIsNotAFile(t *testing.T) {
	cases := map[string]func(path string) error{
		"fifo":     func(p string) error { return syscall.Mkfifo(p, 0o600) },
		"devzero":  func(p string) error { return os.Symlink("/dev/zero", p) },
		"folder":   func(p string) error { return os.Mkdir(p, 0o700) },
		"too big":  func(p string) error { return os.Truncate(p, maxFileSize+1) },
		"dangling": func(p string) error { return os.Symlink(filepath.Join(filepath.Dir(p), "nowhere"), p) },
	}
	for name, setUp := range cases {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json")
			if name == "too big" {
				os.WriteFile(path, nil, 0o600)
			}
			if err := setUp(path); err != nil {
				t.Fatal(err)
			}
			done := make(chan []string, 1)
			go func() {
				_, st, warns, err := Open(path)
				if err != nil || len(st.Articles) != 0 {
					t.Errorf("Open: %v, %+v", err, st)
				}
				done <- warns
			}()
			select {
			case warns := <-done:
				if name == "dangling" {
					if len(warns) != 0 {
						t.Errorf("a link to a file not yet made is an empty state: %q", warns)
					}
					return
				}
				if len(warns) != 1 || !strings.Contains(warns[0], path) {
					t.Errorf("warnings %q, want one naming %s", warns, path)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Open hung")
			}
		})
	}
}

// A state file kept elsewhere through a symbolic link (dotfiles) is
// written through the link: the link stays, its target gets the state.
func TestStateSymlinkWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	dots := filepath.Join(dir, "dotfiles", "folio")
	os.MkdirAll(dots, 0o700)
	target := filepath.Join(dots, "state.json")
	os.WriteFile(target, []byte(`{"version":1,"articles":{},"sort":"title"}`), 0o600)
	path := filepath.Join(dir, "state", "state.json")
	os.MkdirAll(filepath.Dir(path), 0o700)
	if err := os.Symlink("../dotfiles/folio/state.json", path); err != nil {
		t.Fatal(err)
	}
	s, st := mustOpen(t, path)
	if st.Sort != "title" {
		t.Fatalf("not read through the link: %+v", st)
	}
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if info, err := os.Lstat(path); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	if data, _ := os.ReadFile(target); !strings.Contains(string(data), `"sort": "date"`) {
		t.Errorf("the target was not written: %s", data)
	}
	left, _ := os.ReadDir(dots)
	if len(left) != 1 {
		t.Errorf("beside the target: %v", left)
	}
}
