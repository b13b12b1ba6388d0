package reader

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
	return append(out[:2:2], nav, out[2], []key.Binding{h.r.Review, h.r.Verdict})
}
