package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// helpModel is the help overlay: the full keymap of the screen under it,
// one block per group, laid out in as many columns as fit.
type helpModel struct {
	title  string
	keys   help.KeyMap
	styles *common.Styles
	w, h   int
}

// showHelp opens the help of the screen on top, over it.
func (m *Model) showHelp(top screenID) tea.Cmd {
	m.help = helpModel{title: m.title(top), keys: m.keyMap(top), styles: m.styles}
	return m.push(helpScreen)
}

func (m *helpModel) setSize(w, h int) { m.w, m.h = w, h }

func (m helpModel) view() string {
	st := m.styles.Help
	var blocks []string
	for _, group := range m.keys.FullHelp() {
		var ks []key.Binding
		width := 0
		for _, b := range group {
			if b.Enabled() && b.Help().Key != "" {
				ks = append(ks, b)
				width = max(width, ansi.StringWidth(b.Help().Key))
			}
		}
		if len(ks) == 0 {
			continue
		}
		lines := make([]string, len(ks))
		for i, b := range ks {
			k := b.Help().Key
			lines[i] = st.FullKey.Render(k+strings.Repeat(" ", width-ansi.StringWidth(k))) + "  " + st.FullDesc.Render(b.Help().Desc)
		}
		blocks = append(blocks, strings.Join(lines, "\n"))
	}
	out := []string{m.styles.Title.Render(ansi.Truncate("  Keys · "+m.title, m.w, "…")), ""}
	const gap, indent = 4, 2
	var row []string
	used := indent
	flush := func() {
		if len(row) > 0 {
			out = append(out, lipgloss.NewStyle().PaddingLeft(indent).Render(lipgloss.JoinHorizontal(lipgloss.Top, row...)), "")
		}
		row, used = nil, indent
	}
	for _, b := range blocks {
		bw := lipgloss.Width(b)
		if len(row) > 0 && used+gap+bw > m.w {
			flush()
		}
		if len(row) > 0 {
			b = lipgloss.NewStyle().PaddingLeft(gap).Render(b)
			bw += gap
		}
		row = append(row, b)
		used += bw
	}
	flush()
	return strings.Join(out, "\n")
}

// The screen interface (screens.go).

func (m *helpModel) Update(tea.Msg) tea.Cmd            { return nil }
func (m *helpModel) View() string                      { return m.view() }
func (m *helpModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *helpModel) KeyMap(f common.Frame) help.KeyMap { return overlayHelp{g: f.Keys.Global} }

// overlayHelp is the help.KeyMap of the help screen itself.
type overlayHelp struct{ g keymap.GlobalKeys }

// ShortHelp implements help.KeyMap.
func (h overlayHelp) ShortHelp() []key.Binding {
	b := h.g.Back
	b.SetHelp("esc/?/q", "close help")
	return []key.Binding{b, h.g.ForceQuit}
}

// FullHelp implements help.KeyMap.
func (h overlayHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
