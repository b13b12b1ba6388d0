package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/keymap"
)

// listHelp is the help.KeyMap of a list screen in its current state.
type listHelp struct {
	g         keymap.GlobalKeys
	l         keymap.ListKeys
	tabs      bool // the Articles/Tags/Categories switch applies
	top       bool // q quits rather than going back
	filtering bool // typing a filter
	filtered  bool // a filter is applied
	empty     bool // nothing to open
}

func (h listHelp) bindings() (move, filter, tabs, app []key.Binding) {
	l, g := h.l, h.g
	browsing := !h.filtering
	wheel := l.Wheel()
	for _, b := range []*key.Binding{&l.Up, &l.Down, &l.PageUp, &l.PageDown, &l.Top, &l.Bottom, &wheel} {
		b.SetEnabled(browsing && !h.empty)
	}
	l.Filter.SetEnabled(browsing && !h.empty)
	l.ClearFilter.SetEnabled(browsing && h.filtered)
	l.AcceptFilter.SetEnabled(h.filtering)
	l.CancelFilter.SetEnabled(h.filtering)
	l.Open.SetEnabled(browsing && !h.empty)
	for _, b := range []*key.Binding{&g.NextTab, &g.PrevTab, &g.Articles, &g.Tags, &g.Categories} {
		b.SetEnabled(browsing && h.tabs)
	}
	g.Back.SetEnabled(browsing && !h.top)
	g.Help.SetEnabled(browsing)
	g.Quit.SetEnabled(browsing)
	if !h.top {
		g.Quit.SetHelp("q", "back")
	}
	move = []key.Binding{l.Up, l.Down, l.PageUp, l.PageDown, l.Top, l.Bottom, wheel}
	filter = []key.Binding{l.Open, l.Filter, l.AcceptFilter, l.CancelFilter, l.ClearFilter}
	tabs = []key.Binding{g.NextTab, g.PrevTab, g.Articles, g.Tags, g.Categories}
	app = []key.Binding{g.Back, g.Help, g.Quit, g.ForceQuit}
	return move, filter, tabs, app
}

// ShortHelp implements help.KeyMap.
func (h listHelp) ShortHelp() []key.Binding {
	_, filter, tabs, app := h.bindings() // arrows need no footer room
	out := []key.Binding{filter[0], filter[1], filter[2], filter[3], filter[4], tabs[0]}
	if !h.filtered { // with a filter applied, esc clears it first, and says so
		out = append(out, keymap.FirstKey(app[0]))
	}
	out = append(out, app[1])
	if h.top {
		out = append(out, app[2]) // q quits; elsewhere esc already says back
	}
	return out
}

// FullHelp implements help.KeyMap.
func (h listHelp) FullHelp() [][]key.Binding {
	move, filter, tabs, app := h.bindings()
	return [][]key.Binding{move, filter, tabs, app}
}

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
