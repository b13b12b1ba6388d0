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
				if len(warns) != 1 || !strings.Contains(warns[0], path) {
					t.Errorf("warnings %q, want one naming %s", warns, path)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("Open hung")
			}
		})
	}
}

// A state file that is a symbolic link (kept with dotfiles, or planted
// to point at another program's settings) is read but never written
// through: the link and its target stay as they were, and folio says so.
func TestStateSymlinkNotWrittenThrough(t *testing.T) {
	dir := t.TempDir()
	dots := filepath.Join(dir, "dotfiles", "folio")
	os.MkdirAll(dots, 0o700)
	target := filepath.Join(dots, "state.json")
	orig := []byte(`{"version":1,"articles":{},"sort":"title"}`)
	os.WriteFile(target, orig, 0o600)
	path := filepath.Join(dir, "state", "state.json")
	os.MkdirAll(filepath.Dir(path), 0o700)
	if err := os.Symlink("../dotfiles/folio/state.json", path); err != nil {
		t.Fatal(err)
	}
	s, st, warns, err := Open(path)
	if err != nil || st.Sort != "title" {
		t.Fatalf("not read through the link: %+v %v", st, err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "symbolic link") {
		t.Errorf("want one warning naming the link, got %q", warns)
	}
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if info, err := os.Lstat(path); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Fatalf("the link was replaced: %v %v", info.Mode(), err)
	}
	if data, _ := os.ReadFile(target); string(data) != string(orig) {
		t.Errorf("the target was written: %s", data)
	}
}

// A link at state.json pointing at another program's file, which is not
// state at all, is neither written nor renamed aside.
func TestStateLinkToForeignFileUntouched(t *testing.T) {
	dir := t.TempDir()
	victim := filepath.Join(dir, "victim")
	os.WriteFile(victim, []byte("precious\n"), 0o600)
	path := filepath.Join(dir, "state", "state.json")
	os.MkdirAll(filepath.Dir(path), 0o700)
	os.Symlink(victim, path)
	s, _, warns, _ := Open(path)
	if len(warns) != 1 || !strings.Contains(warns[0], path) {
		t.Errorf("want one warning naming %s, got %q", path, warns)
	}
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if data, _ := os.ReadFile(victim); string(data) != "precious\n" {
		t.Errorf("the target was written: %q", data)
	}
	left, _ := os.ReadDir(dir)
	if len(left) != 2 {
		t.Errorf("beside the target: %v", left)
	}
}

// A lock file that is a link, or a hard link to another file, is never
// truncated or written: folio works in memory and says why.
func TestLockLinkNotWrittenThrough(t *testing.T) {
	for _, hard := range []bool{false, true} {
		dir := t.TempDir()
		victim := filepath.Join(dir, "victim")
		os.WriteFile(victim, []byte("precious\n"), 0o600)
		path := filepath.Join(dir, "state", "state.json")
		os.MkdirAll(filepath.Dir(path), 0o700)
		link := os.Symlink
		if hard {
			link = os.Link
		}
		if err := link(victim, path+".lock"); err != nil {
			t.Fatal(err)
		}
		s, _, warns, _ := Open(path)
		if len(warns) != 1 || !strings.Contains(warns[0], "lock") {
			t.Errorf("hard=%v: want one warning about the lock, got %q", hard, warns)
		}
		mustUpdate(t, s, func(st *State) { st.Sort = "date" })
		if data, _ := os.ReadFile(victim); string(data) != "precious\n" {
			t.Errorf("hard=%v: the lock's target was written: %q", hard, data)
		}
		if _, err := os.Lstat(path); err == nil {
			t.Errorf("hard=%v: a state file was written without the lock", hard)
		}
	}
}
