package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/ui/keymap"
)

// listID names one bubbles list, so its filter results find it.
type listID int

// row is what one list item shows.
type row struct {
	flags  string // first, dimmed: read and bookmark marks
	prefix string // before the text: indent, marker
	marker bool   // draw the prefix in the marker style
	text   string // the part the filter highlights; FilterValue starts with it
	suffix string // dimmed, after the text
	meta   string // the second line of two-line rows
	// fitMeta, when set, words the second line to fit a width, in place
	// of meta, which would be cut.
	fitMeta func(width int) string
	header  bool // a group heading
}

// rowItem is a list item folio can draw.
type rowItem interface {
	list.Item
	row() row
}

// rowDelegate draws rowItems: one line (or two with meta) per item.
type rowDelegate struct {
	styles  *common.RowStyles
	lines   int
	spacing int
}

func (d rowDelegate) Height() int                         { return d.lines }
func (d rowDelegate) Spacing() int                        { return d.spacing }
func (d rowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render implements list.ItemDelegate.
func (d rowDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(rowItem)
	if !ok || m.Width() <= 0 {
		return
	}
	r, s := safeRow(it.row()), d.styles
	selected := index == m.Index() && m.FilterState() != list.Filtering
	text, meta, gutter := s.Text, s.Meta, "  "
	if r.header {
		text = s.Header
	}
	if selected {
		text, meta, gutter = s.Selected, s.SelectedMeta, s.Gutter.Render("│ ")
	}
	var body string
	if matches := m.MatchesForItem(index); len(matches) > 0 && m.FilterState() != list.Unfiltered {
		body = lipgloss.StyleRunes(r.text, matches, s.Match.Inherit(text), text.Inline(true))
	} else {
		body = text.Render(r.text)
	}
	prefix := r.prefix
	if r.marker {
		prefix = s.Marker.Render(prefix)
	}
	indent := ""
	if r.flags != "" {
		prefix = meta.Render(r.flags) + prefix
		indent = strings.Repeat(" ", ansi.StringWidth(r.flags))
	}
	line := gutter + prefix + body
	if r.suffix != "" {
		line += meta.Render(r.suffix)
	}
	fmt.Fprint(w, ansi.Truncate(line, m.Width(), "…"))
	metaWidth := m.Width() - ansi.StringWidth(gutter+indent)
	if r.fitMeta != nil {
		r.meta = r.fitMeta(metaWidth)
	}
	for _, l := range metaLines(r.meta, metaWidth, d.lines-1) {
		fmt.Fprint(w, "\n"+ansi.Truncate(gutter+indent+meta.Render(l), m.Width(), "…"))
	}
}

// metaLines is the meta text on n lines: as it is on one, wrapped to
// width on more, the last cut with an ellipsis when it does not fit.
func metaLines(s string, width, n int) []string {
	if n <= 1 {
		return []string{s}[:max(n, 0)]
	}
	lines := strings.Split(ansi.Wrap(s, max(width, 1), ""), "\n")
	if len(lines) > n {
		lines[n-1] = ansi.Truncate(lines[n-1]+" "+strings.Join(lines[n:], " "), width, "…")
		lines = lines[:n]
	}
	for len(lines) < n {
		lines = append(lines, "")
	}
	return lines
}

// filterList wraps a bubbles list so every list in folio filters the
// same way (/, type, enter to accept, enter to open) and answers only
// the keys folio gives it.
type filterList struct {
	id       listID
	keys     keymap.ListKeys
	list     list.Model
	compact  bool   // no status bar or page dots: the page goes in the title
	title    string // the title without the page
	subtitle string // after the page
	gen      int    // counts the times the items were replaced: listswap.go
	staged   *staged
}

func newFilterList(id listID, items []list.Item, d rowDelegate, st *common.Styles, keys keymap.ListKeys, title, one, many string) filterList {
	l := list.New(nil, d, 0, 0) // items last: see fitPagination
	l.Title = title
	l.Styles = st.List
	l.KeyMap = keys.BubblesList()
	l.DisableQuitKeybindings()
	l.Filter = fuzzyFilter
	l.SetShowHelp(false)
	l.SetStatusBarItemName(one, many)
	l.FilterInput.Prompt = "/ "
	l.FilterInput.PromptStyle = st.List.FilterPrompt
	l.FilterInput.Cursor.Style = st.List.FilterCursor
	l.FilterInput.Cursor.SetMode(cursor.CursorStatic)
	l.Paginator.ActiveDot = st.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = st.List.InactivePaginationDot.String()
	f := filterList{id: id, keys: keys, list: l, title: title}
	f.fitPagination()
	f.list.SetItems(items)
	return f
}

func (f *filterList) filtering() bool { return f.list.FilterState() == list.Filtering }
func (f *filterList) filtered() bool  { return f.list.FilterState() == list.FilterApplied }
func (f *filterList) selected() list.Item {
	return f.list.SelectedItem()
}

// setSize gives the list its area, dropping the status bar and the
// pagination dots when the window is short.
func (f *filterList) setSize(w, h int) {
	if f.id == 0 {
		return // not built yet
	}
	f.list.SetShowStatusBar(h >= 12 && !f.compact)
	f.list.SetShowPagination(h >= 8 && !f.compact)
	pad := 1
	if h < 12 {
		pad = 0
	}
	f.list.Styles.TitleBar = f.list.Styles.TitleBar.PaddingBottom(pad)
	f.list.SetSize(w, h)
	f.syncTitle()
}

// syncTitle shows the page in a compact list's title.
func (f *filterList) syncTitle() {
	f.list.Title = f.title
	if p := f.list.Paginator; f.compact && p.TotalPages > 1 {
		f.list.Title += fmt.Sprintf(" (%d/%d)", p.Page+1, p.TotalPages)
	}
	if f.subtitle != "" {
		f.list.Title += " · " + f.subtitle
	}
	f.fitPagination()
	pad := f.list.Styles.TitleBar.GetHorizontalFrameSize()
	f.list.Title = ansi.Truncate(termsafe.String(f.list.Title), max(1, f.list.Width()-pad), "…")
}

// update handles a message. open reports that enter chose the selected
// item.
func (f filterList) update(msg tea.Msg) (filterList, tea.Cmd, bool) {
	f, cmd, open := f.handle(msg)
	f.syncTitle()
	return f, cmd, open
}

func (f filterList) handle(msg tea.Msg) (_ filterList, cmd tea.Cmd, open bool) {
	switch msg := msg.(type) {
	case filterMsg:
		if msg.list != f.id || msg.query != f.list.FilterValue() || msg.gen != f.gen {
			return f, nil, false
		}
		if f.staged != nil {
			f.unstage(msg.msg)
		} else if f.list.FilterState() != list.Unfiltered {
			f.list, cmd = f.list.Update(msg.msg)
		}
		return f, cmd, false
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress {
			switch msg.Button {
			case tea.MouseButtonWheelUp:
				f.list.CursorUp()
			case tea.MouseButtonWheelDown:
				f.list.CursorDown()
			}
		}
		return f, nil, false
	case tea.KeyMsg:
		k := f.keys
		if f.filtering() {
			if key.Matches(msg, k.AcceptFilter) {
				f.accept()
				return f, nil, false
			}
			swap := f.unstage(nil)
			f.list, cmd = f.list.Update(msg)
			return f, tea.Batch(swap, f.tag(cmd)), false
		}
		switch {
		case key.Matches(msg, k.Open):
			return f, nil, f.selected() != nil
		case key.Matches(msg, k.ClearFilter) && f.filtered():
			f.clearFilter()
			return f, nil, false
		case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Filter):
			f.list, cmd = f.list.Update(msg)
			return f, f.tag(cmd), false
		}
	}
	return f, nil, false
}

