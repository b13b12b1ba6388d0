package library

import (
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// BenchmarkParseSynthetic parses one ~4 KB generated article, the unit of
// BenchmarkLoad10k.
func BenchmarkParseSynthetic(b *testing.B) {
	data := []byte(synth.Article(7, 4096))
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse("post.md", data); err != nil {
			b.Fatal(err)
		}
	}
}
