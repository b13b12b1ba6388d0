package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/folio-reader/folio/library"
)

// longChunk is an article of one chunk of about 120 KB, with every
// block a changelog or an awesome-list has: paragraphs, lists, loose
// and nested, fenced code holding blank lines, tables, quotes, a <pre>
// with a blank line, a callout, a picture.
func longChunk(t testing.TB) *library.Article {
	t.Helper()
	var b strings.Builder
	b.WriteString("---\ntitle: Changelog\n---\n")
	for i := 0; b.Len() < 120<<10; i++ {
		fmt.Fprintf(&b, "v1.%d.0 - March %d\n\n* Fix [the parser](https://e.com/%d) when a line ends in a tab.\n* Add `--flag`:\n\n  ```go\n  x := %d\n\n  y := x\n  ```\n\n  - nested item\n  - another\n\n", i, i%28+1, i, i)
		fmt.Fprintf(&b, "| a | b |\n|---|---|\n| %d | two |\n\n> Quoted text %d.\n\n<pre>\nraw %d\n\nstill raw\n</pre>\n\n:::tip\nA tip %d.\n\nMore tip.\n:::\n\n1. one\n2. two\n\n   three's text\n\n", i, i, i, i)
	}
	a, _, err := library.Parse("changelog.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Headings) != 0 {
		t.Fatalf("%d headings, want one chunk", len(a.Headings))
	}
	return a
}

// A long chunk is cut between top-level blocks only: never in code, a
// <pre>, a pre-pass block or a list item's content; and the pieces are
// the chunk.
func TestPiecesCutBetweenBlocks(t *testing.T) {
	t.Parallel()
	a := longChunk(t)
	md := newPrepass(a, Options{Width: 80}).applyChunk(a.Body, 0)
	var ps []string
	for _, p := range pieces(md) {
		if p.cont {
			t.Errorf("a piece continues a block: %q", p.md[:min(len(p.md), 80)])
		}
		ps = append(ps, p.md)
	}
	if len(ps) < 4 {
		t.Fatalf("%d pieces of %d bytes, want several", len(ps), len(md))
	}
	if strings.Join(ps, "") != md {
		t.Fatal("the pieces are not the chunk")
	}
	for i, p := range ps[1:] {
		first, _, _ := strings.Cut(p, "\n")
		if !strings.HasPrefix(first, "v1.") && !strings.HasPrefix(first, "|") && !strings.HasPrefix(first, ">") &&
			!strings.HasPrefix(first, "<pre>") && !strings.HasPrefix(first, blockMark) && !strings.HasPrefix(first, "1.") && !strings.HasPrefix(first, "* ") {
			t.Errorf("piece %d starts inside a block: %q", i+1, first)
		}
	}
}

// Cut or whole, a long chunk reads the same: the same words in the same
// order.
func TestPiecesReadAsTheWhole(t *testing.T) {
	t.Parallel()
	a := longChunk(t)
	r, err := New(Options{Width: 80, Style: "dark"})
	if err != nil {
		t.Fatal(err)
	}
	md := newPrepass(a, r.opts).applyChunk(a.Body, 0)
	whole, err := r.chunk(md) // whole
	if err != nil {
		t.Fatal(err)
	}
	cut, err := r.renderChunk(md)
	if err != nil {
		t.Fatal(err)
	}
	w, c := strings.Fields(strings.Join(whole, "\n")), strings.Fields(strings.Join(cut, "\n"))
	if strings.Join(w, " ") != strings.Join(c, " ") {
		for i := range min(len(w), len(c)) {
			if w[i] != c[i] {
				t.Fatalf("word %d: whole %q, cut %q", i, strings.Join(w[max(0, i-5):min(len(w), i+5)], " "), strings.Join(c[max(0, i-5):min(len(c), i+5)], " "))
			}
		}
		t.Fatalf("%d words whole, %d cut", len(w), len(c))
	}
}

// A block past a cap is cut inside, and reads as before: a code block
// and a list (ordered, its numbers going on) line for line, a table
// under its header again, a long line word for word.
func TestPiecesCutInsideBlocks(t *testing.T) {
	t.Parallel()
	var code, list, loose, table strings.Builder
	code.WriteString("Intro.\n\n```go\n")
	for i := range 2500 {
		fmt.Fprintf(&code, "x%d := %d\n", i, i)
		if i%700 == 0 {
			code.WriteString("\n") // a blank line inside: no cut next to it
		}
	}
	code.WriteString("```\n\nAfter.\n")
	for range 1200 {
		list.WriteString("1. item\n")
	}
	for i := range 1100 {
		fmt.Fprintf(&loose, "- item %d\n\n", i)
	}
	table.WriteString("| name | value |\n|---|---|\n")
	for i := range 2500 {
		fmt.Fprintf(&table, "| n%d | %d |\n", i, i)
	}
	line := strings.Repeat("lorem ipsum dolor ", 6000)
	var indented strings.Builder
	indented.WriteString("Intro.\n\n")
	for i := range 2500 {
		fmt.Fprintf(&indented, "    code line %d\n", i)
	}
	r, err := New(Options{Width: 60, Style: "dark"})
	if err != nil {
		t.Fatal(err)
	}
	for name, md := range map[string]string{"code": code.String(), "indented code": indented.String(), "list": list.String(), "loose list": loose.String(), "table": table.String(), "line": line} {
		ps := pieces(md)
		if len(ps) < 2 {
			t.Errorf("%s: %d piece, want it cut", name, len(ps))
			continue
		}
		whole, err := r.chunk(md)
		if err != nil {
			t.Fatal(err)
		}
		cut, err := r.renderChunk(md)
		if err != nil {
			t.Fatal(err)
		}
		switch name {
		case "table":
			for _, p := range ps {
				if !strings.HasPrefix(p.md, "| name | value |\n|---|---|\n") || p.cont {
					t.Errorf("table: a piece does not start under the header: %q", p.md[:40])
				}
			}
			if n := strings.Count(strings.Join(cut, "\n"), "name"); n != len(ps) {
				t.Errorf("table: the header is drawn %d times for %d pieces", n, len(ps))
			}
		case "line":
			if w, c := strings.Fields(strings.Join(whole, " ")), strings.Fields(strings.Join(cut, " ")); strings.Join(w, " ") != strings.Join(c, " ") {
				t.Errorf("line: the words differ cut")
			}
		default:
			if i := firstDiff(whole, cut); i >= 0 {
				t.Errorf("%s: line %d is %q cut, %q whole", name, i, at(cut, i), at(whole, i))
			}
		}
	}
}
