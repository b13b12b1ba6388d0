package library

import "testing"

// BenchmarkSearch10k searches a loaded library of 10,000 articles of
// ~4 KB for a two-word query found in most bodies (every hit is scored
// and ranked) and for a word found nowhere.
func BenchmarkSearch10k(b *testing.B) {
	dir := syntheticDir(b, 10000, 4096)
	src, err := DirSource(dir)
	if err != nil {
		b.Fatal(err)
	}
	l := Load(Options{}, src)
	for _, q := range []struct{ name, query string }{{"common", "clinic protocol"}, {"none", "zebrafish"}} {
		b.Run(q.name, func(b *testing.B) {
			for b.Loop() {
				l.Search(q.query)
			}
		})
	}
}
