package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"
	"io"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// searchTickMsg says typing paused on a query; the search starts if the
// query is still the one typed.
type searchTickMsg struct{ query string }

// searchResultMsg is the library's answer to a query. Results for a
// query that is no longer the one typed are dropped.
type searchResultMsg struct {
	query string
	hits  []library.Hit
}

// searchModel is the library search: a query, and the matching
// articles ranked by the library (title and tag hits above body hits),
// each with the passage that matched.
type searchModel struct {
	lib    *library.Library
	keys   keymap.SearchKeys
	styles *common.Styles
	delay  time.Duration
	input  textinput.Model
	list   list.Model
	query  string // the query the results answer
	ready  bool
	w, h   int
}

func newSearch(lib *library.Library, keys keymap.SearchKeys, st *common.Styles, delay time.Duration) searchModel {
	in := textinput.New()
	in.Prompt = "Search: "
	in.PromptStyle = st.List.FilterPrompt
	in.Cursor.Style = st.List.FilterCursor
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Placeholder = "words of a title, tag or passage"
	in.CharLimit = 200
	l := list.New(nil, hitDelegate{styles: &st.Row}, 0, 0)
	l.Styles = st.List
	l.KeyMap = list.KeyMap{} // every key is decided in update
	l.SetShowTitle(false)
	l.SetShowFilter(false)
	l.SetFilteringEnabled(false)
	l.SetShowStatusBar(false)
	l.SetShowHelp(false)
	l.DisableQuitKeybindings()
	l.Paginator.ActiveDot = st.List.ActivePaginationDot.String()
	l.Paginator.InactiveDot = st.List.InactivePaginationDot.String()
	return searchModel{lib: lib, keys: keys, styles: st, delay: delay, input: in, list: l, ready: true}
}

func (m *searchModel) focus() tea.Cmd { return m.input.Focus() }

// header is how many lines go above the results.
func (m searchModel) header() int {
	if m.h >= 8 {
		return 5 // title, query, blank, status, blank
	}
	return min(2, m.h) // query, status
}

func (m *searchModel) setSize(w, h int) {
	if !m.ready {
		return
	}
	m.w, m.h = w, h
	m.input.Width = max(1, w-4-ansi.StringWidth(m.input.Prompt)-1)
	m.list.SetShowPagination(h >= 12)
	m.list.SetSize(w, max(0, h-m.header()))
}

func (m searchModel) update(msg tea.Msg) (searchModel, tea.Cmd) {
	switch msg := msg.(type) {
	case searchTickMsg:
		if msg.query != m.input.Value() {
			return m, nil // typing went on
		}
		lib, q := m.lib, msg.query
		return m, func() tea.Msg { return searchResultMsg{query: q, hits: lib.Search(q)} }
	case searchResultMsg:
		if msg.query != m.input.Value() {
			return m, nil // a stale answer
		}
		m.setHits(msg.query, msg.hits)
	case tea.MouseMsg:
		if msg.Action == tea.MouseActionPress {
			switch msg.Button {
			case tea.MouseButtonWheelUp:
				m.list.CursorUp()
			case tea.MouseButtonWheelDown:
				m.list.CursorDown()
			}
		}
	case tea.KeyMsg:
		return m.key(msg)
	}
	return m, nil
}

func (m searchModel) key(msg tea.KeyMsg) (searchModel, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Back):
		return m, common.Send(common.CloseMsg{})
	case key.Matches(msg, k.Open):
		if it, ok := m.list.SelectedItem().(hitItem); ok {
			return m, common.Send(common.FollowMsg{Slug: it.slug, Heading: -1, Find: it.query, Offset: it.offset})
		}
	case key.Matches(msg, k.Up):
		m.list.CursorUp()
	case key.Matches(msg, k.Down):
		m.list.CursorDown()
	case key.Matches(msg, k.PageUp):
		m.list.Paginator.PrevPage()
	case key.Matches(msg, k.PageDown):
		m.list.Paginator.NextPage()
	default:
		before := m.input.Value()
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		if q := m.input.Value(); q != before {
			cmd = tea.Batch(cmd, m.schedule(q))
		}
		return m, cmd
	}
	return m, nil
}

