package reader

import (
	"fmt"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
)

// openHeld opens the clinic article, lets its preview arrive and holds
// back the document's render, returning it: the reader is as a person
// sees it in the first frames after Enter.
func (d *driver) openHeld() tea.Cmd { return d.openHeldSlug(seedSlug) }

func (d *driver) openHeldSlug(slug string) tea.Cmd { return d.openHeldAt(slug, Top) }

// openHeldAt is openHeldSlug at a position, as the root reopens an
// article where it was left.
func (d *driver) openHeldAt(slug string, at Position) tea.Cmd {
	d.t.Helper()
	a, _ := d.m.lib.Article(slug)
	var held []tea.Cmd
	for _, msg := range d.run(d.m.open(a, at)) { // the preview
		held = append(held, d.m.update(msg)) // which starts the render
	}
	if d.m.top() != readerScreen || d.m.reader.doc != nil {
		d.t.Fatalf("the reader is not waiting for its document (top %v)", d.m.top())
	}
	return tea.Batch(held...)
}

// seedDoc is the clinic article rendered whole at the reader's width.
func (d *driver) seedDoc() *render.Document {
	d.t.Helper()
	r, err := render.New(render.Options{Width: d.m.reader.vp.Width, Style: "dark"})
	if err != nil {
		d.t.Fatal(err)
	}
	doc, err := r.Render(d.m.reader.art)
	if err != nil {
		d.t.Fatal(err)
	}
	return doc
}

// The first frame after Enter already shows the article's first screen,
// line for line as the document will; scrolling it carries over when
// the document arrives.
func TestOpenShowsFirstScreenBeforeDocument(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	held := d.openHeld()
	if d.m.reader.preview == nil {
		t.Fatal("no preview")
	}
	doc := d.seedDoc()
	h := d.m.reader.vp.Height
	if got, want := plainLines(d.viewportLines()), plainLines(doc.Lines[:h]); !reflect.DeepEqual(got, want) {
		t.Fatalf("first screen differs from the document's:\n%s", strings.Join(got, "\n"))
	}
	if s := d.screenText(); !strings.Contains(s, "This guide explains") || strings.Contains(s, "Rendering…") {
		t.Errorf("first frame:\n%s", s)
	}
	r := d.m.keys.Reader
	d.press(r.Down, r.Down, r.Down)
	d.send(d.run(held)...)
	if d.m.reader.doc == nil || d.m.reader.preview != nil {
		t.Fatal("the document did not replace the preview")
	}
	if got := d.m.reader.vp.YOffset; got != 3 {
		t.Errorf("after 3 lines down in the preview, the document is at line %d", got)
	}
}

// A heading in the preview is reached at once; one beyond it waits for
// the document, the status line says so, and the jump lands when the
// document arrives.
func TestJumpBeforeRendered(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	held := d.openHeld()
	w := d.m.reader.preview
	d.press(d.m.keys.Reader.NextHeading)
	if got := d.m.reader.after(); got != w.Headings[1] || d.m.reader.pending != nil {
		t.Fatalf("] in the preview: line %d, want %d (pending %v)", got, w.Headings[1], d.m.reader.pending)
	}
	d.press(d.m.keys.Reader.Contents).filter("booking and next steps").press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.pending == nil {
		t.Fatal("a jump past the preview is not waiting")
	}
	if s := d.screenText(); !strings.Contains(s, "rendering… the jump follows") {
		t.Errorf("the status line does not say the jump waits:\n%s", s)
	}
	d.send(d.run(held)...)
	booking := len(d.m.reader.art.Headings) - 3
	if d.m.reader.pending != nil || d.m.reader.art.Headings[booking].Text != "Booking and next steps" {
		t.Fatal("the jump is still waiting")
	}
	if err := d.headingOnTop(booking); err != nil {
		t.Fatal(err)
	}
}

// A question beyond the preview waits for the document too.
func TestQuestionBeforeRendered(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	held := d.openHeld()
	d.press(d.m.keys.Reader.NextQuestion)
	if d.m.reader.pending == nil {
		t.Fatal("} past the preview is not waiting")
	}
	d.send(d.run(held)...)
	if got, want := d.m.reader.vp.YOffset, d.m.reader.doc.FAQs[0][0]; got != want {
		t.Fatalf("} landed on line %d, want the first question at %d", got, want)
	}
}

