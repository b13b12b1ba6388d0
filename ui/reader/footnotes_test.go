package reader

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// A click on a footnote reference puts its note on the reader's first
// line; a click on the note goes back to the line that refers to it.
func TestFootnoteClickJumpsThereAndBack(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("---\ntitle: Noted\n---\n\nThe lamp is bright[^lux] and warm[^k].\n\n")
	for i := range 30 {
		fmt.Fprintf(&b, "Filler paragraph %d keeps the notes below the first screen.\n\n", i)
	}
	b.WriteString("[^lux]: Measured at medium brightness.\n[^k]: About 2700 kelvin.\n")
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"noted.md": {Data: []byte(b.String())}}})
	d := newLibDriver(t, lib, 80, 20).openSlug("noted")
	click := func(y, x int) {
		d.send(tea.MouseMsg{X: x, Y: y + d.m.reader.headerHeight(), Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
	}
	refY, refX := -1, -1
	for y, l := range d.viewportLines() {
		if i := strings.Index(plain(l), "[2]"); i >= 0 {
			refY, refX = y, len([]rune(plain(l)[:i]))+1
		}
	}
	if refY < 0 {
		t.Fatalf("no reference [2] on the first screen:\n%s", d.screenText())
	}
	click(refY, refX)
	noteY := -1
	for y, l := range d.viewportLines() {
		if strings.HasPrefix(plain(l), "[2] About 2700 kelvin") {
			noteY = y
		}
	}
	if noteY < 0 || d.m.reader.vp.YOffset == 0 {
		t.Fatalf("a click on [2] did not bring note 2 on screen:\n%s", d.screenText())
	}
	click(noteY, 2)
	if got := plain(d.viewportLines()[0]); !strings.Contains(got, "[1]") || !strings.Contains(got, "[2]") {
		t.Fatalf("after a click on note 2, the first line is %q, want the line that refers to it", got)
	}
}

func TestFootnoteTarget(t *testing.T) {
	t.Parallel()
	lines := []string{"  a [1] and [2] here", "  plain", "  ## Notes", "  [1] one", "  [2] two"}
	for _, tc := range []struct{ line, x, want int }{
		{0, 5, 3}, {0, 13, 4}, {0, 0, 3}, {1, 0, -1}, {2, 0, -1}, {3, 2, 0}, {4, 2, 0},
	} {
		if got := footnoteTarget(lines, tc.line, tc.x); got != tc.want {
			t.Errorf("line %d x %d: %d, want %d", tc.line, tc.x, got, tc.want)
		}
	}
	if footnoteTarget([]string{"a [1]", "[1] x"}, 0, 2) != -1 {
		t.Error("with no Notes heading a [1] is text, not a reference")
	}
}
