package reader

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// faqItem is an FAQ section's title (question -1) or one of its questions.
type faqItem struct {
	section, question int
	heading           int // the section's heading, for a title row
	text              string
	current           bool
}

func (i faqItem) FilterValue() string { return i.text }
func (i faqItem) Row() lists.Row {
	if i.question < 0 {
		return lists.Row{Text: i.text, Header: true}
	}
	mark := "  "
	if i.current {
		mark = "▸ "
	}
	return lists.Row{Prefix: "  " + mark, Marker: i.current, Text: i.text}
}

// FAQ lists the article's FAQ questions grouped by section; enter
// jumps the reader so the question is its first line.
type FAQ struct {
	list  lists.FilterList
	empty bool
	note  lipgloss.Style
	w, h  int
}

// NewFAQ lists a's FAQ. current is the flat index of the question the
// reader is on (counting questions only), or -1.
func NewFAQ(id lists.ID, a *library.Article, current int, st *common.Styles, keys keymap.ListKeys) FAQ {
	var items []list.Item
	var sectionOf, titleRow []int // per item its section; per section its title's item
	n, sel, count := 0, -1, 0
	for s, sec := range a.FAQs {
		titleRow = append(titleRow, len(items))
		items = append(items, faqItem{section: s, question: -1, heading: sec.Heading, text: sec.Title})
		sectionOf = append(sectionOf, s)
		for q, fq := range sec.Questions {
			if n == current {
				sel = len(items)
			}
			items = append(items, faqItem{section: s, question: q, heading: -1, text: fq.Question, current: n == current})
			sectionOf = append(sectionOf, s)
			n++
		}
		count += len(sec.Questions)
	}
	sub := a.Title
	if count > 0 {
		sub = fmt.Sprintf("%d questions · %s", count, a.Title)
	}
	d := lists.RowDelegate{Styles: &st.Row, Lines: 1}
	l := lists.NewFilterList(id, items, d, st, keys, "FAQ", "entry", "entries")
	// compact: a count of titles and questions together would mislead
	l.SetCompact(sub)
	l.SetFilter(lists.GroupedFilter(sectionOf, titleRow, lists.FuzzyFilter))
	if sel >= 0 {
		l.Model().Select(sel)
	}
	return FAQ{list: l, empty: len(items) == 0, note: st.Reader.Notice}
}

func (m FAQ) update(msg tea.Msg) (FAQ, tea.Cmd) {
	typing := m.list.Filtering()
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if typing && m.list.Filtered() {
		m.list.SkipGroupTitle()
	}
	if it, ok := m.list.Chosen(open).(faqItem); ok {
		j := common.JumpHeading(it.heading)
		if it.question >= 0 {
			j = common.JumpQuestion(it.section, it.question)
		}
		return m, tea.Batch(cmd, func() tea.Msg { return j })
	}
	return m, cmd
}

func (m *FAQ) setSize(w, h int) {
	m.w, m.h = w, h
	m.list.SetSize(w, h)
}

func (m FAQ) view() string {
	if m.empty {
		return m.list.Model().Styles.TitleBar.Render(m.list.Model().Styles.Title.Render(m.list.Model().Title)) +
			"\n" + m.note.PaddingLeft(2).Render(ansi.Truncate("This article has no FAQ.", max(m.w-2, 1), "…"))
	}
	return m.list.Model().View()
}

// The screen interface (ui/common/screen.go).

func (m *FAQ) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, FAQ.update) }
func (m *FAQ) View() string                      { return m.view() }
func (m *FAQ) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *FAQ) KeyMap(f common.Frame) help.KeyMap { return lists.ScreenHelp(f, &m.list) }
func (m *FAQ) List() *lists.FilterList           { return &m.list }
