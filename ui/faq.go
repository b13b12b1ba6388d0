package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/library"
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
func newFAQ(id listID, a *library.Article, current int, st *Styles, keys ListKeys) faqModel {
	var items []list.Item
	n, sel, count := 0, -1, 0
	for s, sec := range a.FAQs {
		items = append(items, faqItem{section: s, question: -1, heading: sec.Heading, text: sec.Title})
		for q, fq := range sec.Questions {
			if n == current {
				sel = len(items)
			}
			items = append(items, faqItem{section: s, question: q, heading: -1, text: fq.Question, current: n == current})
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
	if sel >= 0 {
		l.list.Select(sel)
	}
	return faqModel{list: l, empty: len(items) == 0, note: st.Reader.Notice}
}

func (m faqModel) update(msg tea.Msg) (faqModel, tea.Cmd) {
	l, cmd, open, _ := m.list.update(msg)
	m.list = l
	if it, ok := m.list.selected().(faqItem); ok && open {
		j := jumpMsg{heading: it.heading, section: it.section, question: it.question}
		if it.question < 0 {
			j.section = -1
		}
		return m, tea.Batch(cmd, func() tea.Msg { return j })
	}
	return m, cmd
}

func (m *faqModel) setSize(w, h int) {
	m.w, m.h = w, h
	m.list.setSize(w, h)
}

func (m faqModel) view() string {
	if m.empty {
		return m.list.list.Styles.TitleBar.Render(m.list.list.Styles.Title.Render(m.list.list.Title)) +
			"\n" + m.note.PaddingLeft(2).Render("This article has no FAQ.")
	}
	return m.list.list.View()
}
