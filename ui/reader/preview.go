package reader

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
)

// While an article's whole document renders in the background, the
// reader shows a preview: the chunks that fill its first screen, from
// where it opens. Both are rendered by commands, never in Update, and
// each result names the article, width and style it was made for, so a
// late one is dropped. The preview comes first: the document's render
// starts when it arrives, so the preview has the processors to itself
// and the first screen is on screen as soon as Update rendered it before
// (BenchmarkOpenFirstScreen). Its lines are the document's own, so
// nothing moves when the document arrives. Navigation is the same on
// both: navigator.go.

const (
	previewBudget = 8 << 10 // markdown rendered for a preview: a few milliseconds
	previewSlack  = 10      // lines rendered beyond the screen
)

// PreviewMsg is a first screen rendered off the update loop: the
// window for the article, width and style of key, or nil when it failed
// (the document's render reports why).
type PreviewMsg struct {
	key docKey
	win *render.Window
}

// startPreview is the command rendering the first screen at the
// position the reader opens on, when there is no document to show and no
// preview at this width; nil when none is needed. The command captures
// plain values only.
func (m *Model) startPreview() tea.Cmd {
	if m.doc != nil || m.preview != nil && m.preview.Options.Width == m.vp.Width || m.previewing == m.want {
		return nil
	}
	at := m.start
	if m.preview != nil {
		at = m.previewPosition() // the window changed while previewing
	}
	m.previewing = m.want
	a, k, first, need := m.art, m.want, windowChunk(m.art, at), m.vp.Height+previewSlack+max(0, at.delta)
	o := render.Options{Width: k.width, Style: k.style, Color: k.color, Profile: m.cfg.Profile, Images: k.images, PictureRows: k.rows, Pictures: m.cfg.Pictures}
	return func() tea.Msg {
		msg := PreviewMsg{key: k}
		if r, err := render.New(o); err == nil {
			msg.win, _ = r.Window(a, first, need, previewBudget)
		}
		return msg
	}
}

// showPreview shows a first screen, unless the document or another
// width came first, and starts the document's render once the preview
// for the width wanted is in (or failed).
func (m *Model) showPreview(msg PreviewMsg) tea.Cmd {
	if msg.key == m.previewing {
		m.previewing = docKey{}
	}
	var cmd tea.Cmd
	if m.previewing != m.want {
		cmd = m.startRender()
	}
	if msg.key != m.want || m.doc != nil || msg.win == nil {
		return cmd
	}
	at := m.start
	if m.preview != nil {
		at = m.previewPosition()
	}
	m.preview = msg.win
	m.vp.SetContent(strings.Join(msg.win.Lines, "\n"))
	line, _ := previewLine(m.art, msg.win, at)
	m.goTo(line)
	if m.pending != nil {
		m.jump(*m.pending) // lands now if the window holds it
	}
	return cmd
}

// windowChunk is the chunk a preview of Position p starts at.
func windowChunk(a *library.Article, p Position) int {
	if r, ok := p.question.get(); ok && r.section >= 0 && r.section < len(a.FAQs) {
		sec := a.FAQs[r.section]
		if r.question >= 0 && r.question < len(sec.Questions) && sec.Questions[r.question].Heading >= 0 {
			return sec.Questions[r.question].Heading + 1
		}
		return sec.Heading + 1
	}
	if p.heading >= 0 && p.heading < len(a.Headings) {
		return p.heading + 1
	}
	return 0
}

// previewLine is where Position p lands in the window, and whether the
// window holds it.
func previewLine(a *library.Article, w *render.Window, p Position) (int, bool) {
	if p.end {
		return 0, false // the end is never in a preview: it waits for the document
	}
	if r, ok := p.question.get(); ok {
		return w.Question(a, r.section, r.question)
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

// previewPosition is the Position at the top of the preview, to carry
// into the document.
func (m Model) previewPosition() Position {
	w, line := m.preview, m.after()
	if m.pending != nil && !m.pending.end {
		return *m.pending
	}
	h := w.HeadingAt(line)
	start, end, ok := w.Section(h)
	if !ok {
		return m.start
	}
	return Position{heading: h, delta: line - start, span: end - start}
}

// landing is where the reader lands in a document that replaces what
// it showed: where a waiting jump goes; where it was in the old
// document; the exact place it opened at, when it has not moved; or the
// line it was on in the preview, which is the document's own line at the
// same width.
func (m Model) landing(d *render.Document) Position {
	w := m.preview
	switch {
	case m.pending != nil:
		return *m.pending
	case m.doc != nil:
		return positionAt(m.art, m.doc, m.after())
	case w == nil || m.unmovedInPreview():
		return m.start
	case w.Options.Width != d.Options.Width:
		return m.previewPosition()
	}
	base := 0
	if w.First > 0 {
		base = d.Headings[w.First-1]
	}
	return positionAt(m.art, d, base+m.after())
}

// unmovedInPreview reports that the reader still shows the preview where
// it opened, so the document should open at the exact starting place
// (the preview's partial sections would misjudge a place inside one).
func (m Model) unmovedInPreview() bool {
	l, _ := previewLine(m.art, m.preview, m.start)
	return m.pending == nil && l == m.after()
}
