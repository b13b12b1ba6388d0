package library

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// benchDir holds one generated library per (count, size) for the run.
var benchDirs sync.Map

func syntheticDir(b *testing.B, n, size int) string {
	b.Helper()
	key := [2]int{n, size}
	if d, ok := benchDirs.Load(key); ok {
		return d.(string)
	}
	dir, err := os.MkdirTemp("", "folio-bench-")
	if err != nil {
		b.Fatal(err)
	}
	if err := synth.Write(dir, n, size); err != nil {
		b.Fatal(err)
	}
	if err := synth.Age(dir); err != nil {
		b.Fatal(err)
	}
	benchDirs.Store(key, dir)
	return dir
}

func TestMain(m *testing.M) {
	code := m.Run()
	benchDirs.Range(func(_, d any) bool { os.RemoveAll(d.(string)); return true })
	os.Exit(code)
}

// BenchmarkLoad10k indexes 10,000 articles of ~4 KB.
func BenchmarkLoad10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	src, err := DirSource(dir)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if l := Load(Options{}, src); len(l.Articles) != 10000 {
			b.Fatalf("%d articles", len(l.Articles))
		}
	}
}

// BenchmarkLoadIndexed10k is a warm start: the same load through an
// index cache written by the load before.
func BenchmarkLoadIndexed10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	src, err := DirSource(dir)
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{CacheDir: b.TempDir()}
	Load(opts, src)
	for b.Loop() {
		if l := Load(opts, src); len(l.Articles) != 10000 || l.stats.cached != 10000 {
			b.Fatalf("%d articles, %+v", len(l.Articles), l.stats)
		}
	}
}

// BenchmarkLoadSummariesIndexed10k is the warm start of a list: the
// summaries only (Options.Summaries) through an index cache.
func BenchmarkLoadSummariesIndexed10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	src, err := DirSource(dir)
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{CacheDir: b.TempDir(), Summaries: true}
	Load(opts, src)
	for b.Loop() {
		if l := Load(opts, src); len(l.Articles) != 10000 || l.stats.cached != 10000 {
			b.Fatalf("%d articles, %+v", len(l.Articles), l.stats)
		}
	}
}

// BenchmarkLoadWritingIndex10k is the first load with an index cache:
// everything parsed, and the index written.
func BenchmarkLoadWritingIndex10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	src, err := DirSource(dir)
	if err != nil {
		b.Fatal(err)
	}
	cache := b.TempDir()
	for b.Loop() {
		b.StopTimer()
		os.RemoveAll(cache)
		b.StartTimer()
		if l := Load(Options{CacheDir: cache}, src); len(l.Articles) != 10000 || l.stats.parsed != 10000 {
			b.Fatalf("%d articles, %+v", len(l.Articles), l.stats)
		}
	}
}

// BenchmarkStatOnly10k is the floor of a warm start: walking the folder
// and stat-ing every file with 8 goroutines.
func BenchmarkStatOnly10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	for b.Loop() {
		forEachFile(b, dir, func(p string) error {
			_, err := os.Stat(p)
			return err
		})
	}
}

// BenchmarkReadOnly10k is the floor: reading the same files in parallel
// and doing nothing with them.
func BenchmarkReadOnly10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	for b.Loop() {
		if err := synth.ReadAll(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// forEachFile walks dir, then calls do on every file with 8 goroutines.
func forEachFile(b *testing.B, dir string, do func(path string) error) {
	var paths []string
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			paths = append(paths, p)
		}
		return nil
	})
	var wg sync.WaitGroup
	next := make(chan string)
	for range 8 {
		wg.Go(func() {
			for p := range next {
				if err := do(p); err != nil {
					b.Error(err)
				}
			}
		})
	}
	for _, p := range paths {
		next <- p
	}
	close(next)
	wg.Wait()
}
