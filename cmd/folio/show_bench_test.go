package main

import (
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
	"github.com/muesli/termenv"
)

// BenchmarkShow is `folio show SLUG --width 80 --style dark` in the
// process, to a colour terminal: the bundled 13 KB clinic article, and a
// 200 KB generated one in a folder of its own (the same work as
// glow -w 80 -s dark FILE, less the process start; tools/compare-glow.sh
// times both whole).
func BenchmarkShow(b *testing.B) {
	dir := b.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "big.md"), []byte(synth.Article(0, 200<<10)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.Setenv(noCacheEnv, "1")
	for _, tc := range []struct {
		name string
		args []string
	}{
		{"13KB", []string{"show", "exosomes-vs-prp", "--width", "80", "--style", "dark"}},
		{"200KB", []string{"show", "big", "--no-bundled", "--dir", dir, "--width", "80", "--style", "dark"}},
	} {
		b.Run(tc.name, func(b *testing.B) {
			for b.Loop() {
				e := &env{stdout: io.Discard, stderr: io.Discard, getenv: func(string) string { return "" },
					tty: true, profile: termenv.TrueColor, darkBackground: func() bool { return true }}
				if code := runEnv(tc.args, e); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