// clearFilter shows every item again.
func (f *filterList) clearFilter() {
	f.unstage(nil)
	f.list.ResetFilter()
	f.syncTitle()
}

// accept applies the typed filter. It filters synchronously so the
// selection is the best match for exactly what was typed, whether or not
// the asynchronous result has arrived.
func (f *filterList) accept() {
	f.unstage(nil)
	q := f.list.FilterValue()
	if strings.TrimSpace(q) == "" {
		f.list.ResetFilter()
		return
	}
	f.list.SetFilterText(q)
	f.list.FilterInput.Blur()
}

// tag marks the bubbles list's filter results with the list, query and
// items they answer.
func (f *filterList) tag(cmd tea.Cmd) tea.Cmd {
	return tagFilter(f.id, f.list.FilterValue(), f.gen, cmd)
}

func tagFilter(id listID, query string, gen int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return filterMsg{list: id, query: query, gen: gen, msg: msg}
		case tea.BatchMsg:
			out := make(tea.BatchMsg, len(msg))
			for i, c := range msg {
				out[i] = tagFilter(id, query, gen, c)
			}
			return out
		default:
			return msg
		}
	}
}

// helpState is what a list's help needs to know.
func (f *filterList) help(g keymap.GlobalKeys, tabs, top bool) listHelp {
	return listHelp{g: g, l: f.keys, tabs: tabs, top: top, filtering: f.filtering(),
		filtered: f.filtered(), empty: len(f.list.Items()) == 0}
}
