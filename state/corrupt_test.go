package state

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// asideFiles returns the set-aside copies of path.
func asideFiles(t testing.TB, path string) []string {
	t.Helper()
	m, err := filepath.Glob(path + ".corrupt-*")
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// checkSetAside asserts the Open/Load contract for an unusable file: one
// warning naming the file, the problem and the new name; an empty state; the
// original bytes kept in exactly one set-aside copy; state.json gone.
func checkSetAside(t testing.TB, path string, orig []byte, st State, warns []string, problem string) {
	t.Helper()
	aside := asideFiles(t, path)
	if len(aside) != 1 {
		t.Fatalf("want 1 set-aside file, got %v", aside)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], path) || !strings.Contains(warns[0], aside[0]) ||
		!strings.Contains(warns[0], problem) {
		t.Errorf("warning should name %s, %s and %q: %q", path, aside[0], problem, warns)
	}
	if len(st.Articles) != 0 || st.Version != Version {
		t.Errorf("want empty state, got %+v", st)
	}
	if orig != nil {
		if got, err := os.ReadFile(aside[0]); err != nil || !bytes.Equal(got, orig) {
			t.Errorf("set-aside copy differs: %v %q", err, got)
		}
	}
	if _, err := os.Lstat(path); !os.IsNotExist(err) {
		t.Errorf("state file still present: %v", err)
	}
}

// A corrupt file (damaged, truncated, empty, wrong or missing version) is
// set aside with a warning, never fatal and never overwritten; the next
// Update starts a fresh file and leaves the set-aside copy alone.
func TestCorruptFileIsSetAside(t *testing.T) {
	good := `{"version":1,"articles":{"a":{"slug":"a","read":true}},"sort":"date"}`
	cases := []struct{ name, data, problem string }{
		{"invalid JSON", `{"version":1,articles}`, "invalid JSON"},
		{"truncated", good[:len(good)/2], "invalid JSON"},
		{"empty", "", "empty file"},
		{"trailing garbage", good + "}", "invalid JSON"},
		{"wrong version", `{"version":2,"articles":{}}`, "version 2"},
		{"no version", `{"articles":{}}`, "version 0"},
		{"null", `null`, "version 0"},
		{"wrong type", `{"version":1,"articles":[1,2]}`, "invalid JSON"},
		{"binary", "\x00\xff\xfe", "invalid JSON"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "state.json")
			if err := os.WriteFile(path, []byte(c.data), 0o600); err != nil {
				t.Fatal(err)
			}
			s, st, warns, err := Open(path)
			if err != nil {
				t.Fatalf("Open failed: %v", err)
			}
			checkSetAside(t, path, []byte(c.data), st, warns, c.problem)
			mustUpdate(t, s, func(st *State) { st.Sort = "title" })
			if _, st := mustOpen(t, path); st.Sort != "title" {
				t.Errorf("fresh file not written: %+v", st)
			}
			if a := asideFiles(t, path); len(a) != 1 {
				t.Errorf("want the one set-aside copy untouched, got %v", a)
			}
		})
	}
}

// A folder in the state file's place is not folio's to move: it is left
// as it is, folio says so and keeps the session's state in memory.
func TestFolderInPlaceIsLeftAlone(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	if err := os.Mkdir(path, 0o700); err != nil {
		t.Fatal(err)
	}
	s, st, warns, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(st.Articles) != 0 || len(warns) != 1 || !strings.Contains(warns[0], "a folder") {
		t.Fatalf("want an empty state and one warning naming a folder, got %+v %q", st, warns)
	}
	mustUpdate(t, s, func(st *State) { st.LastScreen = "list" })
	if info, err := os.Lstat(path); err != nil || !info.IsDir() {
		t.Errorf("the folder was moved or replaced: %v %v", info, err)
	}
	if a := asideFiles(t, path); len(a) != 0 {
		t.Errorf("set aside: %v", a)
	}
}

