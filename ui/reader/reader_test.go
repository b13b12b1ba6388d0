package reader

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// headingOnTop checks that heading i is the viewport's first line, or
// that the viewport stopped at the bottom with the heading in view.
func (d *driver) headingOnTop(i int) error {
	r := d.m.reader
	ln := r.doc.Headings[i]
	text := r.art.Headings[i].Text
	if r.vp.YOffset != ln {
		if r.vp.AtBottom() && ln > r.vp.YOffset && ln < r.vp.YOffset+r.vp.Height {
			return nil
		}
		return fmt.Errorf("heading %d %q: top line %d, want %d (bottom %v)", i, text, r.vp.YOffset, ln, r.vp.AtBottom())
	}
	first := plain(d.viewportLines()[0])
	if first == "" || !strings.HasPrefix(strings.Join(strings.Fields(text), " "), first) {
		return fmt.Errorf("heading %d %q: first line reads %q", i, text, first)
	}
	return nil
}

func TestReaderHeaderAndStatus(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	s := d.screenText()
	for _, want := range []string{"Exosomes vs PRP Treatment: Which Is Better", "Jennifer Eze · 2026-02-02 · Skin Rejuvenation · 11 min read",
		"Tags: Exosomes · PRP Treatment", "§ Exosomes vs PRP treatment: what should you choose?", "0%"} {
		if !strings.Contains(s, want) {
			t.Errorf("reader lacks %q:\n%s", want, s)
		}
	}
	d.press(d.m.keys.Reader.Bottom)
	if s := d.screenText(); !strings.Contains(s, "100%") || !strings.Contains(s, "§ Booking and next steps") {
		t.Errorf("at the bottom:\n%s", s)
	}
}

func TestReaderScrollKeys(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	r := d.m.keys.Reader
	h := d.m.reader.vp.Height
	for _, step := range []struct {
		b    key.Binding
		want int
	}{
		{r.Down, 1}, {r.Down, 2}, {r.Up, 1}, {r.HalfDown, 1 + h/2}, {r.HalfUp, 1},
		{r.PageDown, 1 + h}, {r.PageUp, 1}, {r.Top, 0},
	} {
		d.press(step.b)
		if got := d.m.reader.vp.YOffset; got != step.want {
			t.Fatalf("after %s: top %d, want %d", step.b.Help().Key, got, step.want)
		}
	}
	d.press(r.Bottom)
	if !d.m.reader.vp.AtBottom() {
		t.Fatal("G did not reach the bottom")
	}
	d.send(tea.MouseMsg{Action: tea.MouseActionPress, Button: tea.MouseButtonWheelUp})
	if d.m.reader.vp.AtBottom() {
		t.Fatal("wheel up did not scroll")
	}
}

// The viewport's own keys (f, h) must not scroll: folio decides (l
// lists the links; d and u are folio's half pages, as in less).
func TestReaderIgnoresViewportDefaultKeys(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	half := d.m.reader.vp.Height / 2
	d.send(keyMsg(t, "d"))
	if d.m.reader.vp.YOffset != half {
		t.Fatalf("d moved the reader to %d, want half a page, %d", d.m.reader.vp.YOffset, half)
	}
	d.send(keyMsg(t, "u"))
	if d.m.reader.vp.YOffset != 0 {
		t.Fatalf("u moved the reader to %d, want 0", d.m.reader.vp.YOffset)
	}
	for _, k := range []string{"h", "x"} {
		d.send(keyMsg(t, k))
		if d.m.reader.vp.YOffset != 0 || d.m.top() != readerScreen {
			t.Fatalf("%q moved the reader to %d (top %v)", k, d.m.reader.vp.YOffset, d.m.top())
		}
	}
	d.send(keyMsg(t, "f"))
	if d.m.top() != faqScreen {
		t.Fatalf("f opened %v, want the FAQ", d.m.top())
	}
}

func TestNextPrevHeading(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	r := d.m.keys.Reader
	for i := 1; i < 6; i++ {
		d.press(r.NextHeading)
		if err := d.headingOnTop(i); err != nil {
			t.Fatalf("] #%d: %v", i, err)
		}
	}
	d.press(r.PrevHeading, r.PrevHeading)
	if err := d.headingOnTop(3); err != nil {
		t.Fatalf("[[: %v", err)
	}
	// At the bottom, [ goes above the top line and ] walks on through the
	// headings already in view, naming each in the status line.
	d.press(r.Bottom)
	above := d.m.reader.doc.HeadingAt(d.m.reader.vp.YOffset - 1)
	d.press(r.PrevHeading)
	if err := d.headingOnTop(above); err != nil {
		t.Fatalf("G then [: %v", err)
	}
	for i := above + 1; i < 47; i++ {
		d.press(r.NextHeading)
		if err := d.headingOnTop(i); err != nil {
			t.Fatalf("] at the end: %v", err)
		}
		if want := "§ " + d.m.reader.art.Headings[i].Text; !strings.Contains(d.screenText(), want) {
			t.Fatalf("status lacks %q", want)
		}
	}
}

func TestNextPrevQuestion(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	r := d.m.keys.Reader
	doc := d.m.reader.doc
	d.press(r.NextQuestion)
	if got := d.m.reader.vp.YOffset; got != doc.FAQs[0][0] {
		t.Fatalf("} from the top: line %d, want the first question at %d", got, doc.FAQs[0][0])
	}
	d.press(r.NextQuestion, r.NextQuestion, r.PrevQuestion)
	if got := d.m.reader.vp.YOffset; got != doc.FAQs[0][1] {
		t.Fatalf("}}{: line %d, want %d", got, doc.FAQs[0][1])
	}
	if !strings.HasPrefix(plain(d.viewportLines()[0]), "Is stronger always better?") {
		t.Fatalf("first line %q", plain(d.viewportLines()[0]))
	}
}

