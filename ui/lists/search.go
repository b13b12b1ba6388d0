package lists

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode"

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
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// SearchMsg is the library search's own: typing paused on a query
// (tick), when the search starts if the query is still the one typed;
// or the library's answer to it, dropped when the query is no longer the
// one typed. The root hands it to the search screen.
type SearchMsg struct {
	query string
	tick  bool
	hits  []library.Hit
}

// Search is the library search: a query, and the matching
// articles ranked by the library (title and tag hits above body hits),
// each with the passage that matched.
type Search struct {
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

func NewSearch(lib *library.Library, keys keymap.SearchKeys, st *common.Styles, delay time.Duration) Search {
	in := textinput.New()
	in.Prompt = "Search: "
	in.PromptStyle = st.List.FilterPrompt
	in.Cursor.Style = st.List.FilterCursor
	in.Cursor.SetMode(cursor.CursorStatic)
	in.Placeholder = "words of a title, tag or passage"
	in.CharLimit = MaxQuery
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
	return Search{lib: lib, keys: keys, styles: st, delay: delay, input: in, list: l, ready: true}
}

// Focus puts the cursor in the query.
func (m *Search) Focus() tea.Cmd { return m.input.Focus() }

// header is how many lines go above the results.
func (m Search) header() int {
	if m.h >= 8 {
		return 5 // title, query, blank, status, blank
	}
	return min(2, m.h) // query, status
}

func (m *Search) setSize(w, h int) {
	if !m.ready {
		return
	}
	m.w, m.h = w, h
	m.input.Width = max(1, w-4-ansi.StringWidth(m.input.Prompt)-1)
	m.list.SetShowPagination(h >= 12)
	m.list.SetSize(w, max(0, h-m.header()))
}

func (m Search) update(msg tea.Msg) (Search, tea.Cmd) {
	switch msg := msg.(type) {
	case SearchMsg:
		if msg.query != m.input.Value() {
			return m, nil // typing went on, or a stale answer
		}
		if !msg.tick {
			m.setHits(msg.query, msg.hits)
			return m, nil
		}
		lib, q := m.lib, msg.query
		return m, func() tea.Msg { return SearchMsg{query: q, hits: lib.Search(q)} }
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

func (m Search) key(msg tea.KeyMsg) (Search, tea.Cmd) {
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
func (m *Search) schedule(q string) tea.Cmd {
	if strings.TrimSpace(q) == "" {
		m.setHits(q, nil)
		return nil
	}
	return tea.Tick(m.delay, func(time.Time) tea.Msg { return SearchMsg{query: q, tick: true} })
}

func (m *Search) setHits(q string, hits []library.Hit) {
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
func (m Search) status() string {
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

func (m Search) view() string {
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
func (m Search) help(g keymap.GlobalKeys) searchHelp {
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

// The screen interface (ui/common/screen.go).

func (m *Search) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Search.update) }
func (m *Search) View() string                      { return m.view() }
func (m *Search) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Search) KeyMap(f common.Frame) help.KeyMap { return m.help(f.Keys.Global) }
func (m *Search) Capturing() bool                   { return true } // every letter goes to the query

// FoldQuery is a query as the finders hold text: words single-spaced,
// lower-cased rune by rune.
func FoldQuery(q string) string {
	return strings.Map(unicode.ToLower, strings.Join(strings.Fields(q), " "))
}

// foldIndex finds a folded query in text, ignoring case, and returns
// the rune indices it covers, for lipgloss.StyleRunes. Each word of the
// query is marked too, so a phrase split in the text still shows.
func foldIndex(text, query string) []int {
	q := FoldQuery(query)
	if q == "" {
		return nil
	}
	runes := []rune(strings.Map(unicode.ToLower, text))
	hit := make([]bool, len(runes))
	for _, w := range append([]string{q}, strings.Fields(q)...) {
		wr := []rune(w)
		for i := 0; i+len(wr) <= len(runes); i++ {
			if slices.Equal(runes[i:i+len(wr)], wr) {
				for j := range wr {
					hit[i+j] = true
				}
			}
		}
	}
	var out []int
	for i, h := range hit {
		if h {
			out = append(out, i)
		}
	}
	return out
}
