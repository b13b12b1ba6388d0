package lists

import (
	"fmt"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// TermItem is one tag or category with its article count.
type TermItem struct{ Term library.Term }

func (i TermItem) FilterValue() string { return i.Term.Name }
func (i TermItem) Row() Row {
	n := "articles"
	if i.Term.Count == 1 {
		n = "article"
	}
	return Row{Text: i.Term.Name, Suffix: fmt.Sprintf("  %d %s", i.Term.Count, n)}
}

// Taxonomy lists the tags or the categories; enter narrows the
// articles to the chosen one.
type Taxonomy struct {
	kind common.TermKind
	list FilterList
}

func NewTaxonomy(id ID, kind common.TermKind, terms []library.Term, st *common.Styles, keys keymap.ListKeys) Taxonomy {
	items := make([]list.Item, len(terms))
	for i, t := range terms {
		items[i] = TermItem{Term: t}
	}
	title, one, many := "Tags", "tag", "tags"
	if kind == common.CategoryTerm {
		title, one, many = "Categories", "category", "categories"
	}
	d := RowDelegate{Styles: &st.Row, Lines: 1}
	return Taxonomy{kind: kind, list: NewFilterList(id, items, d, st, keys, title, one, many)}
}

func (m Taxonomy) update(msg tea.Msg) (Taxonomy, tea.Cmd) {
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Chosen(open).(TermItem); ok {
		n := common.NarrowMsg{Kind: m.kind, Name: it.Term.Name}
		return m, tea.Batch(cmd, func() tea.Msg { return n })
	}
	return m, cmd
}

func (m *Taxonomy) setSize(w, h int) { m.list.SetSize(w, h) }
func (m Taxonomy) view() string      { return m.list.list.View() }

// The screen interface (ui/common/screen.go).

func (m *Taxonomy) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Taxonomy.update) }
func (m *Taxonomy) View() string                      { return m.view() }
func (m *Taxonomy) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Taxonomy) KeyMap(f common.Frame) help.KeyMap { return ScreenHelp(f, &m.list) }
func (m *Taxonomy) List() *FilterList                 { return &m.list }

// TermKey names a term list's item: the term.
func TermKey(it list.Item) string {
	if t, ok := it.(TermItem); ok {
		return t.Term.Name
	}
	return ""
}

func TermItems(terms []library.Term) []list.Item {
	items := make([]list.Item, len(terms))
	for i, t := range terms {
		items[i] = TermItem{Term: t}
	}
	return items
}
