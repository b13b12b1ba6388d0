package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// termItem is one tag or category with its article count.
type termItem struct{ term library.Term }

func (i termItem) FilterValue() string { return i.term.Name }
func (i termItem) row() row {
	n := "articles"
	if i.term.Count == 1 {
		n = "article"
	}
	return row{text: i.term.Name, suffix: fmt.Sprintf("  %d %s", i.term.Count, n)}
}

// taxonomyModel lists the tags or the categories; enter narrows the
// articles to the chosen one.
type taxonomyModel struct {
	kind common.TermKind
	list filterList
}

func newTaxonomy(id listID, kind common.TermKind, terms []library.Term, st *common.Styles, keys keymap.ListKeys) taxonomyModel {
	items := make([]list.Item, len(terms))
	for i, t := range terms {
		items[i] = termItem{term: t}
	}
	title, one, many := "Tags", "tag", "tags"
	if kind == common.CategoryTerm {
		title, one, many = "Categories", "category", "categories"
	}
	d := rowDelegate{styles: &st.Row, lines: 1}
	return taxonomyModel{kind: kind, list: newFilterList(id, items, d, st, keys, title, one, many)}
}

func (m taxonomyModel) update(msg tea.Msg) (taxonomyModel, tea.Cmd) {
	l, cmd, open := m.list.update(msg)
	m.list = l
	if it, ok := m.list.selected().(termItem); ok && open {
		n := common.NarrowMsg{Kind: m.kind, Name: it.term.Name}
		return m, tea.Batch(cmd, func() tea.Msg { return n })
	}
	return m, cmd
}

func (m *taxonomyModel) setSize(w, h int) { m.list.setSize(w, h) }
func (m taxonomyModel) view() string      { return m.list.list.View() }

// The screen interface (screens.go).

func (m *taxonomyModel) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, taxonomyModel.update) }
func (m *taxonomyModel) View() string                      { return m.view() }
func (m *taxonomyModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *taxonomyModel) KeyMap(f common.Frame) help.KeyMap { return listScreenHelp(f, &m.list) }
func (m *taxonomyModel) List() *filterList                 { return &m.list }
