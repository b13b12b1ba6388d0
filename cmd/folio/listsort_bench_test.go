package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// folio list --sort rating against folio list, on 10,000 articles of
// which two in three are rated (on five, on ten, or in the body), from a
// warm index: what sorting and filtering by rating add to a list.
// Target: at most 10% over ListRated.

var ratedBenchDir string

// ratedDir10k writes the rated library once, in a folder of the system's
// temporary folder that later runs reuse (a marker file says it is whole).
func ratedDir10k(b *testing.B) string {
	b.Helper()
	if ratedBenchDir != "" {
		return ratedBenchDir
	}
	dir := filepath.Join(os.TempDir(), "folio-rated-bench-10k")
	done := filepath.Join(dir, ".complete")
	if _, err := os.Stat(done); err == nil {
		ratedBenchDir = dir
		return dir
	}
	if err := os.RemoveAll(dir); err != nil {
		b.Fatal(err)
	}
	for i := range 10000 {
		src := synth.Article(i, 4096)
		switch i % 3 {
		case 0:
			src = strings.Replace(src, "---\n", fmt.Sprintf("---\nrating: %.1f\n", float64(i%50)/10), 1)
		case 1:
			src += fmt.Sprintf("\n**Our rating: %d/10**\n", i%11)
		}
		sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/100))
		if err := os.MkdirAll(sub, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("post-%05d.md", i)), []byte(src), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	if err := synth.Age(dir); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(done, nil, 0o644); err != nil {
		b.Fatal(err)
	}
	ratedBenchDir = dir
	return dir
}

func runRatedList(b *testing.B, dir, cache string, flags ...string) {
	e := newEnv(io.Discard, io.Discard)
	e.cacheDir = cache
	if code := runEnv(append([]string{"list", "--dir", dir, "--json"}, flags...), e); code != exitOK {
		b.Fatalf("folio list %q exited %d", flags, code)
	}
}

// BenchmarkListRated10k is folio list --json, the index warm.
func BenchmarkListRated10k(b *testing.B) {
	dir, cache := ratedDir10k(b), b.TempDir()
	runRatedList(b, dir, cache)
	for b.Loop() {
		runRatedList(b, dir, cache)
	}
}

// BenchmarkListSortRating10k is folio list --sort rating --json.
func BenchmarkListSortRating10k(b *testing.B) {
	dir, cache := ratedDir10k(b), b.TempDir()
	runRatedList(b, dir, cache)
	for b.Loop() {
		runRatedList(b, dir, cache, "--sort", "rating")
	}
}

// BenchmarkListMinRating10k is folio list --sort rating --min-rating 3 --json.
func BenchmarkListMinRating10k(b *testing.B) {
	dir, cache := ratedDir10k(b), b.TempDir()
	runRatedList(b, dir, cache)
	for b.Loop() {
		runRatedList(b, dir, cache, "--sort", "rating", "--min-rating", "3")
	}
}

// BenchmarkSortRatingApply10k is the sorting alone: --sort rating on the
// 10,000 articles' summaries, loaded once.
func BenchmarkSortRatingApply10k(b *testing.B) {
	dir := ratedDir10k(b)
	g := &globals{dirs: []string{dir}, noBundled: true}
	e := newEnv(io.Discard, io.Discard)
	e.cacheDir = b.TempDir()
	lib, err := g.library(e)
	if err != nil {
		b.Fatal(err)
	}
	o := listOptions{sort: "rating"}
	for b.Loop() {
		o.apply(lib.Articles)
	}
}