// Reopening an article in the middle previews from there.
func TestReopenPreviewsFromPosition(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	d.press(d.m.keys.Reader.Contents).filter("protocol design errors").press(d.m.keys.List.Open)
	d.press(d.m.keys.Reader.Down)
	want, at := d.m.reader.vp.YOffset, d.m.reader.Position()
	d.m.cache = NewCache() // forget the document: the reader must render again
	held := d.openHeldAt(seedSlug, at)
	doc := d.seedDoc()
	w := d.m.reader.preview
	if w.First != 21 {
		t.Fatalf("preview starts at chunk %d, want 21 (heading 20)", w.First)
	}
	if got, want := plainLines(d.viewportLines()), plainLines(doc.Lines[want:want+d.m.reader.vp.Height]); !reflect.DeepEqual(got, want) {
		t.Fatalf("preview shows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d.send(d.run(held)...)
	if got := d.m.reader.vp.YOffset; got != want {
		t.Fatalf("document at %d, want %d", got, want)
	}
}

func plainLines(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = strings.TrimRight(l, " ")
	}
	return out
}

// A render for the old width, arriving after a resize while the preview
// showed, is dropped; the new width's document is shown.
func TestStaleRenderDroppedAfterPreview(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	held := d.openHeld()
	d.send(tea.WindowSizeMsg{Width: 60, Height: 24})
	doc := d.m.reader.doc
	if doc == nil || doc.Options.Width != 60 {
		t.Fatal("no document at the new width")
	}
	d.send(d.run(held)...)
	if d.m.reader.doc != doc {
		t.Fatal("the render for the old width replaced the document")
	}
}

// A long article without headings previews only its start (the preview
// is cut); a place scrolled to in it is the document's same line.
func TestCutPreviewKeepsLine(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 600 {
		fmt.Fprintf(&b, "Paragraph %d of a long plain article, with words enough to wrap at eighty columns and more.\n\n", i)
	}
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"long.md": {Data: []byte(b.String())}}})
	d := newLibDriver(t, lib, 80, 24)
	held := d.openHeldSlug(lib.Articles[0].Slug)
	w := d.m.reader.preview
	if w == nil || !w.Cut {
		t.Fatal("no cut preview")
	}
	r := d.m.keys.Reader
	for range 5 {
		d.press(r.Down)
	}
	want := plain(d.viewportLines()[0])
	d.send(d.run(held)...)
	if got := d.m.reader.vp.YOffset; got != 5 || plain(d.viewportLines()[0]) != want {
		t.Fatalf("document at line %d reading %q, want line 5 reading %q", got, plain(d.viewportLines()[0]), want)
	}
}

// Update renders nothing: opening returns with neither preview nor
// document, the preview comes as a message for its article and width,
// a late one for another width is dropped, and the document's render
// starts only when the preview for the width wanted is in.
func TestPreviewArrivesAsMessage(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	a, _ := d.m.lib.Article(seedSlug)
	cmd := d.m.open(a, Top)
	if d.m.reader.preview != nil || d.m.reader.doc != nil {
		t.Fatal("Update rendered")
	}
	first := d.run(cmd)
	if len(first) != 1 {
		t.Fatalf("opening sent %d messages, want the preview alone", len(first))
	}
	if _, ok := first[0].(PreviewMsg); !ok {
		t.Fatalf("opening sent %T, want a PreviewMsg", first[0])
	}
	resized := d.m.update(tea.WindowSizeMsg{Width: 60, Height: 24})
	if late := d.m.update(first[0]); late != nil || d.m.reader.preview != nil {
		t.Fatal("the preview for the old width was shown, or started a render")
	}
	next := d.run(resized)
	if len(next) != 1 {
		t.Fatalf("the resize sent %d messages, want its preview alone", len(next))
	}
	render := d.m.update(next[0])
	if w := d.m.reader.preview; w == nil || w.Options.Width != 60 {
		t.Fatal("the preview for the new width is not shown")
	}
	done := d.run(render)
	if len(done) != 1 {
		t.Fatalf("the preview started %d commands' messages, want the render's", len(done))
	}
	if r, ok := done[0].(RenderedMsg); !ok || r.key.width != 60 {
		t.Fatalf("after the preview came %T, want the document at 60 columns", done[0])
	}
}
