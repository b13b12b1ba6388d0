package render

import (
	"sort"
	"testing"
)

// BenchmarkHostileNesting renders the crafted nesting shapes of issue 16
// §2 as `show` does: each must take ≤ 0.5 s and ≤ 100 MB (B/op).
func BenchmarkHostileNesting(b *testing.B) {
	shapes := nestShapes()
	names := make([]string, 0, len(shapes))
	for n := range shapes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		a := parse(b, shapes[name])
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := RenderParallel(Options{Width: 70, Style: "dark"}, a, 2); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkHugeWidth renders the bundled article at absurd widths (issue
// 16 §7: `--width 1000000` took 21 s and 580 MB, 1e9 never ended); both
// are rendered at MaxWidth.
func BenchmarkHugeWidth(b *testing.B) {
	a := bundled(b, "exosomes-vs-prp")
	for _, w := range []struct {
		name  string
		width int
	}{{"80", 80}, {"1e6", 1_000_000}, {"1e9", 1_000_000_000}} {
		b.Run(w.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := RenderParallel(Options{Width: w.width, Style: "dark"}, a, 2); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
