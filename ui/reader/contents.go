package reader

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// tocItem is one heading of the article, indented by level.
type tocItem struct {
	heading int
	indent  int
	current bool
	text    string
	aliases []string // how the article's own table of contents words it, when otherwise
	filter  string
}

func (i tocItem) FilterValue() string { return i.filter }
func (i tocItem) Row() lists.Row {
	mark := "  "
	if i.current {
		mark = "▸ "
	}
	r := lists.Row{Prefix: strings.Repeat("  ", i.indent) + mark, Marker: i.current, Text: i.text}
	if len(i.aliases) > 0 {
		// shown, so a match on the other wording is seen to be one
		r.Suffix = " · listed as “" + strings.Join(i.aliases, "”, “") + "”"
	}
	return r
}

// Contents is the table of contents overlay: enter jumps the reader so
// the heading is its first line.
type Contents struct {
	list lists.FilterList
}

// NewContents lists a's headings with the current one marked and selected.
// An item of the article's own "Table of contents" list that words its
// heading differently is added to that heading's filter text, so either
// wording finds it, and is shown beside the heading.
func NewContents(id lists.ID, a *library.Article, current int, st *common.Styles, keys keymap.ListKeys) Contents {
	top := 6
	for _, h := range a.Headings {
		top = min(top, h.Level)
	}
	alias := make(map[int][]string)
	for _, c := range a.Contents {
		if c.Heading >= 0 && c.Heading < len(a.Headings) && !strings.EqualFold(c.Text, a.Headings[c.Heading].Text) {
			alias[c.Heading] = append(alias[c.Heading], c.Text)
		}
	}
	items := make([]list.Item, len(a.Headings))
	for i, h := range a.Headings {
		items[i] = tocItem{heading: i, indent: h.Level - top, current: i == current, text: h.Text,
			aliases: alias[i], filter: strings.Join(append([]string{h.Text}, alias[i]...), " ")}
	}
	d := lists.RowDelegate{Styles: &st.Row, Lines: 1}
	l := lists.NewFilterList(id, items, d, st, keys, "Contents", "heading", "headings")
	l.SetCompact(fmt.Sprintf("%d headings · %s", len(items), a.Title))
	if current >= 0 {
		l.Model().Select(current)
	}
	return Contents{list: l}
}

func (m Contents) update(msg tea.Msg) (Contents, tea.Cmd) {
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Chosen(open).(tocItem); ok {
		j := common.JumpHeading(it.heading)
		return m, tea.Batch(cmd, func() tea.Msg { return j })
	}
	return m, cmd
}

func (m *Contents) setSize(w, h int) { m.list.SetSize(w, h) }
func (m Contents) view() string      { return m.list.Model().View() }

// The screen interface (ui/common/screen.go).

func (m *Contents) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Contents.update) }
func (m *Contents) View() string                      { return m.view() }
func (m *Contents) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Contents) KeyMap(f common.Frame) help.KeyMap { return lists.ScreenHelp(f, &m.list) }
func (m *Contents) List() *lists.FilterList           { return &m.list }
