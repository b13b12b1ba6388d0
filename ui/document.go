package ui

import (
	"runtime"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/render"
	"github.com/muesli/termenv"
)

// renderCmd renders an article off the update loop, on every processor.
// It captures only plain values (the article is never written after
// loading) and builds its own renderers, since a Renderer is not safe
// for concurrent use.
func renderCmd(a *library.Article, k docKey, profile termenv.Profile) tea.Cmd {
	return func() tea.Msg {
		o := render.Options{Width: k.width, Style: k.style, Color: k.color, Profile: profile, Hyperlinks: k.links, Images: k.images, PictureRows: k.rows}
		d, err := render.RenderParallel(o, a, runtime.GOMAXPROCS(0))
		return renderedMsg{key: k, doc: d, err: err}
	}
}

// docCache keeps rendered documents for the session, so reopening an
// article or returning to a width shows at once. It is used from Update
// only.
type docCache struct {
	docs  map[docKey]*render.Document
	order []docKey
	revs  map[string]int // per slug: how many times its file was read again
}

// bump makes the documents of slug stale: its file was read again.
func (c *docCache) bump(slug string) {
	if c.revs == nil {
		c.revs = map[string]int{}
	}
	c.revs[slug]++
}

func (c *docCache) rev(slug string) int { return c.revs[slug] }

const docCacheSize = 32

func newDocCache() *docCache { return &docCache{docs: map[docKey]*render.Document{}} }

func (c *docCache) get(k docKey) *render.Document { return c.docs[k] }

func (c *docCache) put(k docKey, d *render.Document) {
	if _, ok := c.docs[k]; ok || d == nil {
		return
	}
	if len(c.order) == docCacheSize {
		delete(c.docs, c.order[0])
		c.order = c.order[1:]
	}
	c.docs[k] = d
	c.order = append(c.order, k)
}

// position is a place in an article that survives re-rendering at
// another width: a heading (or an FAQ question written as a bold line)
// and how far below it, as a share of its section; or the article's end.
type position struct {
	heading     int            // the section: a heading's index, or aboveHeadings for the text before the first
	question    option[faqRef] // a question written as a bold line: the position is its line
	end         bool           // the article's last line
	delta, span int            // lines below the heading; the section's length then (0: unknown)
}

// aboveHeadings is the section before an article's first heading, as
// render.Document.HeadingAt numbers it.
const aboveHeadings = -1

var articleTop = position{heading: aboveHeadings}

// positionAt is the position of a document line.
func positionAt(a *library.Article, d *render.Document, line int) position {
	for s, qs := range d.FAQs {
		for q, l := range qs {
			if l == line && s < len(a.FAQs) && q < len(a.FAQs[s].Questions) && a.FAQs[s].Questions[q].Heading < 0 {
				return position{heading: aboveHeadings, question: some(faqRef{s, q})}
			}
		}
	}
	h := d.HeadingAt(line)
	start, end := sectionBounds(d, h)
	return position{heading: h, delta: line - start, span: end - start}
}

// line is where the position lands in a document.
func (p position) line(d *render.Document) int {
	if r, ok := p.question.get(); ok && r.section >= 0 && r.section < len(d.FAQs) && r.question >= 0 && r.question < len(d.FAQs[r.section]) {
		return d.FAQs[r.section][r.question]
	}
	if p.end {
		return max(0, len(d.Lines)-1)
	}
	if p.heading >= len(d.Headings) {
		return 0
	}
	start, end := sectionBounds(d, p.heading)
	switch {
	case p.delta <= 0:
		return start
	case p.span <= 0: // a saved offset, in lines at some other width
		return start + min(p.delta, max(0, end-start-1))
	}
	return start + min(p.delta*(end-start)/p.span, max(0, end-start-1))
}

// sectionBounds is the line range from heading h (or the document's
// top for -1) to the next heading.
func sectionBounds(d *render.Document, h int) (start, end int) {
	if h >= 0 {
		start = d.Headings[h]
	}
	end = len(d.Lines)
	if h+1 < len(d.Headings) {
		end = d.Headings[h+1]
	}
	return start, end
}

// questionLines lists the line of every FAQ question in order.
func questionLines(d *render.Document) []int {
	var out []int
	for _, qs := range d.FAQs {
		out = append(out, qs...)
	}
	return out
}

// questionAt is the flat index of the FAQ question whose answer holds
// line, or -1.
func questionAt(d *render.Document, line int) int {
	qs := questionLines(d)
	h := d.HeadingAt(line)
	for i := len(qs) - 1; i >= 0; i-- {
		if qs[i] <= line {
			if h >= 0 && d.Headings[h] > qs[i] {
				return -1 // a later, non-question heading starts before line
			}
			return i
		}
	}
	return -1
}

// jumpPosition is where a jump goes: the question when one is named,
// else the heading.
func jumpPosition(j common.JumpMsg) position {
	if j.Section >= 0 && j.Question >= 0 {
		return position{heading: aboveHeadings, question: some(faqRef{j.Section, j.Question})}
	}
	return position{heading: j.Heading}
}
