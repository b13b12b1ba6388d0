package main

import (
	"fmt"
	"io"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
)

// BenchmarkWriteListJSON10k is the printing half of `folio list --json`
// over 10,000 generated articles: loading is done once, outside the
// timed loop, so only the encoding and buffering are measured.
func BenchmarkWriteListJSON10k(b *testing.B) {
	fsys := fstest.MapFS{}
	for i := range 10_000 {
		fsys[fmt.Sprintf("d%03d/post-%05d.md", i/100, i)] = &fstest.MapFile{Data: []byte(synth.Article(i, 600)), ModTime: time.Unix(0, 0)}
	}
	lib := library.Load(library.Options{}, library.Source{Name: "synth", FS: fsys})
	if len(lib.Articles) != 10_000 {
		b.Fatalf("loaded %d articles, %d problems", len(lib.Articles), len(lib.Problems))
	}
	b.ReportAllocs()
	for b.Loop() {
		if err := writeListJSON(io.Discard, lib.Articles, nil); err != nil {
			b.Fatal(err)
		}
	}
}
