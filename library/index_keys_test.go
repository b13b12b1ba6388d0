package library

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// A file rewritten with its size and modification time put back (touch
// -r, a sync tool) is seen by its change time.
func TestIndexSeesSameSizeSameTimeChange(t *testing.T) {
	if runtime.GOOS != "linux" && runtime.GOOS != "darwin" {
		t.Skip("change times are read on Linux and macOS only")
	}
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	p := filepath.Join(dir, "undated.md")
	before, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	loadDir(t, dir, cache)
	time.Sleep(10 * time.Millisecond) // a change time of its own
	if err := os.WriteFile(p, []byte("No frontmatter, no HEADING.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(p, before.ModTime(), before.ModTime()); err != nil {
		t.Fatal(err)
	}
	if after, _ := os.Stat(p); after.Size() != before.Size() || !after.ModTime().Equal(before.ModTime()) {
		t.Fatal("fixture: size or time not kept")
	}
	l := loadDir(t, dir, cache)
	if a := byTitle(t, l, "undated"); !strings.Contains(a.Body, "HEADING") {
		t.Errorf("stale body restored: %q", a.Body)
	}
}

// An index written by another build is never read, whatever its size
// and time: the build is named by the executable's bytes.
func TestIndexOfAnotherBuildIsNotRead(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	loadDir(t, dir, cache)
	file := indexFiles(t, cache)[0]
	abs := mustAbs(t, dir)
	if _, err := readIndex(file, buildID(mustAbs(t, cache)), abs, dir, false); err != nil {
		t.Fatalf("this build's index: %v", err)
	}
	if _, err := readIndex(file, buildName(strings.Repeat("0", 64)), abs, dir, false); err == nil {
		t.Fatal("another build's index was read")
	}
}

// Two executables of the same size and modification time but other
// bytes are two builds; the hash is kept and used while the executable's
// key holds.
func TestBuildIDIsTheExecutablesContent(t *testing.T) {
	t.Parallel()
	tmp, cache := t.TempDir(), t.TempDir()
	stamp := time.Now().Add(-time.Hour)
	exe := func(name, content string) string {
		p := filepath.Join(tmp, name)
		if err := os.WriteFile(p, []byte(content), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(p, stamp, stamp); err != nil {
			t.Fatal(err)
		}
		return p
	}
	a, b := exe("a", "build one"), exe("b", "build two")
	idA, err := buildIDOf(a, a, cache)
	if err != nil {
		t.Fatal(err)
	}
	idB, err := buildIDOf(b, b, cache)
	if err != nil {
		t.Fatal(err)
	}
	if idA == idB {
		t.Fatalf("two builds, one ID %q", idA)
	}
	// b replaced by a's bytes under b's name (install -p): the key of the
	// file changes, and so does the ID, to a's.
	time.Sleep(10 * time.Millisecond)
	os.Remove(b)
	exe("b", "build one")
	if id, err := buildIDOf(b, b, cache); err != nil || id != idA {
		t.Fatalf("after install -p: %q, %v; want %q", id, err, idA)
	}
	// While the key holds, the kept hash is used: the file is not hashed.
	kept, _ := filepath.Glob(filepath.Join(cache, "build-*.id"))
	if len(kept) != 2 {
		t.Fatalf("kept IDs %v, want one per executable", kept)
	}
	for _, k := range kept {
		data, _ := os.ReadFile(k)
		key, _, _ := strings.Cut(string(data), "\n")
		os.WriteFile(k, []byte(key+"\n"+strings.Repeat("f", 64)+"\n"), 0o600)
	}
	if id, _ := buildIDOf(a, a, cache); id != buildName(strings.Repeat("f", 64)) {
		t.Errorf("kept hash not used: %q", id)
	}
}

// Temporary files left by an interrupted writer are removed by a later
// load once they are a day old, unless a writer holds them; the cache's
// other files are left alone.
func TestStaleTemporaryFilesAreSwept(t *testing.T) {
	t.Parallel()
	dir, cache := cacheFixture(t), t.TempDir()
	old, recent := time.Now().Add(-25*time.Hour), time.Now().Add(-time.Hour)
	files := map[string]time.Time{
		"x-1.idx.tmp123": old, "x-1.idx.sum456": old, "build-1.id.tmp7": old,
		"x-2.idx.tmp999": recent, "notes.txt": old, "y.idx": old,
		"build-0123.id": time.Now().Add(-8 * 24 * time.Hour), "build-4567.id": old,
	}
	gone := func(name string) bool {
		if strings.HasPrefix(name, "build-") && strings.HasSuffix(name, ".id") {
			return time.Since(files[name]) > 7*24*time.Hour
		}
		return isTemporary(name) && files[name].Equal(old)
	}
	for name, when := range files {
		p := filepath.Join(cache, name)
		os.WriteFile(p, []byte("left"), 0o600)
		os.Chtimes(p, when, when)
	}
	held, err := os.CreateTemp(cache, "x-3.idx.tmp")
	if err != nil {
		t.Fatal(err)
	}
	defer held.Close()
	lockShared(held)
	os.Chtimes(held.Name(), old, old)

	loadDir(t, dir, cache)
	for name, when := range files {
		_, err := os.Stat(filepath.Join(cache, name))
		if removed := err != nil; removed != gone(name) {
			t.Errorf("%s (%s old): removed %v", name, time.Since(when).Round(time.Hour), removed)
		}
	}
	if _, err := os.Stat(held.Name()); err != nil && runtime.GOOS != "windows" {
		t.Errorf("a locked temporary file was removed: %v", err)
	}
}

// While an index is written, nothing named is left in the cache folder
// that an interrupt would leave behind (Linux: unnamed files).
func TestIndexWriterLeavesNoNamedTemporaries(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("unnamed files are Linux's")
	}
	t.Parallel()
	cache := t.TempDir()
	file := filepath.Join(cache, "a.idx")
	w, err := newIndexWriter(file)
	if err != nil {
		t.Fatal(err)
	}
	if _, ok := openUnnamed(cache); !ok {
		t.Skip("this file system has no O_TMPFILE")
	}
	w.add(indexFile{path: "a.md", result: result{article: &Article{Title: "A", Body: "body"}}})
	if left, _ := os.ReadDir(cache); len(left) != 0 {
		t.Fatalf("while writing, the cache folder holds %v", left)
	}
	if err := w.finish("b", "/d", "n", nil); err != nil {
		t.Fatal(err)
	}
	if left, _ := os.ReadDir(cache); len(left) != 1 || left[0].Name() != "a.idx" {
		t.Fatalf("after writing, the cache folder holds %v", left)
	}
	if _, err := readIndex(file, "b", "/d", "n", false); err != nil {
		t.Fatal(err)
	}
}

// BenchmarkBuildIDKept is the start-up cost of the build check on every
// start but a build's first: a stat and a read of the kept hash.
func BenchmarkBuildIDKept(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	cache := b.TempDir()
	if _, err := buildIDOf(exe, exe, cache); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		buildIDOf(exe, exe, cache)
	}
}

