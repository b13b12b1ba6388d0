package watch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

func next(t *testing.T, w *Watcher) []string {
	t.Helper()
	select {
	case b := <-w.Changes():
		return b
	case <-time.After(5 * time.Second):
		t.Fatal("no batch within 5s")
	}
	return nil
}

func TestWatchBatchesAndSubfolders(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	w, err := New([]string{dir}, []string{".md"}, 50*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	a := filepath.Join(dir, "a.md")
	for i := 0; i < 3; i++ { // several writes: one batch
		if err := os.WriteFile(a, []byte("# A\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_ = os.WriteFile(filepath.Join(dir, "skip.png"), []byte("x"), 0o644)
	if b := next(t, w); !slices.Equal(b, []string{a}) {
		t.Fatalf("batch %v, want [%s]", b, a)
	}
	sub := filepath.Join(dir, "sub")
	if err := os.Mkdir(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	time.Sleep(100 * time.Millisecond) // the new folder is watched
	b := filepath.Join(sub, "b.md")
	_ = os.WriteFile(b, []byte("# B\n"), 0o644)
	if got := next(t, w); !slices.Contains(got, b) {
		t.Fatalf("batch %v has no %s", got, b)
	}
	_ = os.Remove(a)
	if got := next(t, w); !slices.Equal(got, []string{a}) {
		t.Fatalf("after removal: %v", got)
	}
}

// A file written more often than the debounce still shows within the
// maximum wait: the debounce does not restart for ever.
func TestWatchMaxWaitUnderSteadyWrites(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	const debounce, maxWait = 200 * time.Millisecond, 500 * time.Millisecond
	w, err := newWatcher([]string{dir}, []string{".md"}, debounce, maxWait)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	a := filepath.Join(dir, "a.md")
	stop := make(chan struct{})
	defer close(stop)
	start := time.Now()
	go func() { // every 50 ms, a quarter of the debounce, for good
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
				os.WriteFile(a, []byte(strings.Repeat("x", i)), 0o644)
			}
		}
	}()
	for range 2 {
		b := next(t, w)
		if !slices.Equal(b, []string{a}) {
			t.Fatalf("batch %v", b)
		}
		// The first write comes 50 ms in; allow for a loaded machine.
		if took := time.Since(start); took > maxWait+50*time.Millisecond+700*time.Millisecond {
			t.Fatalf("batch after %v of steady writes, want about %v", took, maxWait)
		}
		start = time.Now()
	}
}

// The default maximum wait is a second.
func TestWatchDefaultMaxWait(t *testing.T) {
	w, err := New([]string{t.TempDir()}, []string{".md"}, 200*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	if w.maxWait != time.Second {
		t.Errorf("max wait %v", w.maxWait)
	}
}
