package lists

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

import ()

// Help is the help.KeyMap of a list screen in its current state.
type Help struct {
	g         keymap.GlobalKeys
	l         keymap.ListKeys
	tabs      bool // the Articles/Tags/Categories switch applies
	top       bool // q quits rather than going back
	filtering bool // typing a filter
	filtered  bool // a filter is applied
	empty     bool // nothing to open
}

func (h Help) bindings() (move, filter, tabs, app []key.Binding) {
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
func (h Help) ShortHelp() []key.Binding {
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
func (h Help) FullHelp() [][]key.Binding {
	move, filter, tabs, app := h.bindings()
	return [][]key.Binding{move, filter, tabs, app}
}

// searchHelp is the help.KeyMap of the library search screen.
type searchHelp struct {
	g     keymap.GlobalKeys
	s     keymap.SearchKeys
	empty bool // no results to move through or open
}

// ShortHelp implements help.KeyMap.
func (h searchHelp) ShortHelp() []key.Binding {
	s := h.s
	for _, b := range []*key.Binding{&s.Up, &s.Down, &s.PageUp, &s.PageDown, &s.Open} {
		b.SetEnabled(!h.empty)
	}
	move := s.Up
	move.SetHelp("↑/↓", "choose")
	return []key.Binding{s.Open, move, s.Back, h.g.ForceQuit}
}

// FullHelp implements help.KeyMap.
func (h searchHelp) FullHelp() [][]key.Binding {
	s := h.s
	return [][]key.Binding{{s.Up, s.Down, s.PageUp, s.PageDown}, {s.Open, s.Back, h.g.ForceQuit}}
}

// screenHelp adds the library search key to a list's help.
type screenHelp struct {
	Help
	search key.Binding
}

// ShortHelp implements help.KeyMap.
func (h screenHelp) ShortHelp() []key.Binding {
	s := h.search
	s.SetEnabled(!h.filtering)
	out := h.Help.ShortHelp()
	// after open and filter: the keys a reader reaches for first
	return append(out[:2:2], append([]key.Binding{s}, out[2:]...)...)
}

// FullHelp implements help.KeyMap.
func (h screenHelp) FullHelp() [][]key.Binding {
	s := h.search
	s.SetEnabled(!h.filtering)
	out := h.Help.FullHelp()
	out[1] = append(out[1], s)
	return out
}

// ScreenHelp is the help of a list screen: the list's keys, the tabs
// and the library search.
func ScreenHelp(f common.Frame, l *FilterList) help.KeyMap {
	return screenHelp{l.Help(f.Keys.Global, f.Tabs, f.Top), f.Keys.Nav.Search}
}
