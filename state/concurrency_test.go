package state

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/folio-reader/folio/internal/safefile"
)

// bump is the change every writer makes: record its own iteration in its own
// article and increment a counter in an article all writers share. The
// shared counter only reaches the total if every read-modify-write was
// exclusive, which is the "no lost updates" property.
func bump(who string, i int) func(*State) {
	return func(st *State) {
		st.Edit(who, "", func(a *Article) { a.Position = &Position{Anchor: who, Offset: i} })
		st.Edit("shared", "", func(a *Article) {
			if a.Position == nil {
				a.Position = &Position{}
			}
			a.Position.Offset++
		})
	}
}

func checkBumps(t *testing.T, path string, writers []string, n int) {
	t.Helper()
	_, st := mustOpen(t, path)
	shared, _ := st.Get("shared", "")
	if shared.Position == nil || shared.Position.Offset != len(writers)*n {
		t.Errorf("shared counter %+v, want %d: updates were lost", shared.Position, len(writers)*n)
	}
	for _, w := range writers {
		if a, ok := st.Get(w, ""); !ok || a.Position.Offset != n-1 {
			t.Errorf("writer %s: %+v, want last offset %d", w, a.Position, n-1)
		}
	}
}

// Two Stores on one path (as two folio processes would have) updating from
// many goroutines lose nothing.
func TestConcurrentStoresLoseNoUpdates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s1, _ := mustOpen(t, path)
	s2, _ := mustOpen(t, path)
	const n = 100
	writers := []string{"a", "b", "c", "d"}
	var wg sync.WaitGroup
	for i, w := range writers {
		s := []*Store{s1, s2}[i%2]
		wg.Go(func() {
			for j := range n {
				if err := s.Update(bump(w, j)); err != nil {
					t.Error(err)
					return
				}
			}
		})
	}
	wg.Wait()
	checkBumps(t, path, writers, n)
}

// Separate OS processes (this test binary re-executed) updating one file
// concurrently lose nothing: the lock is a real inter-process lock.
func TestConcurrentProcessesLoseNoUpdates(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	const n = 60
	writers := []string{"p1", "p2", "p3"}
	var cmds []*exec.Cmd
	for _, w := range writers {
		cmd := helper(t, "update", path, w, strconv.Itoa(n))
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds = append(cmds, cmd)
	}
	for _, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Fatalf("helper: %v\n%s", err, cmd.Stderr)
		}
	}
	checkBumps(t, path, writers, n)
}

// A process killed after writing part of its temporary file, before the
// rename, leaves the old state file intact; the next Open loads it without
// a warning and removes the stale temporary file.
func TestCrashMidWriteLeavesOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, _ := mustOpen(t, path)
	mustUpdate(t, s, func(st *State) { st.Sort = "old" })
	before, _ := os.ReadFile(path)

	cmd := helper(t, "crash", path)
	if err := cmd.Run(); err == nil || !strings.Contains(err.Error(), "exit status 3") {
		t.Fatalf("helper should have crashed with status 3: %v\n%s", err, cmd.Stderr)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatalf("state file changed by crashed writer:\n%s", after)
	}
	temps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), tempPrefix(path)+"*"))
	if len(temps) != 1 {
		t.Fatalf("crashed writer should leave its temp file, got %v", temps)
	}
	_, st := mustOpen(t, path)
	if st.Sort != "old" {
		t.Errorf("old state not loaded: %+v", st)
	}
	if _, err := os.Stat(temps[0]); !os.IsNotExist(err) {
		t.Errorf("stale temp file not removed: %v", err)
	}
}

// A write that fails before the rename returns an error, keeps the old file
// and leaves no temporary file behind.
func TestFailedWriteKeepsOldFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, _ := mustOpen(t, path)
	mustUpdate(t, s, func(st *State) { st.Sort = "old" })
	safefile.BeforeRename = func(string) error { return fmt.Errorf("disk full") }
	restore := func() { safefile.BeforeRename = nil }
	t.Cleanup(restore)
	if err := s.Update(func(st *State) { st.Sort = "new" }); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("want disk full error, got %v", err)
	}
	restore()
	if _, st := mustOpen(t, path); st.Sort != "old" {
		t.Errorf("old state lost: %+v", st)
	}
	temps, _ := filepath.Glob(filepath.Join(filepath.Dir(path), tempPrefix(path)+"*"))
	if len(temps) != 0 {
		t.Errorf("temp files left: %v", temps)
	}
}

// An Update that cannot get the lock in time fails instead of hanging the
// UI, and writes nothing.
func TestLockTimeout(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	s, _ := mustOpen(t, path)
	unlock, err := lockPath(path+".lock", lockTimeout)
	if err != nil {
		t.Fatal(err)
	}
	defer unlock()
	old := lockTimeout
	lockTimeout = 50 * time.Millisecond
	t.Cleanup(func() { lockTimeout = old })
	if err := s.Update(func(st *State) { st.Sort = "x" }); err == nil || !strings.Contains(err.Error(), "not saved") {
		t.Errorf("want timeout error, got %v", err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Errorf("state written without the lock: %v", err)
	}
}

func helper(t *testing.T, args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperProcess$")
	cmd.Env = append(os.Environ(), "FOLIO_STATE_HELPER="+strings.Join(args, "\x1f"))
	cmd.Stderr = new(strings.Builder)
	return cmd
}

// TestHelperProcess is not a test: it is the body of the child processes
// started by the tests above.
func TestHelperProcess(t *testing.T) {
	spec := os.Getenv("FOLIO_STATE_HELPER")
	if spec == "" {
		t.Skip("helper process only")
	}
	args := strings.Split(spec, "\x1f")
	s, _, warns, err := Open(args[1])
	// On a loaded machine another helper may hold the lock past Open's
	// short wait: Open then starts from the last save, as it should, and
	// the updates below still take the lock.
	warns = slices.DeleteFunc(warns, func(w string) bool { return strings.Contains(w, "without waiting") })
	if err != nil || len(warns) != 0 {
		fmt.Fprintln(os.Stderr, err, warns)
		os.Exit(2)
	}
	switch args[0] {
	case "update":
		n, _ := strconv.Atoi(args[3])
		for i := range n {
			if err := s.Update(bump(args[2], i)); err != nil {
				fmt.Fprintln(os.Stderr, err)
				os.Exit(2)
			}
		}
	case "crash":
		safefile.BeforeRename = func(tmp string) error {
			if fi, err := os.Stat(tmp); err == nil {
				_ = os.Truncate(tmp, fi.Size()/2) // a torn write
			}
			os.Exit(3) // die holding the lock, before the rename
			return nil
		}
		_ = s.Update(func(st *State) { st.Sort = "new" })
	}
	os.Exit(0)
}
