package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/keymap"
)

// readerHelp is the help.KeyMap of the reader.
type readerHelp struct {
	g keymap.GlobalKeys
	r keymap.ReaderKeys
}

// ShortHelp implements help.KeyMap: the keys for finding one's way in
// an article, which all fit in 80 columns with the search (navkeys.go).
func (h readerHelp) ShortHelp() []key.Binding {
	r, g := h.r, h.g
	next := r.NextHeading
	next.SetHelp("]/[", "heading")
	q := r.NextQuestion
	q.SetHelp("}/{", "question")
	return []key.Binding{r.Contents, r.FAQ, next, q, g.Help, keymap.FirstKey(g.Back)}
}

// FullHelp implements help.KeyMap.
func (h readerHelp) FullHelp() [][]key.Binding {
	r, g := h.r, h.g
	g.Quit.SetHelp("q", "back")
	return [][]key.Binding{
		{r.Up, r.Down, r.HalfDown, r.HalfUp, r.PageDown, r.PageUp, r.Top, r.Bottom, r.Wheel()},
		{r.NextHeading, r.PrevHeading, r.NextQuestion, r.PrevQuestion, r.Contents, r.Click(), r.FAQ, r.Wide, r.CopySection, r.CopyArticle},
		{g.Back, g.Help, g.Quit, g.ForceQuit},
	}
}

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
