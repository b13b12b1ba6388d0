package render

import (
	"strings"
	"testing"
	"time"

	"github.com/folio-reader/folio/library"
)

// Deeply nested lists and quotes must render (or be refused) without
// crashing or taking unbounded time.
func TestDeepNestingRenders(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 300 {
		b.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	b.WriteString(strings.Repeat(">", 500) + " quoted\n")
	a, _, err := library.Parse("deep.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	d := renderAt(t, a, Options{Width: 80, Style: "dark"})
	if len(d.Lines) == 0 {
		t.Error("nothing rendered")
	}
	t.Logf("rendered %d lines in %v", len(d.Lines), time.Since(start))
}

// A 1 MB single line renders within the width in bounded time.
func TestHugeLineRenders(t *testing.T) {
	t.Parallel()
	a, _, err := library.Parse("long.md", []byte("# Long\n\n"+strings.Repeat("word ", 1<<20/5)))
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	d := renderAt(t, a, Options{Width: 80, Style: "dark"})
	if len(d.Lines) < 1000 {
		t.Errorf("only %d lines", len(d.Lines))
	}
	t.Logf("rendered %d lines in %v", len(d.Lines), time.Since(start))
}
