package reader

import (
	"strings"
	"testing"

	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/render"
)

// G while the document renders waits, says so, and lands at the end when
// the document arrives (issue 16 §8: it used to land at 0%).
func TestBottomBeforeRendered(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	held := d.openHeld()
	d.press(d.m.keys.Reader.Bottom)
	if d.m.reader.pending == nil || !d.m.reader.pending.end {
		t.Fatalf("G in the preview is not waiting for the end (pending %v)", d.m.reader.pending)
	}
	if s := d.screenText(); !strings.Contains(s, "rendering… the jump follows") {
		t.Errorf("the status line does not say the jump waits:\n%s", s)
	}
	d.send(d.run(held)...)
	if !d.m.reader.vp.AtBottom() || !strings.Contains(d.screenText(), "100%") {
		t.Fatalf("G before the render did not land at the end:\n%s", d.screenText())
	}
}

// The preview and the document answer the same jumps the same way: for
// every line of a preview, the next and previous heading and question
// are the document's, or lie beyond the preview (then the jump waits).
func TestPreviewNavigatesLikeDocument(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	a, _ := lib.Article(seedSlug)
	r, err := render.New(render.Options{Width: 80, Style: "notty"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := r.Render(a)
	if err != nil {
		t.Fatal(err)
	}
	for _, first := range []int{0, 3} {
		w, err := r.Window(a, first, 60, previewBudget)
		if err != nil {
			t.Fatal(err)
		}
		base := 0
		if first > 0 {
			base = doc.Headings[first-1]
		}
		win, full := windowLayout{a, w}, docLayout{doc}
		for line := range w.Lines {
			checks := []struct {
				name     string
				got, all option[Position]
			}{
				{"next heading", nextHeading(win, line, len(a.Headings)), nextHeading(full, base+line, len(a.Headings))},
				{"previous heading", prevHeading(win, line), prevHeading(full, base+line)},
				{"next question", nearQuestion(win, line, true), nearQuestion(full, base+line, true)},
				{"previous question", nearQuestion(win, line, false), nearQuestion(full, base+line, false)},
			}
			for _, c := range checks {
				if c.got.ok != c.all.ok {
					t.Fatalf("chunk %d line %d: %s: preview %v, document %v", first, line, c.name, c.got, c.all)
				}
				p, ok := c.got.get()
				if !ok {
					continue
				}
				if l, in := win.land(p); in && base+l != c.all.v.line(doc) {
					t.Errorf("chunk %d line %d: %s lands on line %d in the preview, %d in the document", first, line, c.name, base+l, c.all.v.line(doc))
				}
			}
		}
	}
}

// jumpHeading and jumpQuestion name one place each.
func TestJumpMsgPosition(t *testing.T) {
	t.Parallel()
	cases := []struct {
		msg  common.JumpMsg
		want Position
	}{
		{common.JumpHeading(4), Position{heading: 4}},
		{common.JumpHeading(aboveHeadings), Top},
		{common.JumpQuestion(1, 2), Position{heading: aboveHeadings, question: some(faqRef{1, 2})}},
		{common.JumpQuestion(0, 0), Position{heading: aboveHeadings, question: some(faqRef{0, 0})}},
	}
	for _, c := range cases {
		if got := jumpPosition(c.msg); got != c.want {
			t.Errorf("%+v: %+v, want %+v", c.msg, got, c.want)
		}
	}
}
