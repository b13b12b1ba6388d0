package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"
	"testing/fstest"
	"time"

	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
)

// BenchmarkArticleJSON10k prints 10,000 articles as `list --json` does,
// with appendArticleJSON and with encoding/json over articleJSON, which
// it stands in for (issue 14: each twin pays its way or goes).
func BenchmarkArticleJSON10k(b *testing.B) {
	fsys := fstest.MapFS{}
	for i := range 10_000 {
		fsys[fmt.Sprintf("d%03d/post-%05d.md", i/100, i)] = &fstest.MapFile{Data: []byte(synth.Article(i, 600)), ModTime: time.Unix(0, 0)}
	}
	lib := library.Load(library.Options{}, library.Source{Name: "synth", FS: fsys})
	b.Run("appendArticleJSON", func(b *testing.B) {
		var buf []byte
		for b.Loop() {
			buf = buf[:0]
			for _, a := range lib.Articles {
				buf = appendArticleJSON(buf, a)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		var buf bytes.Buffer
		for b.Loop() {
			buf.Reset()
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			enc.SetIndent("    ", "  ")
			for _, a := range lib.Articles {
				if err := enc.Encode(articleJSON(a)); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}
