package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// faqItem is an FAQ section's title (question -1) or one of its questions.
type faqItem struct {
	section, question int
	heading           int // the section's heading, for a title row
	text              string
	current           bool
}

func (i faqItem) FilterValue() string { return i.text }
func (i faqItem) row() row {
	if i.question < 0 {
		return row{text: i.text, header: true}
	}
	mark := "  "
	if i.current {
		mark = "▸ "
	}
	return row{prefix: "  " + mark, marker: i.current, text: i.text}
}

// faqModel lists the article's FAQ questions grouped by section; enter
// jumps the reader so the question is its first line.
type faqModel struct {
	list  filterList
	empty bool
	note  lipgloss.Style
	w, h  int
}

// newFAQ lists a's FAQ. current is the flat index of the question the
// reader is on (counting questions only), or -1.
func newFAQ(id listID, a *library.Article, current int, st *common.Styles, keys keymap.ListKeys) faqModel {
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
	d := rowDelegate{styles: &st.Row, lines: 1}
	l := newFilterList(id, items, d, st, keys, "FAQ", "entry", "entries")
	// compact: a count of titles and questions together would mislead
	l.compact, l.subtitle = true, sub
	l.list.Filter = sectionFilter(sectionOf, titleRow)
	if sel >= 0 {
		l.list.Select(sel)
	}
	return faqModel{list: l, empty: len(items) == 0, note: st.Reader.Notice}
}

func (m faqModel) update(msg tea.Msg) (faqModel, tea.Cmd) {
	typing := m.list.filtering()
	l, cmd, open := m.list.update(msg)
	m.list = l
	if typing && m.list.filtered() {
		m.selectBestMatch()
	}
	if it, ok := m.list.selected().(faqItem); ok && open {
		j := common.JumpHeading(it.heading)
		if it.question >= 0 {
			j = common.JumpQuestion(it.section, it.question)
		}
		return m, tea.Batch(cmd, func() tea.Msg { return j })
	}
	return m, cmd
}

// sectionFilter is fuzzyFilter keeping each match's section in view:
// a section's title row leads its matches (it is added, unmatched, when
// only questions match), and sections come in the order of their best match.
func sectionFilter(sectionOf, titleRow []int) list.FilterFunc {
	return func(term string, targets []string) []list.Rank {
		var order []int // sections, best match first
		groups := map[int][]list.Rank{}
		for _, r := range fuzzyFilter(term, targets) {
			s := sectionOf[r.Index]
			if _, seen := groups[s]; !seen {
				order = append(order, s)
				groups[s] = []list.Rank{{Index: titleRow[s]}}
			}
			if r.Index == titleRow[s] {
				groups[s][0] = r // the title matched itself
			} else {
				groups[s] = append(groups[s], r)
			}
		}
		var out []list.Rank
		for _, s := range order {
			out = append(out, groups[s]...)
		}
		return out
	}
}

// selectBestMatch moves off a section title that is shown only to group
// the matches, so enter opens the best matching question.
func (m *faqModel) selectBestMatch() {
	l := &m.list.list
	if it, ok := l.SelectedItem().(faqItem); ok && it.question < 0 && len(l.MatchesForItem(l.Index())) == 0 {
		l.CursorDown()
	}
}

func (m *faqModel) setSize(w, h int) {
	m.w, m.h = w, h
	m.list.setSize(w, h)
}

func (m faqModel) view() string {
	if m.empty {
		return m.list.list.Styles.TitleBar.Render(m.list.list.Styles.Title.Render(m.list.list.Title)) +
			"\n" + m.note.PaddingLeft(2).Render(ansi.Truncate("This article has no FAQ.", max(m.w-2, 1), "…"))
	}
	return m.list.list.View()
}

// The screen interface (screens.go).

func (m *faqModel) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, faqModel.update) }
func (m *faqModel) View() string                      { return m.view() }
func (m *faqModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *faqModel) KeyMap(f common.Frame) help.KeyMap { return listScreenHelp(f, &m.list) }
func (m *faqModel) List() *filterList                 { return &m.list }
