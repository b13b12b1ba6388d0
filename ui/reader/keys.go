package reader

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/common"
)

func (m Model) update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case RenderedMsg:
		delete(m.inflight, msg.key)
		if msg.key != m.want {
			return m, nil // a stale width or another article
		}
		if msg.err != nil {
			m.err = msg.err
			return m, nil
		}
		m.show(msg.key, msg.doc)
	case spinner.TickMsg:
		if m.doc != nil && m.shown == m.want || !m.busy() {
			m.spinning = false
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case PreviewMsg:
		return m, m.showPreview(msg)
	case common.JumpMsg:
		m.jump(jumpPosition(msg))
	case tea.MouseMsg:
		return m.mouse(msg), nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m Model) key(msg tea.KeyMsg) (Model, tea.Cmd) {
	if m, cmd, ok := m.navKey(msg); ok {
		return m, cmd
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Contents):
		return m, m.showContents()
	case key.Matches(msg, k.FAQ):
		return m, m.showFAQ()
	case key.Matches(msg, k.Review):
		cmd := m.showReview()
		return m, cmd
	case key.Matches(msg, k.Wide):
		m.wide = !m.wide
		return m.setSize(m.w, m.h)
	}
	if !m.moveKey(msg) {
		m.scroll(msg)
	}
	return m, nil
}

func (m *Model) scroll(msg tea.KeyMsg) {
	k, vp := m.keys, &m.vp
	switch {
	case key.Matches(msg, k.Down):
		vp.ScrollDown(1)
	case key.Matches(msg, k.Up):
		vp.ScrollUp(1)
	case key.Matches(msg, k.HalfDown):
		vp.HalfPageDown()
	case key.Matches(msg, k.HalfUp):
		vp.HalfPageUp()
	case key.Matches(msg, k.PageDown):
		vp.PageDown()
	case key.Matches(msg, k.PageUp):
		vp.PageUp()
	default:
		return
	}
	m.focus = -1
}

// mouse scrolls on the wheel; a click on an item of the article's own
// table of contents jumps to the heading it names, and one on a footnote
// reference to its note and back.
func (m Model) mouse(msg tea.MouseMsg) Model {
	if m.doc == nil || msg.Action != tea.MouseActionPress {
		return m
	}
	switch msg.Button {
	case tea.MouseButtonWheelUp, tea.MouseButtonWheelDown:
		m.vp, _ = m.vp.Update(msg)
		m.focus = -1
	case tea.MouseButtonLeft:
		y := msg.Y - m.headerHeight()
		if y < 0 || y >= m.vp.Height || m.vp.YOffset+y >= len(m.doc.Lines) {
			return m
		}
		line := m.vp.YOffset + y
		if h := contentsTarget(m.art, m.doc.Lines[line]); h >= 0 {
			m.goTo(m.doc.Headings[h])
		} else if t := footnoteTarget(m.doc.Lines, line, msg.X-max(0, (m.w-m.vp.Width)/2)); t >= 0 {
			m.goTo(t) // a footnote reference to its note, a note back to its reference: footnotes.go
		}
	}
	return m
}
