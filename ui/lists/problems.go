package lists

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// problemItem is one file folio could not load, or loaded with a fault,
// or a problem with its state file: the path, then the message.
type problemItem struct{ p library.Problem }

func (i problemItem) FilterValue() string { return i.p.Path + " " + i.p.Message }
func (i problemItem) Row() Row {
	mark := "✗ " // skipped
	if i.p.Kept {
		mark = "⚠ " // loaded all the same
	}
	return Row{Flags: mark, Text: i.p.Path, Meta: i.p.Message}
}

// Problems lists every problem, filterable like the other lists.
type Problems struct {
	list  FilterList
	empty bool
	note  lipgloss.Style
}

func NewProblems(id ID, ps []library.Problem, st *common.Styles, keys keymap.ListKeys) Problems {
	items := make([]list.Item, len(ps))
	for i, p := range ps {
		items[i] = problemItem{p: p}
	}
	d := RowDelegate{Styles: &st.Row, Lines: 3} // the message on up to two lines
	l := NewFilterList(id, items, d, st, keys, "Problems", "problem", "problems")
	return Problems{list: l, empty: len(ps) == 0, note: st.Reader.Notice}
}

func (m Problems) update(msg tea.Msg) (Problems, tea.Cmd) {
	l, cmd, _ := m.list.Update(msg) // enter opens nothing
	m.list = l
	return m, cmd
}

func (m *Problems) setSize(w, h int) { m.list.SetSize(w, h) }

func (m Problems) view() string {
	if m.empty {
		ls := m.list.list.Styles
		return ls.TitleBar.Render(ls.Title.Render(m.list.list.Title)) +
			"\n" + m.note.PaddingLeft(2).Render("No problems: every file loaded.")
	}
	return m.list.list.View()
}

// problemsHelp is a list's help without "enter open": a problem opens
// nothing.
type problemsHelp struct{ Help }

// ShortHelp implements help.KeyMap.
func (h problemsHelp) ShortHelp() []key.Binding { return h.drop(h.Help.ShortHelp()) }

// FullHelp implements help.KeyMap.
func (h problemsHelp) FullHelp() [][]key.Binding {
	groups := h.Help.FullHelp()
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

// The screen interface (ui/common/screen.go).

func (m *Problems) Update(msg tea.Msg) tea.Cmd { return common.Step(m, msg, Problems.update) }
func (m *Problems) View() string               { return m.view() }
func (m *Problems) SetSize(w, h int) tea.Cmd   { m.setSize(w, h); return nil }
func (m *Problems) List() *FilterList          { return &m.list }
func (m *Problems) KeyMap(f common.Frame) help.KeyMap {
	return problemsHelp{m.list.Help(f.Keys.Global, false, false)}
}