// BenchmarkBuildIDFirst is a build's first start: the executable (here
// the test binary) is hashed.
func BenchmarkBuildIDFirst(b *testing.B) {
	exe, err := os.Executable()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		buildIDOf(exe, exe, b.TempDir())
	}
}

// An index larger than a writeback block is handed to the kernel to
// write as it grows, and reads back whole, every text as it was (also
// where the kernel has no sync_file_range: the sync at the end).
func TestIndexWrittenBackAsItGrows(t *testing.T) {
	t.Parallel()
	file := filepath.Join(t.TempDir(), "a.idx")
	w, err := newIndexWriter(file)
	if err != nil {
		t.Fatal(err)
	}
	bodies := make([]string, 3)
	for i := range bodies {
		bodies[i] = strings.Repeat(string(rune('a'+i))+" word ", writebackBlock/10)
		w.add(indexFile{path: fmt.Sprintf("%d.md", i), result: result{article: &Article{Title: "T", Body: bodies[i]}}})
	}
	if w.written < writebackBlock {
		t.Fatalf("%d bytes handed to write back after %d written", w.written, w.cw.n)
	}
	if err := w.finish("b", "/d", "n", nil); err != nil {
		t.Fatal(err)
	}
	idx, err := readIndex(file, "b", "/d", "n", false)
	if err != nil {
		t.Fatal(err)
	}
	var c coder
	for i, e := range idx.rows {
		r, ok := idx.restore(e, e.path, &c, false)
		if !ok || r.article == nil || r.article.Body != bodies[i] {
			t.Fatalf("%s: not restored whole (%v)", e.path, ok)
		}
	}
}
