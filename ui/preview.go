package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
)

// While an article's whole document renders in the background, the
// reader shows a preview: the chunks that fill its first screen, from
// where it opens, rendered at once in Update. Their lines are the
// document's own, so nothing moves when the document arrives.

const (
	previewBudget = 8 << 10 // markdown rendered for a preview: a few milliseconds
	previewSlack  = 10      // lines rendered beyond the screen
)

// startPreview renders the first screen at the position the reader
// opens on, when there is no document to show yet.
func (m *readerModel) startPreview() {
	if m.doc != nil || m.preview != nil && m.preview.Options.Width == m.vp.Width {
		return
	}
	at := m.start
	if m.preview != nil {
		at = m.previewPosition() // the window changed while previewing
	}
	r, err := render.New(render.Options{Width: m.want.width, Style: m.want.style, Color: m.want.color, Profile: m.opts.Profile, Images: m.want.images})
	if err != nil {
		return // the document's render reports it
	}
	need := m.vp.Height + previewSlack + max(0, at.delta)
	w, err := r.Window(m.art, windowChunk(m.art, at), need, previewBudget)
	if err != nil {
		return
	}
	m.preview = w
	m.vp.SetContent(strings.Join(w.Lines, "\n"))
	line, _ := previewLine(m.art, w, at)
	m.goTo(line)
}

// windowChunk is the chunk a preview of position p starts at.
func windowChunk(a *library.Article, p position) int {
	if p.section >= 0 && p.section < len(a.FAQs) {
		sec := a.FAQs[p.section]
		if p.question >= 0 && p.question < len(sec.Questions) && sec.Questions[p.question].Heading >= 0 {
			return sec.Questions[p.question].Heading + 1
		}
		return sec.Heading + 1
	}
	if p.heading >= 0 && p.heading < len(a.Headings) {
		return p.heading + 1
	}
	return 0
}

// previewLine is where position p lands in the window, and whether the
// window holds it.
func previewLine(a *library.Article, w *render.Window, p position) (int, bool) {
	if p.section >= 0 {
		return w.Question(a, p.section, p.question)
	}
	start, end, ok := w.Section(p.heading)
	if !ok {
		return 0, false
	}
	if p.delta <= 0 || p.span <= 0 {
		return start, true
	}
	return start + min(p.delta*(end-start)/p.span, max(0, end-start-1)), true
}

// previewPosition is the position at the top of the preview, to carry
// into the document.
func (m readerModel) previewPosition() position {
	w, line := m.preview, m.after()
	if m.pending != nil {
		return *m.pending
	}
	h := w.HeadingAt(line)
	start, end, ok := w.Section(h)
	if !ok {
		return m.start
	}
	return position{heading: h, section: -1, question: -1, delta: line - start, span: end - start}
}

// previewJump goes to a jump's target when the preview holds it; else
// the jump waits for the document, and the status line says so.
func (m *readerModel) previewJump(at position) {
	if l, ok := previewLine(m.art, m.preview, at); ok {
		m.goTo(l)
		m.pending = nil
		return
	}
	m.pending = &at
}

// previewKey scrolls the preview and moves between its headings and
// questions; one beyond it waits for the document.
func (m readerModel) previewKey(msg tea.KeyMsg) readerModel {
	if m.preview == nil {
		return m
	}
	k, w, after := m.keys, m.preview, m.after()
	switch {
	case key.Matches(msg, k.NextHeading):
		if h := w.HeadingAt(after) + 1; h < len(m.art.Headings) {
			m.previewJump(position{heading: h, section: -1, question: -1})
		}
	case key.Matches(msg, k.PrevHeading):
		h := w.HeadingAt(after)
		if start, _, ok := w.Section(h); !ok || start >= after {
			h-- // at its top already: the one before
		}
		if h >= -1 {
			m.previewJump(position{heading: h, section: -1, question: -1})
		}
	case key.Matches(msg, k.NextQuestion, k.PrevQuestion):
		if at, ok := previewQuestion(m.art, w, after, key.Matches(msg, k.NextQuestion)); ok {
			m.previewJump(at)
		}
	default:
		m.scroll(msg)
	}
	return m
}

// previewQuestion is the FAQ question after (or before) line, in the
// preview or beyond it.
func previewQuestion(a *library.Article, w *render.Window, line int, next bool) (position, bool) {
	var found position
	ok := false
	for s, sec := range a.FAQs {
		for q, fq := range sec.Questions {
			l, in := w.Question(a, s, q)
			where := w.Where(fq.Offset)
			if next && !ok && (in && l > line || !in && where > 0) || !next && (in && l < line || !in && where < 0) {
				found, ok = position{heading: -1, section: s, question: q}, true
			}
		}
	}
	return found, ok
}

// previewLanding is where the reader lands in the document that
// replaces its preview: where a waiting jump goes; the exact place it
// opened at, when it has not moved; or the line it was on in the
// preview, which is the document's own line at the same width.
func (m readerModel) previewLanding(d *render.Document) (int, bool) {
	w := m.preview
	switch {
	case w == nil:
		return 0, false
	case m.pending != nil:
		return m.pending.line(d), true
	case m.unmovedInPreview():
		return m.start.line(d), true
	case w.Options.Width != d.Options.Width:
		return m.previewPosition().line(d), true
	}
	base := 0
	if w.First > 0 {
		base = d.Headings[w.First-1]
	}
	return base + m.after(), true
}

// unmovedInPreview reports that the reader still shows the preview where
// it opened, so the document should open at the exact starting place
// (the preview's partial sections would misjudge a place inside one).
func (m readerModel) unmovedInPreview() bool {
	l, ok := previewLine(m.art, m.preview, m.start)
	return ok && m.pending == nil && l == m.after()
}
