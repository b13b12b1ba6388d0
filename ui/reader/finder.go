package reader

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/ui/common"
)

// finder is the reader's search inside the article: the query being
// typed, and the matches of the query shown.
type finder struct {
	input   textinput.Model
	typing  bool
	query   string      // the search shown; "" for none
	matches []findMatch // in the reader's lines, in order
	cur     int         // the current match
	index   *findIndex  // of the reader's lines; nil until a search needs it
	painted []string    // the reader's lines with the matches highlighted
	land    *landing    // where to put the first document's match
}

// landing asks the reader to show the match of a library search: the
// first at or after the heading the hit is under.
type landing struct {
	query   string
	heading int
}

func newFinder(st *common.Styles) finder {
	in := textinput.New()
	in.Prompt = "/ "
	in.PromptStyle = st.List.FilterPrompt
	in.Cursor.Style = st.List.FilterCursor
	in.Cursor.SetMode(cursor.CursorStatic)
	in.CharLimit = 200
	return finder{input: in}
}

// active reports that a search is shown (esc clears it).
func (f finder) active() bool { return f.query != "" }

// count is "3/11 · " for the status line, or "" without a search.
func (f finder) count() string {
	switch {
	case f.query == "":
		return ""
	case len(f.matches) == 0:
		return "no match · "
	}
	return fmt.Sprintf("%d/%d · ", f.cur+1, len(f.matches))
}

// setContent shows the document and the related footer in the
// viewport, with the search's matches highlighted.
func (m *Model) setContent() {
	m.lines = append(m.doc.Lines[:len(m.doc.Lines):len(m.doc.Lines)], m.relatedFooter()...)
	m.find.index = nil
	m.refind()
}

// refind computes the matches of the query in the reader's lines and
// paints them; the current match keeps its number when it still exists.
func (m *Model) refind() {
	f := &m.find
	f.matches = nil
	if f.query != "" {
		if f.index == nil {
			f.index = newFindIndex(m.lines)
		}
		f.matches = f.index.find(f.query)
	}
	f.cur = min(f.cur, max(0, len(f.matches)-1))
	m.paint(nil)
}

// paint puts the lines in the viewport with the matches highlighted.
// With only, it repaints just those lines (the current match moved).
func (m *Model) paint(only []int) {
	f := &m.find
	if only == nil || len(f.painted) != len(m.lines) {
		f.painted = append(f.painted[:0], m.lines...)
		only = nil
		for _, mt := range f.matches {
			for _, s := range mt.spans {
				only = append(only, s.line)
			}
		}
	}
	marks := map[int][]mark{}
	for _, l := range only {
		marks[l] = nil
	}
	for i, mt := range f.matches {
		for _, s := range mt.spans {
			if _, ok := marks[s.line]; ok {
				marks[s.line] = append(marks[s.line], mark{from: s.from, to: s.to, current: i == f.cur})
			}
		}
	}
	for l, ms := range marks {
		f.painted[l] = highlight(m.lines[l], ms)
	}
	m.vp.SetContent(strings.Join(f.painted, "\n"))
}

// matchInView reports that the current match is on screen.
func (m Model) matchInView() bool {
	f := m.find
	if m.doc == nil || f.cur >= len(f.matches) {
		return false
	}
	l := f.matches[f.cur].line()
	return l >= m.vp.YOffset && l < m.vp.YOffset+m.vp.Height
}

// showMatch, after a new document is shown, lands on a library search's
// match, or keeps the current match in view if it was.
func (m *Model) showMatch(keep bool) {
	switch {
	case m.find.land != nil:
		m.landMatch()
	case keep && m.find.cur < len(m.find.matches):
		m.reveal(m.find.matches[m.find.cur])
	}
}

// findAt shows a library search's match: the query found in the article
// at or after the heading.
func (m *Model) FindAt(query string, heading int) {
	m.find.query, m.find.cur = strings.Join(strings.Fields(query), " "), 0
	m.find.land = &landing{query: m.find.query, heading: heading}
	if m.doc != nil {
		m.refind()
		m.landMatch()
	}
}

