package reader

import (
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/render"
)

// Position is a place in an article that survives re-rendering at
// another width: a heading (or an FAQ question written as a bold line)
// and how far below it, as a share of its section; or the article's end.
type Position struct {
	heading     int            // the section: a heading's index, or aboveHeadings for the text before the first
	question    option[faqRef] // a question written as a bold line: the Position is its line
	end         bool           // the article's last line
	delta, span int            // lines below the heading; the section's length then (0: unknown)
}

// aboveHeadings is the section before an article's first heading, as
// render.Document.HeadingAt numbers it.
const aboveHeadings = -1

var Top = Position{heading: aboveHeadings}

// positionAt is the Position of a document line.
func positionAt(a *library.Article, d *render.Document, line int) Position {
	for s, qs := range d.FAQs {
		for q, l := range qs {
			if l == line && s < len(a.FAQs) && q < len(a.FAQs[s].Questions) && a.FAQs[s].Questions[q].Heading < 0 {
				return Position{heading: aboveHeadings, question: some(faqRef{s, q})}
			}
		}
	}
	h := d.HeadingAt(line)
	start, end := sectionBounds(d, h)
	return Position{heading: h, delta: line - start, span: end - start}
}

// line is where the Position lands in a document.
func (p Position) line(d *render.Document) int {
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
func jumpPosition(j common.JumpMsg) Position {
	if j.Section >= 0 && j.Question >= 0 {
		return Position{heading: aboveHeadings, question: some(faqRef{j.Section, j.Question})}
	}
	return Position{heading: j.Heading}
}

// statePosition is where line of d is, as the state file keeps it: the
// heading whose section holds it and how many lines below the heading.
// Before the first heading the anchor and text are empty and the offset
// counts from the top. nil is the top of the article.
func statePosition(a *library.Article, d *render.Document, line int) *state.Position {
	h := d.HeadingAt(line)
	if h < 0 || h >= len(a.Headings) {
		if line <= 0 {
			return nil
		}
		return &state.Position{Offset: line}
	}
	hd := a.Headings[h]
	return &state.Position{Anchor: hd.Anchor, Heading: hd.Text, Index: h, Offset: max(0, line-d.Headings[h])}
}

// SavedPosition is where a saved Position lands in a: the heading with the
// same anchor, else the same text, else the same index, and the saved
// offset below it (clamped to the section when rendered).
func SavedPosition(a *library.Article, p *state.Position) Position {
	if p == nil {
		return Top
	}
	h := aboveHeadings
	if p.Anchor != "" || p.Heading != "" {
		h = findHeading(a, p)
		if h < 0 {
			return Top
		}
	}
	return Position{heading: h, delta: p.Offset}
}

func findHeading(a *library.Article, p *state.Position) int {
	for i, h := range a.Headings {
		if p.Anchor != "" && h.Anchor == p.Anchor {
			return i
		}
	}
	for i, h := range a.Headings {
		if p.Heading != "" && h.Text == p.Heading {
			return i
		}
	}
	if p.Index >= 0 && p.Index < len(a.Headings) {
		return p.Index
	}
	return -1
}
