package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/keymap"
)

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
