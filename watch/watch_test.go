package watch

import (
	"os"
	"path/filepath"
	"slices"
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