// schedule searches for q once typing pauses; an empty query clears
// the results at once.
func (m *searchModel) schedule(q string) tea.Cmd {
	if strings.TrimSpace(q) == "" {
		m.setHits(q, nil)
		return nil
	}
	return tea.Tick(m.delay, func(time.Time) tea.Msg { return searchTickMsg{query: q} })
}

func (m *searchModel) setHits(q string, hits []library.Hit) {
	items := make([]list.Item, len(hits))
	for i, h := range hits {
		items[i] = hitItem{slug: h.Article.Slug, title: termsafe.String(h.Article.Title), field: h.Field,
			snippet: termsafe.String(h.Snippet), offset: h.Offset, query: q}
	}
	m.query = q
	m.list.SetItems(items)
	m.list.Select(0)
}

// status says what the results are.
func (m searchModel) status() string {
	q := m.input.Value()
	n := len(m.list.Items())
	switch {
	case strings.TrimSpace(q) == "":
		return fmt.Sprintf("Titles and tags rank above the text · %d articles", len(m.lib.Articles))
	case q != m.query:
		return "Searching…"
	case n == 0:
		return "No article matches “" + strings.TrimSpace(q) + "”"
	case n == 1:
		return "1 article"
	}
	return fmt.Sprintf("%d articles", n)
}

func (m searchModel) view() string {
	in := "  "
	if m.w < 30 {
		in = ""
	}
	st := m.styles
	var lines []string
	if m.h >= 8 {
		lines = append(lines, in+st.Title.Render("Search the library"))
	}
	lines = append(lines, in+m.input.View())
	if m.h >= 8 {
		lines = append(lines, "")
	}
	lines = append(lines, in+st.Reader.Meta.Render(m.status()))
	if m.h >= 8 {
		lines = append(lines, "")
	}
	if len(m.list.Items()) > 0 && m.list.Height() > 0 {
		lines = append(lines, m.list.View())
	}
	return strings.Join(lines, "\n")
}

// help is the screen's help.KeyMap.
func (m searchModel) help(g keymap.GlobalKeys) searchHelp {
	return searchHelp{g: g, s: m.keys, empty: len(m.list.Items()) == 0}
}

// hitItem is one search result.
type hitItem struct {
	slug, title, field, snippet, query string
	offset                             int
}

func (hitItem) FilterValue() string { return "" }

// hitDelegate draws a result: the title, then the passage that matched,
// the query's words highlighted in both.
type hitDelegate struct{ styles *common.RowStyles }

func (d hitDelegate) Height() int                         { return 2 }
func (d hitDelegate) Spacing() int                        { return 1 }
func (d hitDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }

// Render implements list.ItemDelegate.
func (d hitDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	it, ok := item.(hitItem)
	if !ok || m.Width() <= 0 {
		return
	}
	s := d.styles
	text, meta, gutter := s.Text, s.Meta, "  "
	if index == m.Index() {
		text, meta, gutter = s.Selected, s.SelectedMeta, s.Gutter.Render("│ ")
	}
	title := gutter + marked(it.title, it.query, text, s.Match) + meta.Render(" · "+it.field)
	snip := gutter + marked(around(it.snippet, it.query, m.Width()-2), it.query, meta, s.Match)
	fmt.Fprint(w, ansi.Truncate(title, m.Width(), "…")+"\n"+ansi.Truncate(snip, m.Width(), "…"))
}

// marked draws text with the query's words in the match style.
func marked(text, query string, base, match lipgloss.Style) string {
	idx := foldIndex(text, query)
	if len(idx) == 0 {
		return base.Render(text)
	}
	return lipgloss.StyleRunes(text, idx, match.Inherit(base), base.Inline(true))
}

// around cuts the start of a snippet so its first match shows in width.
func around(snippet, query string, width int) string {
	idx := foldIndex(snippet, query)
	if len(idx) == 0 || idx[0] < width/3 {
		return snippet
	}
	r := []rune(snippet)
	return "…" + strings.TrimLeft(string(r[idx[0]-width/4:]), "… ")
}

// The screen interface (screens.go).

func (m *searchModel) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, searchModel.update) }
func (m *searchModel) View() string                      { return m.view() }
func (m *searchModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *searchModel) KeyMap(f common.Frame) help.KeyMap { return m.help(f.Keys.Global) }
func (m *searchModel) Capturing() bool                   { return true } // every letter goes to the query
