package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/keymap"
)

// readerNavHelp is the reader's help with the search, links, related and
// history keys, in the state the reader's search is in.
type readerNavHelp struct {
	readerHelp
	n               keymap.NavKeys
	typing, finding bool // typing a search; a search is shown
}

// ShortHelp implements help.KeyMap.
func (h readerNavHelp) ShortHelp() []key.Binding {
	n, r, g := h.n, h.r, h.g
	switch {
	case h.typing:
		return []key.Binding{n.FindAccept, n.FindCancel, g.ForceQuit}
	case h.finding:
		return []key.Binding{n.NextMatch(), n.FindClear, r.Contents, n.Links, g.Help}
	}
	find, related := n.Find, n.Related
	find.SetHelp(find.Help().Key, "search")
	related.SetHelp(related.Help().Key, "related")
	// t f ]/[ }/{ / ? esc fit in 80 columns; the rest show when wider
	base := h.readerHelp.ShortHelp()
	return append(append(base[:4:4], find), append(base[4:], n.Links, related, n.History())...)
}

// FullHelp implements help.KeyMap.
func (h readerNavHelp) FullHelp() [][]key.Binding {
	n := h.n
	if h.typing {
		return [][]key.Binding{{n.FindAccept, n.FindCancel, h.g.ForceQuit}}
	}
	n.FindClear.SetEnabled(h.finding)
	out := h.readerHelp.FullHelp()
	nav := []key.Binding{n.Find, n.FindNext, n.FindPrev, n.FindClear, n.Links, n.Related, n.HistBack, n.HistFwd}
	return append(out[:2:2], nav, out[2])
}
