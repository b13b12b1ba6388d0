package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/render"
)

const (
	readableWidth = 100 // the reader's measure, centred in wider windows
	wideWidth     = 300 // the measure in wide mode
)

// readerModel shows one rendered article in a viewport.
type readerModel struct {
	art        *library.Article
	keys       keymap.ReaderKeys
	styles     *common.Styles
	opts       Options
	cache      *docCache
	doc        *render.Document // the document shown; may be for an older width
	shown      docKey
	want       docKey
	inflight   map[docKey]bool
	err        error
	start      position       // where to land when the first document arrives
	preview    *render.Window // the first screen, shown until the first document arrives: preview.go
	previewing docKey         // a preview rendering in the background for this key
	pending    *position      // a jump beyond the preview, made when the document arrives: navigator.go
	focus      int            // the line last jumped to, which may lie below a viewport stopped at the bottom; -1 after scrolling
	vp         viewport.Model
	spin       spinner.Model
	spinning   bool
	wide       bool
	w, h       int

	bookmarked bool   // shown in the status line
	note       string // a passing note shown in the status line, until the next key
	// the search inside the article, links, related, history: readerfind.go
	nav     keymap.NavKeys
	related []*library.Article
	find    finder
	lines   []string // the document's lines, then the related footer
}

func newReader(a *library.Article, at position, opts Options, cache *docCache, st *common.Styles, keys keymap.ReaderKeys) readerModel {
	vp := viewport.New(0, 0)
	vp.KeyMap = viewport.KeyMap{} // every key is decided in update
	return readerModel{
		art: a, keys: keys, styles: st, opts: opts, cache: cache, start: at, focus: -1,
		inflight: map[docKey]bool{}, vp: vp,
		spin: spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(st.Reader.Spinner)),
	}
}

// setSize lays the reader out and asks for a render at the new width.
func (m readerModel) setSize(w, h int) (readerModel, tea.Cmd) {
	m.w, m.h = max(w, 1), max(h, 1)
	measure := readableWidth
	if m.opts.Measure > 0 {
		measure = min(m.opts.Measure, wideWidth)
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
func (m readerModel) pictureRows() int {
	if m.opts.Images == "" || m.opts.Images == render.ImagesOff {
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
func (m readerModel) ensure() (readerModel, tea.Cmd) {
	m.want = docKey{slug: m.art.Slug, width: m.vp.Width, style: m.opts.Style, color: m.opts.Color, rev: m.cache.rev(m.art.Slug), links: m.opts.Hyperlinks, images: m.opts.Images,
		rows: m.pictureRows()}
	if m.doc != nil && m.shown == m.want {
		return m, nil
	}
	if d := m.cache.get(m.want); d != nil {
		m.show(m.want, d)
		return m, nil
	}
	var cmds []tea.Cmd
	if !m.inflight[m.want] {
		m.inflight[m.want] = true
		cmds = append(cmds, renderCmd(m.art, m.want, m.opts.Profile))
	}
	cmds = append(cmds, m.startPreview())
	if !m.spinning && !m.opts.still {
		m.spinning = true
		cmds = append(cmds, m.spin.Tick)
	}
	return m, tea.Batch(cmds...)
}

// show puts a document on screen at the place the old one was showing.
func (m *readerModel) show(k docKey, d *render.Document) {
	keep := m.matchInView()
	at := m.landing(d)
	m.preview, m.pending = nil, nil
	m.doc, m.shown, m.err = d, k, nil
	m.setContent()
	m.jump(at)
	m.showMatch(keep)
}

// goTo puts a line at the top (or stops at the bottom with it in view).
func (m *readerModel) goTo(line int) {
	m.vp.SetYOffset(line)
	m.focus = line
}

// after is the reader's logical top line: the viewport's, or the line
// last jumped to when the viewport had to stop short of it.
func (m readerModel) after() int { return max(m.vp.YOffset, m.focus) }

// position is where the reader is, to come back to later.
func (m readerModel) position() position {
	if m.doc == nil && m.preview != nil {
		return m.previewPosition()
	}
	if m.doc == nil {
		return m.start
	}
	return positionAt(m.art, m.doc, m.after())
}

// currentHeading is the heading whose section is at the top, or aboveHeadings.
func (m readerModel) currentHeading() int {
	if m.doc == nil && m.preview != nil {
		return m.previewPosition().heading
	}
	if m.doc == nil {
		return m.start.heading
	}
	return m.doc.HeadingAt(m.after())
}

// currentQuestion is the flat index of the FAQ question being read, or -1.
func (m readerModel) currentQuestion() int {
	if m.doc == nil {
		return -1
	}
	return questionAt(m.doc, m.after())
}

func (m readerModel) update(msg tea.Msg) (readerModel, tea.Cmd) {
	switch msg := msg.(type) {
	case renderedMsg:
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
		if m.doc != nil && m.shown == m.want || len(m.inflight) == 0 {
			m.spinning = false
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case previewMsg:
		m.showPreview(msg)
	case common.JumpMsg:
		m.jump(jumpPosition(msg))
	case tea.MouseMsg:
		return m.mouse(msg), nil
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m readerModel) key(msg tea.KeyMsg) (readerModel, tea.Cmd) {
	if m, cmd, ok := m.navKey(msg); ok {
		return m, cmd
	}
	k := m.keys
	switch {
	case key.Matches(msg, k.Contents):
		return m, func() tea.Msg { return common.OverlayMsg{Overlay: common.ContentsOverlay} }
	case key.Matches(msg, k.FAQ):
		return m, func() tea.Msg { return common.OverlayMsg{Overlay: common.FAQOverlay} }
	case key.Matches(msg, k.Wide):
		m.wide = !m.wide
		return m.setSize(m.w, m.h)
	}
	if !m.moveKey(msg) {
		m.scroll(msg)
	}
	return m, nil
}

func (m *readerModel) scroll(msg tea.KeyMsg) {
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
func (m readerModel) mouse(msg tea.MouseMsg) readerModel {
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
			m.goTo(t) // a footnote reference to its note, a note back to its reference: footnotejump.go
		}
	}
	return m
}

// The screen interface (screens.go).

func (m *readerModel) Update(msg tea.Msg) tea.Cmd { return common.Step(m, msg, readerModel.update) }
func (m *readerModel) View() string               { return m.view() }
func (m *readerModel) Capturing() bool            { return m.find.typing }
func (m *readerModel) Filtered() bool             { return m.find.active() }
func (m *readerModel) ClearFilter()               { m.clearFind() }

// SetSize lays the reader out; before an article is opened there is nothing to lay out.
func (m *readerModel) SetSize(w, h int) tea.Cmd {
	if m.art == nil {
		return nil
	}
	var cmd tea.Cmd
	*m, cmd = m.setSize(w, h)
	return cmd
}

// KeyMap is the reader's help in its current state: its keys with the
// search, links, related and history keys.
func (m *readerModel) KeyMap(f common.Frame) help.KeyMap {
	return readerNavHelp{readerHelp: readerHelp{g: f.Keys.Global, r: f.Keys.Reader}, n: f.Keys.Nav,
		typing: m.find.typing, finding: m.find.active()}
}
