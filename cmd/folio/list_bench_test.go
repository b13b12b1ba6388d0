package main

import (
	"io"
	"os"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// The load targets of folio list --dir DIR --json, in process: the whole
// command, run as main runs it, against BenchmarkReadAll10k, a program
// that only reads the same files in parallel, in the same run. The
// process around it (start-up, package initialisation) is measured by
// tools/measure.

var listBenchDir string

func libDir10k(b *testing.B) string {
	b.Helper()
	if listBenchDir == "" {
		dir, err := os.MkdirTemp("", "folio-list-bench-")
		if err != nil {
			b.Fatal(err)
		}
		if err := synth.Write(dir, 10000, 4096); err != nil {
			b.Fatal(err)
		}
		if err := synth.Age(dir); err != nil {
			b.Fatal(err)
		}
		listBenchDir = dir
	}
	return listBenchDir
}

func runListJSON(b *testing.B, dir, cache string) {
	e := newEnv(io.Discard, io.Discard)
	e.cacheDir = cache
	if code := runEnv([]string{"list", "--dir", dir, "--json"}, e); code != exitOK {
		b.Fatalf("folio list exited %d", code)
	}
}

// BenchmarkReadAll10k is the floor: reading the 10,000 files.
func BenchmarkReadAll10k(b *testing.B) {
	dir := libDir10k(b)
	for b.Loop() {
		if err := synth.ReadAll(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListJSONCold10k is the first run on a folder: every file
// parsed, and the index written. Target: at most 2x ReadAll10k.
func BenchmarkListJSONCold10k(b *testing.B) {
	dir, cache := libDir10k(b), b.TempDir()
	for b.Loop() {
		b.StopTimer()
		os.RemoveAll(cache)
		b.StartTimer()
		runListJSON(b, dir, cache)
	}
}

// BenchmarkListJSONNoCache10k parses every file and keeps no index
// (FOLIO_NO_CACHE).
func BenchmarkListJSONNoCache10k(b *testing.B) {
	dir := libDir10k(b)
	for b.Loop() {
		runListJSON(b, dir, "")
	}
}

// BenchmarkListJSONWarm10k runs with the index the run before left.
// Target: at most half of ReadAll10k.
func BenchmarkListJSONWarm10k(b *testing.B) {
	dir, cache := libDir10k(b), b.TempDir()
	runListJSON(b, dir, cache)
	for b.Loop() {
		runListJSON(b, dir, cache)
	}
}
