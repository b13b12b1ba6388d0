package render

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
)

// benchArticles are the bundled 13 KB clinic article and a generated
// 200 KB one, the sizes the issue measures glow at.
func benchArticles(b *testing.B) []*library.Article {
	b.Helper()
	big, _, err := library.Parse("big.md", []byte(synth.Article(0, 200<<10)))
	if err != nil {
		b.Fatal(err)
	}
	return []*library.Article{bundled(b, "exosomes-vs-prp"), big}
}

var benchOptions = Options{Width: 80, Style: "dark", Color: true, Profile: termenv.TrueColor}

func sizeName(a *library.Article) string { return fmt.Sprintf("%dKB", len(a.Body)>>10) }

// BenchmarkNew is building a renderer (glamour's style and wrapping).
func BenchmarkNew(b *testing.B) {
	for b.Loop() {
		if _, err := New(benchOptions); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRenderFull is a whole article: with one renderer, chunk
// after chunk, as Render does; and with a renderer per processor, as
// the reader and show do.
func BenchmarkRenderFull(b *testing.B) {
	for _, a := range benchArticles(b) {
		b.Run(sizeName(a)+"/serial", func(b *testing.B) {
			r, err := New(benchOptions)
			if err != nil {
				b.Fatal(err)
			}
			for b.Loop() {
				if _, err := r.Render(a); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(sizeName(a)+"/parallel", func(b *testing.B) {
			for b.Loop() {
				if _, err := RenderParallel(benchOptions, a, runtime.GOMAXPROCS(0)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkWindow is a first screen: 40 lines from the top and from the
// middle, with a new renderer each time as the reader builds one.
func BenchmarkWindow(b *testing.B) {
	for _, a := range benchArticles(b) {
		for _, at := range []struct {
			name  string
			chunk int
		}{{"top", 0}, {"middle", len(a.Headings) / 2}} {
			b.Run(sizeName(a)+"/"+at.name, func(b *testing.B) {
				for b.Loop() {
					r, err := New(benchOptions)
					if err != nil {
						b.Fatal(err)
					}
					if _, err := r.Window(a, at.chunk, 40, 8<<10); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkPrepass is what the pre-pass adds to a render of each bundled
// article (which have none of its constructs), and of one that has them
// all: compare with BenchmarkRenderFull.
func BenchmarkPrepass(b *testing.B) {
	for _, slug := range []string{"exosomes-vs-prp", "do-exosomes-work-medicube-review"} {
		a := bundled(b, slug)
		b.Run(slug, func(b *testing.B) {
			for b.Loop() {
				p := newPrepass(a, Options{})
				for _, c := range Chunks(a) {
					p.apply(c)
				}
				p.notesMarkdown()
			}
		})
	}
	var md strings.Builder
	md.WriteString("---\ntitle: All\n---\n")
	for i := range 20 {
		fmt.Fprintf(&md, "## Part %d\n\nText.[^%d]\n\n> [!NOTE]\n> A note.\n\n:::tip[T]\nA tip.\n:::\n\n<details><summary>S</summary>\n\nHidden.\n</details>\n\n<table><tr><th>A</th></tr><tr><td>1</td></tr></table>\n\n[^%d]: Note %d.\n\n", i, i, i, i)
	}
	a, _, err := library.Parse("all.md", []byte(md.String()))
	if err != nil {
		b.Fatal(err)
	}
	b.Run("every-construct", func(b *testing.B) {
		for b.Loop() {
			p := newPrepass(a, Options{})
			for _, c := range Chunks(a) {
				p.apply(c)
			}
			p.notesMarkdown()
		}
	})
}
