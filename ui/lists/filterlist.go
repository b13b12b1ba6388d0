package lists

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// MaxQuery is the most characters a list's filter takes, as the
// library search and the reader's find do: no title needs more, and a
// pasted megabyte is cut here rather than filtered on.
const MaxQuery = 200

// ID names one bubbles list, so its filter results find it.
type ID int

// Row is what one list item shows.
type Row struct {
	Flags  string // first, dimmed: read and bookmark marks
	Prefix string // before the text: indent, marker
	Marker bool   // draw the prefix in the marker style
	Text   string // the part the filter highlights; FilterValue starts with it
	Suffix string // dimmed, after the text
	Meta   string // the second line of two-line rows
	// FitMeta, when set, words the second line to fit a width, in place
	// of Meta, which would be cut.
	FitMeta func(width int) string
	Header  bool // a group heading
}

// RowItem is a list item folio can draw.
type RowItem interface {
	list.Item
	Row() Row
}

// RowDelegate draws RowItems: one line (or more, with Meta) per item.
type RowDelegate struct {
	Styles *common.RowStyles
	Lines  int // lines per item
	Blank  int // blank lines between items

	// rematch: the list's filter leaves its ranks' matched indexes out
	// (the fuzzy filter through its memo, filtermemo.go), so a row drawn
	// while filtered is scored again for them.
	rematch bool
}