func TestTOCJumpAndCurrentMark(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 100, 30).openSeed()
	d.press(d.m.keys.Reader.Contents).filter("risks, safety").press(d.m.keys.List.Open)
	if d.m.top() != readerScreen {
		t.Fatalf("top %v after choosing a heading", d.m.top())
	}
	if err := d.headingOnTop(13); err != nil {
		t.Fatal(err)
	}
	if s := d.screenText(); strings.Contains(s, "Longevity depends") {
		t.Errorf("the previous section is still on screen:\n%s", s)
	}
	d.press(d.m.keys.Reader.NextHeading)
	if err := d.headingOnTop(14); err != nil {
		t.Fatal(err)
	}
	// The contents mark and select the section being read.
	d.press(d.m.keys.Reader.Contents)
	it, ok := d.m.toc.list.Selected().(tocItem)
	if !ok || it.heading != 14 || !it.current {
		t.Fatalf("contents open on %+v, want heading 14 marked", it)
	}
	if !strings.Contains(d.screenText(), "▸ Why outcomes vary between individuals") {
		t.Errorf("current section not marked:\n%s", d.screenText())
	}
}

// An item of the article's own table of contents, clicked, jumps to its
// heading; and its wording finds the heading in the contents filter.
func TestInBodyContentsResolve(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	doc, a := d.m.reader.doc, d.m.reader.art
	d.m.reader.goTo(doc.Headings[1]) // "Table of contents"
	for y, l := range d.viewportLines() {
		if plain(l) == "• Risks, safety and contraindications" {
			d.send(tea.MouseMsg{X: 4, Y: y + d.m.reader.headerHeight(), Action: tea.MouseActionPress, Button: tea.MouseButtonLeft})
			if err := d.headingOnTop(13); err != nil {
				t.Fatal(err)
			}
			return
		}
	}
	t.Fatalf("no contents line for Risks in view; contents %+v", a.Contents)
}

func TestFAQListAndJump(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 100, 30).openSeed()
	d.press(d.m.keys.Reader.FAQ)
	s := d.screenText()
	for _, want := range []string{"FAQ", "18 questions", "Client FAQ for exosomes and PRP planning", "Extended FAQ: deeper comparison points", "Is stronger always better?"} {
		if !strings.Contains(s, want) {
			t.Errorf("FAQ lacks %q:\n%s", want, s)
		}
	}
	d.filter("stronger always").press(d.m.keys.List.Open)
	if d.m.top() != readerScreen {
		t.Fatalf("top %v", d.m.top())
	}
	if got := plain(d.viewportLines()[0]); got != "Is stronger always better?" {
		t.Fatalf("first line %q", got)
	}
	if strings.Contains(d.screenText(), "Can one treatment replace all other") {
		t.Errorf("the previous question is still on screen")
	}
	// Enter on a section title jumps to that section's heading.
	d.press(d.m.keys.Reader.FAQ)
	d.filter("extended faq").press(d.m.keys.List.Open)
	if err := d.headingOnTop(33); err != nil {
		t.Fatal(err)
	}
}

func TestNoFAQ(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSlug(reviewSlug)
	d.press(d.m.keys.Reader.FAQ)
	if d.m.top() != faqScreen || !strings.Contains(d.screenText(), "This article has no FAQ") {
		t.Fatalf("no-FAQ screen:\n%s", d.screenText())
	}
	d.press(d.m.keys.List.Open, d.m.keys.List.Filter)
	if d.m.top() != faqScreen {
		t.Fatalf("keys on an empty FAQ moved to %v", d.m.top())
	}
}

func TestResizeKeepsHeading(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	d.press(d.m.keys.Reader.Contents).filter("protocol design errors").press(d.m.keys.List.Open)
	if err := d.headingOnTop(20); err != nil {
		t.Fatal(err)
	}
	for _, size := range [][2]int{{60, 20}, {120, 40}, {45, 15}, {300, 60}, {80, 24}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if d.m.reader.doc.Options.Width != d.m.reader.vp.Width {
			t.Fatalf("%v: document is %d wide, viewport %d", size, d.m.reader.doc.Options.Width, d.m.reader.vp.Width)
		}
		if err := d.headingOnTop(20); err != nil {
			t.Fatalf("%v: %v", size, err)
		}
	}
}

func TestStaleRenderDropped(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	doc := d.m.reader.doc
	other := *doc
	other.Lines = []string{"stale"}
	stale := d.m.reader.want
	stale.width = 61
	d.send(RenderedMsg{key: stale, doc: &other})
	wrongArticle := d.m.reader.want
	wrongArticle.slug = reviewSlug
	d.send(RenderedMsg{key: wrongArticle, doc: &other})
	if d.m.reader.doc != doc || d.m.reader.vp.TotalLineCount() != len(d.m.reader.lines) || d.m.reader.lines[0] != doc.Lines[0] {
		t.Fatal("a render for another width or article replaced the document")
	}
}

func TestWideMode(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 200, 40).openSeed()
	if w := d.m.reader.doc.Options.Width; w != readableWidth {
		t.Fatalf("reader renders %d wide in a 200-column window, want %d", w, readableWidth)
	}
	lines := strings.Split(d.m.View(), "\n")
	if !strings.HasPrefix(lines[0], strings.Repeat(" ", 50)) {
		t.Errorf("reader is not centred: %q", lines[0])
	}
	d.press(d.m.keys.Reader.Wide)
	if w := d.m.reader.doc.Options.Width; w != 200 {
		t.Fatalf("wide reader renders %d wide, want 200", w)
	}
}
