package library

import (
	"path/filepath"
	"testing"
)

// BenchmarkRestore10k decodes every entry of a 10,000-article index, in
// one goroutine: the codec's cost alone.
func BenchmarkRestore10k(b *testing.B) {
	dir, cache := syntheticDir(b, 10000, 4096), b.TempDir()
	src, _ := DirSource(dir)
	Load(Options{CacheDir: cache}, src)
	files, _ := filepath.Glob(filepath.Join(cache, "*.idx"))
	abs, _ := filepath.Abs(dir)
	acache, _ := filepath.Abs(cache)
	idx, err := readIndex(files[0], buildID(acache), abs, dir, false)
	if err != nil {
		b.Fatal(err)
	}
	for _, summaries := range []bool{false, true} {
		name := "whole"
		if summaries {
			name = "summaries"
		}
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				c := &coder{d: decoder{slabs: new(slabs)}}
				for p, e := range idx.all() {
					if _, ok := idx.restore(e, p, c, summaries); !ok {
						b.Fatal("not restored")
					}
				}
			}
		})
	}
	_ = acache
}
