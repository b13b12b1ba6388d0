package reader

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/render"
)

// setSize lays the reader out and asks for a render at the new width.
func (m Model) setSize(w, h int) (Model, tea.Cmd) {
	m.w, m.h = max(w, 1), max(h, 1)
	measure := readableWidth
	if m.cfg.Measure > 0 {
		measure = min(m.cfg.Measure, wideWidth)
	}
	if m.wide {
		measure = wideWidth
	}
	m.vp.Width = min(m.w, measure)
	m.vp.Height = max(1, m.h-m.headerHeight()-m.statusHeight())
	m.vp.SetYOffset(max(m.vp.YOffset, m.focus))
	return m.ensure()
}

// pictureRows is the most rows a picture of the article takes: half the
// reader's height, as show gives half the terminal's. An article without
// pictures says 0, so a change of height alone never renders it again.
func (m Model) pictureRows() int {
	if m.cfg.Images == "" || m.cfg.Images == render.ImagesOff {
		return 0
	}
	for _, l := range m.art.Links {
		if l.Image {
			return max(m.vp.Height/2, 2)
		}
	}
	return 0
}

// ensure shows the document for the current width, from the cache or by
// starting a render; the old document stays on screen meanwhile.
func (m Model) ensure() (Model, tea.Cmd) {
	m.want = docKey{slug: m.art.Slug, width: m.vp.Width, style: m.cfg.Style, color: m.cfg.Color, rev: m.cache.rev(m.art.Slug), links: m.cfg.Hyperlinks, images: m.cfg.Images,
		rows: m.pictureRows()}
	if m.doc != nil && m.shown == m.want {
		return m, nil
	}
	if d := m.cache.get(m.want); d != nil {
		m.show(m.want, d)
		return m, nil
	}
	cmd := m.startPreview()
	if cmd == nil && m.previewing != m.want { // else the render starts when the preview is in
		cmd = m.startRender()
	}
	cmds := []tea.Cmd{cmd}
	if !m.spinning {
		m.spinning = true
		cmds = append(cmds, m.spin.Tick)
	}
	return m, tea.Batch(cmds...)
}

// startRender starts rendering the document the reader wants, unless
// it is rendering already or shown.
func (m *Model) startRender() tea.Cmd {
	if m.inflight[m.want] || m.doc != nil && m.shown == m.want {
		return nil
	}
	m.inflight[m.want] = true
	return renderCmd(m.art, m.want, m.cfg.Profile, m.cfg.Pictures)
}

// busy reports a render or a preview under way: the spinner turns.
func (m Model) busy() bool { return len(m.inflight) > 0 || m.previewing != docKey{} }

// show puts a document on screen at the place the old one was showing.
func (m *Model) show(k docKey, d *render.Document) {
	keep := m.matchInView()
	at := m.landing(d)
	m.preview, m.pending = nil, nil
	m.doc, m.shown, m.err = d, k, nil
	m.setContent()
	m.jump(at)
	m.showMatch(keep)
}

// goTo puts a line at the top (or stops at the bottom with it in view).
func (m *Model) goTo(line int) {
	m.vp.SetYOffset(line)
	m.focus = line
}

// after is the reader's logical top line: the viewport's, or the line
// last jumped to when the viewport had to stop short of it.
func (m Model) after() int { return max(m.vp.YOffset, m.focus) }
