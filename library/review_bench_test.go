package library

import (
	"testing"

	"github.com/folio-reader/folio/internal/synth"
)

// BenchmarkReviewScanSynthetic is the part of BenchmarkParseSynthetic
// that looks for a review in a body that has none: what every article
// pays at parse.
func BenchmarkReviewScanSynthetic(b *testing.B) {
	a, _, err := Parse("post.md", []byte(synth.Article(7, 4096)))
	if err != nil {
		b.Fatal(err)
	}
	lines := splitLines(a.Body)
	b.SetBytes(int64(len(a.Body)))
	for b.Loop() {
		a.Rating, a.Product = "", ""
		readBodyReview(a, lines)
	}
}