// If a bad file cannot even be renamed, folio keeps working in memory, says
// so, and never writes over the file.
func TestCannotSetAsideKeepsFileAndWorksInMemory(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	orig := []byte(`{"version":1,"articles":{` /* truncated */)
	if err := os.WriteFile(path, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	renameFile = func(string, string) error { return errors.New("read-only filesystem") }
	t.Cleanup(func() { renameFile = os.Rename })

	s, st, warns, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], path) || !strings.Contains(warns[0], "read-only filesystem") ||
		!strings.Contains(warns[0], "will not be saved") {
		t.Errorf("warning: %q", warns)
	}
	if len(st.Articles) != 0 {
		t.Errorf("want empty state: %+v", st)
	}
	mustUpdate(t, s, func(st *State) { st.Edit("a", "", func(a *Article) { a.Read = true }) })
	if got, _ := os.ReadFile(path); !bytes.Equal(got, orig) {
		t.Errorf("file overwritten: %q", got)
	}
	st, warns = s.Load()
	if a, _ := st.Get("a", ""); !a.Read || len(warns) != 0 {
		t.Errorf("in-memory update lost: %+v %q", st, warns)
	}
	if len(asideFiles(t, path)) != 0 {
		t.Error("set-aside file appeared")
	}
}

// A file corrupted by something else while folio runs is set aside by the
// next Update, reported through Warnings, and the update is still saved.
func TestCorruptedWhileRunning(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, _ := mustOpen(t, path)
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if err := os.WriteFile(path, []byte("garbage"), 0o600); err != nil {
		t.Fatal(err)
	}
	mustUpdate(t, s, func(st *State) { st.LastScreen = "bookmarks" })
	w := s.Warnings()
	if len(w) != 1 || !strings.Contains(w[0], path) || !strings.Contains(w[0], "invalid JSON") {
		t.Errorf("warnings: %q", w)
	}
	if len(s.Warnings()) != 0 {
		t.Error("Warnings not drained")
	}
	_, st := mustOpen(t, path)
	if st.LastScreen != "bookmarks" || st.Sort != "" {
		t.Errorf("want fresh state with the update: %+v", st)
	}
	if a := asideFiles(t, path); len(a) != 1 {
		t.Errorf("set-aside: %v", a)
	}
}

// Two corrupt files set aside within the same clock tick get distinct names.
func TestSetAsideNeverReplacesEarlierCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	fixed := now()
	now = func() time.Time { return fixed }
	t.Cleanup(func() { now = time.Now })
	for _, data := range []string{"one", "two"} {
		if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, warns, _ := Open(path); len(warns) != 1 {
			t.Fatalf("warnings %q", warns)
		}
	}
	if a := asideFiles(t, path); len(a) != 2 {
		t.Errorf("want two set-aside copies, got %v", a)
	}
}

// If the lock cannot be taken (here the lock file's name is taken by a
// directory), a good state file is still read, but nothing is written.
func TestCannotLockReadsButDoesNotWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	orig := []byte(`{"version":1,"articles":{},"sort":"title"}`)
	if err := os.WriteFile(path, orig, 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(path+".lock", 0o700); err != nil {
		t.Fatal(err)
	}
	s, st, warns, err := Open(path)
	if err != nil || st.Sort != "title" {
		t.Fatalf("good file not read: %v %+v", err, st)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "cannot lock") || !strings.Contains(warns[0], path) {
		t.Errorf("warnings: %q", warns)
	}
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if got, _ := os.ReadFile(path); !bytes.Equal(got, orig) {
		t.Errorf("file written without the lock: %q", got)
	}
	if st, _ := s.Load(); st.Sort != "date" {
		t.Errorf("in-memory update lost: %+v", st)
	}
}

// If the state directory cannot be created (a file is in the way), folio
// starts empty in memory with a warning instead of failing.
func TestCannotCreateDirWorksInMemory(t *testing.T) {
	block := filepath.Join(t.TempDir(), "folio")
	if err := os.WriteFile(block, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, st, warns, err := Open(filepath.Join(block, "state.json"))
	if err != nil || len(st.Articles) != 0 {
		t.Fatalf("Open: %v %+v", err, st)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "cannot create state directory") {
		t.Errorf("warnings: %q", warns)
	}
	mustUpdate(t, s, func(st *State) { st.LastScreen = "list" })
	if st, _ := s.Load(); st.LastScreen != "list" {
		t.Errorf("in-memory update lost: %+v", st)
	}
}
