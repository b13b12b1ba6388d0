package state

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A state file that is a FIFO, or a link to /dev/zero, is neither waited
// on nor read without end: folio starts, and says what is wrong.
func TestStateFileThatIsNotAFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no FIFOs or /dev/zero")
	}
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
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges")
	}
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

// Members of the file this folio does not know, of the whole and of an
// article's entry, are kept by a save.
func TestStateUnknownFieldsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	os.WriteFile(path, []byte(`{"version":1,"theme":{"name":"dusk"},"articles":{"a":{"slug":"a","stars":5,"read":true}},"zeta":[1,2]}`), 0o600)
	s, st := mustOpen(t, path)
	if !st.Articles["a"].Read {
		t.Fatalf("known field lost: %+v", st)
	}
	mustUpdate(t, s, func(st *State) {
		st.Sort = "date"
		st.Edit("a", "", func(a *Article) { a.Bookmarked = true })
	})
	data, _ := os.ReadFile(path)
	var got struct {
		Theme    map[string]string
		Zeta     []int
		Sort     string
		Articles map[string]map[string]any
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	a := got.Articles["a"]
	if got.Theme["name"] != "dusk" || len(got.Zeta) != 2 || got.Sort != "date" || a["stars"] != 5.0 || a["bookmarked"] != true {
		t.Errorf("after a save: %s", data)
	}
	// And the file read back is the state saved.
	if st, _ := s.Load(); st.Sort != "date" || !st.Articles["a"].Bookmarked {
		t.Errorf("read back: %+v", st)
	}
}

// While another folio holds the lock, Open does not leave the first
// screen blank for lockTimeout: it reads the last saved state after
// openWait and says which process it did not wait for; the next Update
// saves once the lock is free.
func TestOpenWhileAnotherHoldsTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	os.WriteFile(path, []byte(`{"version":1,"articles":{},"sort":"title"}`), 0o600)
	unlock, err := lockPath(path+".lock", lockTimeout)
	if err != nil {
		t.Fatal(err)
	}
	old := openWait
	openWait = 50 * time.Millisecond
	t.Cleanup(func() { openWait = old })
	start := time.Now()
	s, st, warns, err := Open(path)
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Open waited %v", took)
	}
	if err != nil || st.Sort != "title" {
		t.Fatalf("Open: %v, %+v", err, st)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "held by another folio") || !strings.Contains(warns[0], "process ") {
		t.Errorf("warnings %q, want the lock's holder named", warns)
	}
	unlock()
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), `"date"`) {
		t.Errorf("not saved once the lock was free: %s", data)
	}
}
