package ui

import "github.com/charmbracelet/bubbles/key"

// NavKeys reach past the article on screen: the library search, the
// search inside an article, its links, related articles and the
// reading history.
type NavKeys struct {
	Search                            key.Binding // from any list: search the library
	Find, FindNext, FindPrev          key.Binding // in the reader: search the article
	FindAccept, FindCancel, FindClear key.Binding
	Links, Related, HistBack, HistFwd key.Binding
	SaveLink                          key.Binding // in the links list: save the web page (savelink.go)
	CopyLink                          key.Binding // in the links list: copy.go
	historyHelp                       key.Binding // H/L together, for the footer
	nextMatchHelp                     key.Binding // n/N together, for the footer
}

// SearchKeys drive the library search screen, where letters are typed
// into the query.
type SearchKeys struct {
	Up, Down, PageUp, PageDown, Open, Back key.Binding
}

func defaultNavKeys() NavKeys {
	return NavKeys{
		Search:        bind([]string{"s"}, "s", "search library"),
		Find:          bind([]string{"/"}, "/", "search article"),
		FindNext:      bind([]string{"n"}, "n", "next match"),
		FindPrev:      bind([]string{"N"}, "N", "previous match"),
		FindAccept:    bind([]string{"enter"}, "enter", "search"),
		FindCancel:    bind([]string{"esc"}, "esc", "cancel search"),
		FindClear:     bind([]string{"esc"}, "esc", "clear search"),
		Links:         bind([]string{"l"}, "l", "links"),
		Related:       bind([]string{"r"}, "r", "related articles"),
		SaveLink:      bind([]string{"a"}, "a", "save page"),
		CopyLink:      bind([]string{"y"}, "y", "copy address"),
		HistBack:      bind([]string{"H", "alt+left"}, "H/alt+←", "back in history"),
		HistFwd:       bind([]string{"L", "alt+right"}, "L/alt+→", "forward in history"),
		historyHelp:   bind([]string{"H"}, "H/L", "history"),
		nextMatchHelp: bind([]string{"n"}, "n/N", "next/prev match"),
	}
}

func defaultSearchKeys() SearchKeys {
	return SearchKeys{
		Up:       bind([]string{"up", "ctrl+p"}, "↑", "up"),
		Down:     bind([]string{"down", "ctrl+n"}, "↓", "down"),
		PageUp:   bind([]string{"pgup"}, "pgup", "previous page"),
		PageDown: bind([]string{"pgdown"}, "pgdn", "next page"),
		Open:     bind([]string{"enter"}, "enter", "open at the match"),
		Back:     bind([]string{"esc"}, "esc", "back"),
	}
}

// searchHelp is the help.KeyMap of the library search screen.
type searchHelp struct {
	g     GlobalKeys
	s     SearchKeys
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

// withSearch adds the library search key to a list's help.
type withSearch struct {
	listHelp
	search key.Binding
}

// ShortHelp implements help.KeyMap.
func (h withSearch) ShortHelp() []key.Binding {
	s := h.search
	s.SetEnabled(!h.filtering)
	out := h.listHelp.ShortHelp()
	// after open and filter: the keys a reader reaches for first
	return append(out[:2:2], append([]key.Binding{s}, out[2:]...)...)
}

// FullHelp implements help.KeyMap.
func (h withSearch) FullHelp() [][]key.Binding {
	s := h.search
	s.SetEnabled(!h.filtering)
	out := h.listHelp.FullHelp()
	out[1] = append(out[1], s)
	return out
}

// readerNavHelp is the reader's help with the search, links, related and
// history keys, in the state the reader's search is in.
type readerNavHelp struct {
	readerHelp
	n               NavKeys
	typing, finding bool // typing a search; a search is shown
}

// ShortHelp implements help.KeyMap.
func (h readerNavHelp) ShortHelp() []key.Binding {
	n, r, g := h.n, h.r, h.g
	switch {
	case h.typing:
		return []key.Binding{n.FindAccept, n.FindCancel, g.ForceQuit}
	case h.finding:
		return []key.Binding{n.nextMatchHelp, n.FindClear, r.Contents, n.Links, g.Help}
	}
	find, related := n.Find, n.Related
	find.SetHelp(find.Help().Key, "search")
	related.SetHelp(related.Help().Key, "related")
	// t f ]/[ }/{ / ? esc fit in 80 columns; the rest show when wider
	base := h.readerHelp.ShortHelp()
	return append(append(base[:4:4], find), append(base[4:], n.Links, related, n.historyHelp)...)
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