func (d RowDelegate) Height() int                         { return d.Lines }
func (d RowDelegate) Spacing() int                        { return d.Blank }
func (d RowDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render implements list.ItemDelegate.
func (d RowDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(RowItem)
	if !ok || m.Width() <= 0 {
		return
	}
	r, s := safeRow(it.Row()), d.Styles
	selected := index == m.Index() && m.FilterState() != list.Filtering
	text, meta, gutter := s.Text, s.Meta, "  "
	if r.Header {
		text = s.Header
	}
	if selected {
		text, meta, gutter = s.Selected, s.SelectedMeta, s.Gutter.Render("│ ")
	}
	var body string
	matches := m.MatchesForItem(index)
	if len(matches) == 0 && d.rematch && m.FilterState() != list.Unfiltered {
		matches = matchIndexes(m.FilterValue(), item.FilterValue())
	}
	if len(matches) > 0 && m.FilterState() != list.Unfiltered {
		body = lipgloss.StyleRunes(r.Text, matches, s.Match.Inherit(text), text.Inline(true))
	} else {
		body = text.Render(r.Text)
	}
	prefix := r.Prefix
	if r.Marker {
		prefix = s.Marker.Render(prefix)
	}
	indent := ""
	if r.Flags != "" {
		prefix = meta.Render(r.Flags) + prefix
		indent = strings.Repeat(" ", ansi.StringWidth(r.Flags))
	}
	line := gutter + prefix + body
	if r.Suffix != "" {
		line += meta.Render(r.Suffix)
	}
	fmt.Fprint(w, ansi.Truncate(line, m.Width(), "…"))
	metaWidth := m.Width() - ansi.StringWidth(gutter+indent)
	if r.FitMeta != nil {
		r.Meta = r.FitMeta(metaWidth)
	}
	for _, l := range metaLines(r.Meta, metaWidth, d.Lines-1) {
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

// FilterList wraps a bubbles list so every list in folio filters the
// same way (/, type, enter to accept, enter to open) and answers only
// the keys folio gives it.
type FilterList struct {
	id       ID
	keys     keymap.ListKeys
	list     list.Model
	compact  bool        // no status bar or page dots: the page goes in the title
	title    string      // the title without the page
	subtitle string      // after the page
	gen      int         // counts the times the items were replaced: swap.go
	memo     *filterMemo // the fuzzy filter's results (filtermemo.go); nil when the list filters otherwise
	delegate RowDelegate // draws the rows
	staged   *staged
	notes    int // counts the notes shown: note.go
}

func NewFilterList(id ID, items []list.Item, d RowDelegate, st *common.Styles, keys keymap.ListKeys, title, one, many string) FilterList {
	d.rematch = true            // the memo's filter, below
	l := list.New(nil, d, 0, 0) // items last: see fitPagination
	l.Title = title
	l.Styles = st.List
	l.KeyMap = keys.BubblesList()
	l.DisableQuitKeybindings()
	l.SetShowHelp(false)
	l.SetStatusBarItemName(one, many)
	l.FilterInput.Prompt = "/ "
	l.FilterInput.CharLimit = MaxQuery // a paste beyond it is cut, not filtered on
	l.FilterInput.PromptStyle = st.List.FilterPrompt
	l.FilterInput.Cursor.Style = st.List.FilterCursor
	l.FilterInput.Cursor.SetMode(cursor.CursorStatic)
	l.Paginator.ActiveDot = st.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = st.List.InactivePaginationDot.String()
	f := FilterList{id: id, keys: keys, list: l, title: title, memo: &filterMemo{}, delegate: d}
	f.list.Filter = f.memo.fuzzy(f.gen)
	f.fitPagination()
	f.list.SetItems(items)
	return f
}

// SetFilter filters the list with fn instead of FuzzyFilter.
func (f *FilterList) SetFilter(fn list.FilterFunc) {
	f.memo = nil
	f.list.Filter = fn
	f.delegate.rematch = false // fn's ranks say what they matched
	f.list.SetDelegate(f.delegate)
}

// ID is the list's name, which its filter results carry.
func (f *FilterList) ID() ID { return f.id }

// Model is the bubbles list inside.
func (f *FilterList) Model() *list.Model { return &f.list }

// Title is the list's title, without its page or subtitle.
func (f *FilterList) Title() string { return f.title }

// SetSubtitle shows s after the title (and the page).
func (f *FilterList) SetSubtitle(s string) {
	f.subtitle = s
	f.SyncTitle()
}

// SetCompact drops the status bar and page dots, putting the page in the
// title, followed by subtitle: for the overlays, whose count is in the
// subtitle.
func (f *FilterList) SetCompact(subtitle string) {
	f.compact, f.subtitle = true, subtitle
}

// AtTop reports a list on its first row, unfiltered: as it opened.
func (f *FilterList) AtTop() bool {
	return f.list.Index() == 0 && f.list.FilterState() == list.Unfiltered
}

func (f *FilterList) Filtering() bool { return f.list.FilterState() == list.Filtering }
func (f *FilterList) Filtered() bool  { return f.list.FilterState() == list.FilterApplied }
func (f *FilterList) Selected() list.Item {
	return f.list.SelectedItem()
}

// Chosen is the selected item when open (enter chose it), else nil. A
// screen's update asks it on every message: bubbles' SelectedItem copies
// every visible item (100,000 filtered articles: 1.6 MB a keystroke), so
// it is asked only when the answer is used.
func (f *FilterList) Chosen(open bool) list.Item {
	if !open {
		return nil
	}
	return f.Selected()
}

// setSize gives the list its area, dropping the status bar and the
// pagination dots when the window is short.
func (f *FilterList) SetSize(w, h int) {
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
	f.SyncTitle()
}

// syncTitle shows the page in a compact list's title.
func (f *FilterList) SyncTitle() {
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
func (f FilterList) Update(msg tea.Msg) (FilterList, tea.Cmd, bool) {
	f, cmd, open := f.handle(msg)
	f.SyncTitle()
	return f, cmd, open
}

func (f FilterList) handle(msg tea.Msg) (_ FilterList, cmd tea.Cmd, open bool) {
	switch msg := msg.(type) {
	case NoteEndMsg:
		f.endNote(msg)
		return f, nil, false
	case FilterMsg:
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
		if f.Filtering() {
			if key.Matches(msg, k.AcceptFilter) {
				f.accept()
				return f, nil, false
			}
			swap := f.unstage(nil)
			if f.typedHere(msg) {
				cmd = f.typed(msg)
			} else {
				f.list, cmd = f.list.Update(msg)
				f.dropItems()
			}
			return f, tea.Batch(swap, f.tag(cmd)), false
		}
		switch {
		case key.Matches(msg, k.Open):
			return f, nil, f.Selected() != nil
		case key.Matches(msg, k.ClearFilter) && f.Filtered():
			f.ClearFilter()
			return f, nil, false
		case key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Filter):
			f.list, cmd = f.list.Update(msg)
			return f, f.tag(cmd), false
		}
	}
	return f, nil, false
}

// clearFilter shows every item again.
func (f *FilterList) ClearFilter() {
	f.unstage(nil)
	f.list.ResetFilter()
	f.dropItems()
	f.SyncTitle()
}

// accept applies the typed filter. It filters synchronously so the
// selection is the best match for exactly what was typed, whether or not
// the asynchronous result has arrived.
func (f *FilterList) accept() {
	f.unstage(nil)
	q := f.list.FilterValue()
	if strings.TrimSpace(q) == "" {
		f.list.ResetFilter()
		f.dropItems()
		return
	}
	f.list.SetFilterText(q)
	f.list.FilterInput.Blur()
}

// tag marks the bubbles list's filter results with the list, query and
// items they answer.
func (f *FilterList) tag(cmd tea.Cmd) tea.Cmd {
	return tagFilter(f.id, f.list.FilterValue(), f.gen, cmd)
}

func tagFilter(id ID, query string, gen int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		switch msg := cmd().(type) {
		case list.FilterMatchesMsg:
			return FilterMsg{list: id, query: query, gen: gen, msg: msg}
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
func (f *FilterList) Help(g keymap.GlobalKeys, tabs, top bool) Help {
	return Help{g: g, l: f.keys, tabs: tabs, top: top, filtering: f.Filtering(),
		filtered: f.Filtered(), empty: len(f.list.Items()) == 0}
}

// FilterMsg is a bubbles list's filter result tagged with the list it is
// for and the filter text it answers, so a slow result never lands in
// another list or overwrites a newer query.
type FilterMsg struct {
	list  ID
	query string
	gen   int // the list's items it filtered (see filterList.replace)
	msg   tea.Msg
}

// ListID is the list the result is for.
func (m FilterMsg) ListID() ID { return m.list }