// landMatch moves to the first match at or after the landing's heading.
// Lacking the phrase, it looks for the query's first word.
func (m *Model) landMatch() {
	l := m.find.land
	m.find.land = nil
	if len(m.find.matches) == 0 {
		if w := strings.Fields(l.query); len(w) > 1 {
			m.find.query = w[0]
			m.refind()
		}
	}
	if len(m.find.matches) == 0 {
		return
	}
	start := 0
	if l.heading >= 0 && l.heading < len(m.doc.Headings) {
		start = m.doc.Headings[l.heading]
	}
	m.selectMatch(firstMatchFrom(m.find.matches, start))
}

// firstMatchFrom is the first match on or after line, wrapping to the first.
func firstMatchFrom(ms []findMatch, line int) int {
	for i, mt := range ms {
		if mt.line() >= line {
			return i
		}
	}
	return 0
}

// selectMatch makes match i current and scrolls it into view.
func (m *Model) selectMatch(i int) {
	f := &m.find
	if len(f.matches) == 0 {
		return
	}
	var lines []int
	for _, s := range f.matches[f.cur].spans {
		lines = append(lines, s.line)
	}
	f.cur = (i + len(f.matches)) % len(f.matches)
	for _, s := range f.matches[f.cur].spans {
		lines = append(lines, s.line)
	}
	m.paint(lines)
	m.reveal(f.matches[f.cur])
}

// reveal scrolls so the match is in view, with a little text above it.
func (m *Model) reveal(mt findMatch) {
	first, last := mt.spans[0].line, mt.spans[len(mt.spans)-1].line
	if first >= m.vp.YOffset && last < m.vp.YOffset+m.vp.Height {
		return
	}
	m.vp.SetYOffset(max(0, first-min(2, m.vp.Height/4)))
	m.focus = -1
}

// clearFind drops the search and its highlights.
func (m *Model) clearFind() {
	m.find.query, m.find.matches, m.find.cur = "", nil, 0
	if m.doc != nil {
		m.paint(nil)
	}
}

// navKey handles the keys of the search, links, related articles and
// history. ok is false for keys it leaves to the reader.
func (m Model) navKey(msg tea.KeyMsg) (_ Model, cmd tea.Cmd, ok bool) {
	n, f := m.nav, &m.find
	if f.typing {
		switch {
		case key.Matches(msg, n.FindAccept):
			f.typing = false
			f.input.Blur()
			m.startFind(f.input.Value())
		case key.Matches(msg, n.FindCancel):
			f.typing = false
			f.input.Blur()
		default:
			f.input, cmd = f.input.Update(msg)
		}
		return m, cmd, true
	}
	switch {
	case key.Matches(msg, n.Find):
		f.typing = true
		f.input.SetValue("")
		return m, f.input.Focus(), true
	case key.Matches(msg, n.FindNext) && f.active():
		m.selectMatch(f.cur + 1)
	case key.Matches(msg, n.FindPrev) && f.active():
		m.selectMatch(f.cur - 1)
	case key.Matches(msg, n.FindClear) && f.active():
		m.clearFind()
	case key.Matches(msg, n.Links):
		return m, common.Send(common.ShowLinksMsg{}), true
	case key.Matches(msg, n.Related):
		return m, common.Send(common.ShowRelatedMsg{}), true
	case key.Matches(msg, n.HistBack):
		return m, common.Send(common.HistoryMsg{Step: -1}), true
	case key.Matches(msg, n.HistFwd):
		return m, common.Send(common.HistoryMsg{Step: 1}), true
	default:
		return m, nil, false
	}
	return m, nil, true
}

// startFind searches for q and shows the first match from the top line on.
func (m *Model) startFind(q string) {
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		m.clearFind()
		return
	}
	m.find.query, m.find.cur = q, 0
	if m.doc == nil {
		return
	}
	m.refind()
	if len(m.find.matches) > 0 {
		m.selectMatch(firstMatchFrom(m.find.matches, m.after()))
	}
}

// findPrompt is the status line while a search is typed.
func (m Model) findPrompt(cw int) string {
	return ansi.Truncate(m.find.input.View(), cw, "…")
}
