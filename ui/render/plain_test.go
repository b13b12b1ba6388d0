package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// Past the render budget an article is shown as written, under a note
// saying so: every word still there, its headings placed, serially and
// in parallel alike.
func TestPastTheBudgetShownAsWritten(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 40 {
		fmt.Fprintf(&b, "## Part %d\n\n", i)
		for j := range 30 {
			fmt.Fprintf(&b, "- item %d.%d with **bold** words\n", i, j)
		}
		b.WriteString("\n")
	}
	a := parse(t, b.String())
	for _, color := range []bool{false, true} {
		o := Options{Width: 60, Style: "dark", Color: color, Profile: termenv.TrueColor, budget: 600}
		d := renderAt(t, a, o)
		par, err := RenderParallel(o, a, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(d.Lines, par.Lines) || !slices.Equal(d.Headings, par.Headings) {
			t.Fatalf("colour %v: serial and parallel differ", color)
		}
		text := ansi.Strip(d.String())
		note := strings.Index(text, "too long to draw in full")
		if note < 0 || strings.Count(text, "too long to draw in full") != 1 {
			t.Fatalf("colour %v: no note, or more than one:\n%s", color, text)
		}
		if !strings.Contains(text[:note], "• item 0.0 with bold words") {
			t.Errorf("colour %v: the start is not drawn", color)
		}
		if !strings.Contains(text[note:], "- item 39.29 with **bold** words") || !strings.Contains(text[note:], "## Part 39") {
			t.Errorf("colour %v: the end is not shown as written:\n%s", color, text[len(text)-300:])
		}
		for i, h := range a.Headings {
			if got := ansi.Strip(d.Lines[d.Headings[i]]); !strings.Contains(got, h.Text) {
				t.Errorf("colour %v: heading %q placed on %q", color, h.Text, got)
			}
		}
		for _, l := range d.Lines {
			if w := ansi.StringWidth(l); w > o.Width {
				t.Errorf("colour %v: a line of %d cells: %q", color, w, l)
			}
		}
	}
	if d := renderAt(t, a, Options{Width: 60, Style: "dark"}); strings.Contains(d.String(), "too long") {
		t.Error("the article is cut within the real budget")
	}
}

// The cost of markdown grows with what glamour draws for it: blank lines
// nothing, wide text and nesting more.
func TestCost(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		md   string
		want int
	}{
		{"a line\n\n\n", 3},
		{"<div>x</div>", 2},
		{"a *b* `c` [d](https://e.f)", 3},
		{strings.Repeat("x", 200), 3},
		{"## heading", 3},
		{"| a | b |", 3},
		{"- item", 1},
		{"> > > > deep", 9},
		{"```\ncode\n```", 2*colorCodeCost + 1},
		{strings.Repeat("漢", 40), 4},
	} {
		if got := cost(tc.md, 80, colorCodeCost); got != tc.want {
			t.Errorf("cost(%q) = %d, want %d", tc.md, got, tc.want)
		}
	}
}
