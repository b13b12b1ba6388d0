package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// problemItem is one file folio could not load, or loaded with a fault,
// or a problem with its state file: the path, then the message.
type problemItem struct{ p library.Problem }

func (i problemItem) FilterValue() string { return i.p.Path + " " + i.p.Message }
func (i problemItem) row() row {
	mark := "✗ " // skipped
	if i.p.Kept {
		mark = "⚠ " // loaded all the same
	}
	return row{flags: mark, text: i.p.Path, meta: i.p.Message}
}

// problemsModel lists every problem, filterable like the other lists.
type problemsModel struct {
	list  filterList
	empty bool
	note  lipgloss.Style
}

func newProblems(id listID, ps []library.Problem, st *common.Styles, keys keymap.ListKeys) problemsModel {
	items := make([]list.Item, len(ps))
	for i, p := range ps {
		items[i] = problemItem{p: p}
	}
	d := rowDelegate{styles: &st.Row, lines: 3} // the message on up to two lines
	l := newFilterList(id, items, d, st, keys, "Problems", "problem", "problems")
	return problemsModel{list: l, empty: len(ps) == 0, note: st.Reader.Notice}
}

func (m problemsModel) update(msg tea.Msg) (problemsModel, tea.Cmd) {
	l, cmd, _ := m.list.update(msg) // enter opens nothing
	m.list = l
	return m, cmd
}

func (m *problemsModel) setSize(w, h int) { m.list.setSize(w, h) }

func (m problemsModel) view() string {
	if m.empty {
		ls := m.list.list.Styles
		return ls.TitleBar.Render(ls.Title.Render(m.list.list.Title)) +
			"\n" + m.note.PaddingLeft(2).Render("No problems: every file loaded.")
	}
	return m.list.list.View()
}

// problems are the library's load problems and the state file's.
func (m *Model) problems() []library.Problem {
	return append(append([]library.Problem(nil), m.lib.Problems...), m.mem.problems...)
}

// showProblems opens the Problems screen over the current one.
func (m *Model) showProblems() {
	m.problemList = newProblems(m.nextList(), m.problems(), m.styles, m.keys.List)
	m.push(problemsScreen)
}

func (m *Model) problemCount() int { return len(m.lib.Problems) + len(m.mem.problems) }

// problemBadge is the count of problems for the tab bar, or "".
func (m *Model) problemBadge() string {
	n := m.problemCount()
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("⚠ %d %s", n, common.Plural(n, "problem", "problems"))
}

// problemsHelp is a list's help without "enter open": a problem opens
// nothing.
type problemsHelp struct{ listHelp }

// ShortHelp implements help.KeyMap.
func (h problemsHelp) ShortHelp() []key.Binding { return h.drop(h.listHelp.ShortHelp()) }

// FullHelp implements help.KeyMap.
func (h problemsHelp) FullHelp() [][]key.Binding {
	groups := h.listHelp.FullHelp()
	for i, g := range groups {
		groups[i] = h.drop(g)
	}
	return groups
}

func (h problemsHelp) drop(bs []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		if b.Help() != h.l.Open.Help() {
			out = append(out, b)
		}
	}
	return out
}

// The screen interface (screens.go).

func (m *problemsModel) Update(msg tea.Msg) tea.Cmd { return common.Step(m, msg, problemsModel.update) }
func (m *problemsModel) View() string               { return m.view() }
func (m *problemsModel) SetSize(w, h int) tea.Cmd   { m.setSize(w, h); return nil }
func (m *problemsModel) List() *filterList          { return &m.list }
func (m *problemsModel) KeyMap(f common.Frame) help.KeyMap {
	return problemsHelp{m.list.help(f.Keys.Global, false, false)}
}
