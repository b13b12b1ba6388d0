package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
)

// KeyMap holds every binding of the TUI. Screens show the part that
// applies to them; help text always comes from these bindings.
type KeyMap struct {
	Global    GlobalKeys
	List      ListKeys
	Reader    ReaderKeys
	Marks     MarkKeys
	Nav       NavKeys
	Search    SearchKeys
	Questions QuestionKeys
}

// GlobalKeys are matched by the root model on every screen.
type GlobalKeys struct {
	ForceQuit, Quit, Back, Help                  key.Binding
	NextTab, PrevTab, Articles, Tags, Categories key.Binding
}

// ListKeys drive every list: articles, tags, categories, contents, FAQ.
type ListKeys struct {
	Up, Down, PageUp, PageDown, Top, Bottom         key.Binding
	Filter, ClearFilter, AcceptFilter, CancelFilter key.Binding
	Open                                            key.Binding
	wheel                                           key.Binding // help only: the mouse wheel moves too
}

// ReaderKeys drive the article reader.
type ReaderKeys struct {
	Up, Down, HalfDown, HalfUp, PageDown, PageUp, Top, Bottom key.Binding
	NextHeading, PrevHeading, NextQuestion, PrevQuestion      key.Binding
	Contents, FAQ, Wide                                       key.Binding
	CopySection, CopyArticle                                  key.Binding // copy.go
	wheel, click                                              key.Binding // help only: the mouse
}

func bind(keys []string, k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

// DefaultKeyMap returns folio's bindings.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Global: GlobalKeys{
			ForceQuit:  bind([]string{"ctrl+c"}, "ctrl+c", "quit"),
			Quit:       bind([]string{"q"}, "q", "quit"),
			Back:       bind([]string{"esc", "backspace"}, "esc/backspace", "back"),
			Help:       bind([]string{"?"}, "?", "help"),
			NextTab:    bind([]string{"tab"}, "tab", "next list"),
			PrevTab:    bind([]string{"shift+tab"}, "shift+tab", "previous list"),
			Articles:   bind([]string{"1"}, "1", "articles"),
			Tags:       bind([]string{"2"}, "2", "tags"),
			Categories: bind([]string{"3"}, "3", "categories"),
		},
		List: ListKeys{
			Up:           bind([]string{"up", "k"}, "↑/k", "up"),
			Down:         bind([]string{"down", "j"}, "↓/j", "down"),
			PageUp:       bind([]string{"pgup", "left", "h"}, "pgup/←/h", "previous page"),
			PageDown:     bind([]string{"pgdown", "right", "l"}, "pgdn/→/l", "next page"),
			Top:          bind([]string{"home", "g"}, "g/home", "first"),
			Bottom:       bind([]string{"end", "G"}, "G/end", "last"),
			Filter:       bind([]string{"/"}, "/", "filter"),
			ClearFilter:  bind([]string{"esc"}, "esc", "clear filter"),
			AcceptFilter: bind([]string{"enter", "up", "down"}, "enter", "apply filter"),
			CancelFilter: bind([]string{"esc"}, "esc", "cancel filter"),
			Open:         bind([]string{"enter"}, "enter", "open"),
			wheel:        bind([]string{"wheel"}, "wheel", "move"),
		},
		Reader: ReaderKeys{
			Up:           bind([]string{"up", "k"}, "↑/k", "line up"),
			Down:         bind([]string{"down", "j"}, "↓/j", "line down"),
			HalfDown:     bind([]string{"ctrl+d", "d"}, "ctrl+d/d", "half page down"),
			HalfUp:       bind([]string{"ctrl+u", "u"}, "ctrl+u/u", "half page up"),
			PageDown:     bind([]string{" ", "pgdown"}, "space/pgdn", "page down"),
			PageUp:       bind([]string{"b", "pgup"}, "b/pgup", "page up"),
			Top:          bind([]string{"g", "home"}, "g/home", "top"),
			Bottom:       bind([]string{"G", "end"}, "G/end", "bottom"),
			NextHeading:  bind([]string{"]"}, "]", "next heading"),
			PrevHeading:  bind([]string{"["}, "[", "previous heading"),
			NextQuestion: bind([]string{"}"}, "}", "next FAQ question"),
			PrevQuestion: bind([]string{"{"}, "{", "previous FAQ question"),
			Contents:     bind([]string{"t"}, "t", "contents"),
			FAQ:          bind([]string{"f"}, "f", "FAQ"),
			Wide:         bind([]string{"w"}, "w", "wide/narrow"),
			CopySection:  bind([]string{"y"}, "y", "copy section (markdown)"),
			CopyArticle:  bind([]string{"Y"}, "Y", "copy article (markdown)"),
			wheel:        bind([]string{"wheel"}, "wheel", "scroll"),
			click:        bind([]string{"click"}, "click", "contents, footnote: jump"),
		},
		Marks:     defaultMarkKeys(),
		Nav:       defaultNavKeys(),
		Search:    defaultSearchKeys(),
		Questions: defaultQuestionKeys(),
	}
}

// bubblesListKeys gives a bubbles list only the bindings it may act on
// by itself: moving and starting or cancelling a filter. Quitting, help,
// accepting a filter and clearing it are decided by folio.
func (k ListKeys) bubblesListKeys() list.KeyMap {
	return list.KeyMap{
		CursorUp:             k.Up,
		CursorDown:           k.Down,
		PrevPage:             k.PageUp,
		NextPage:             k.PageDown,
		GoToStart:            k.Top,
		GoToEnd:              k.Bottom,
		Filter:               k.Filter,
		CancelWhileFiltering: k.CancelFilter,
	}
}

// listHelp is the help.KeyMap of a list screen in its current state.
type listHelp struct {
	g         GlobalKeys
	l         ListKeys
	tabs      bool // the Articles/Tags/Categories switch applies
	top       bool // q quits rather than going back
	filtering bool // typing a filter
	filtered  bool // a filter is applied
	empty     bool // nothing to open
}

func (h listHelp) bindings() (move, filter, tabs, app []key.Binding) {
	l, g := h.l, h.g
	browsing := !h.filtering
	for _, b := range []*key.Binding{&l.Up, &l.Down, &l.PageUp, &l.PageDown, &l.Top, &l.Bottom, &l.wheel} {
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
	move = []key.Binding{l.Up, l.Down, l.PageUp, l.PageDown, l.Top, l.Bottom, l.wheel}
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
		out = append(out, firstKey(app[0]))
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
	g GlobalKeys
	r ReaderKeys
}

// ShortHelp implements help.KeyMap: the keys for finding one's way in
// an article, which all fit in 80 columns with the search (navkeys.go).
func (h readerHelp) ShortHelp() []key.Binding {
	r, g := h.r, h.g
	next := r.NextHeading
	next.SetHelp("]/[", "heading")
	q := r.NextQuestion
	q.SetHelp("}/{", "question")
	return []key.Binding{r.Contents, r.FAQ, next, q, g.Help, firstKey(g.Back)}
}

// FullHelp implements help.KeyMap.
func (h readerHelp) FullHelp() [][]key.Binding {
	r, g := h.r, h.g
	g.Quit.SetHelp("q", "back")
	return [][]key.Binding{
		{r.Up, r.Down, r.HalfDown, r.HalfUp, r.PageDown, r.PageUp, r.Top, r.Bottom, r.wheel},
		{r.NextHeading, r.PrevHeading, r.NextQuestion, r.PrevQuestion, r.Contents, r.click, r.FAQ, r.Wide, r.CopySection, r.CopyArticle},
		{g.Back, g.Help, g.Quit, g.ForceQuit},
	}
}

// firstKey is b as a footer shows it: its first key only, so
// "esc/backspace" takes no more room than "esc". The full help shows all.
func firstKey(b key.Binding) key.Binding {
	if k, _, _ := strings.Cut(b.Help().Key, "/"); k != "" {
		b.SetHelp(k, b.Help().Desc)
	}
	return b
}

// overlayHelp is the help.KeyMap of the help screen itself.
type overlayHelp struct{ g GlobalKeys }

// ShortHelp implements help.KeyMap.
func (h overlayHelp) ShortHelp() []key.Binding {
	b := h.g.Back
	b.SetHelp("esc/?/q", "close help")
	return []key.Binding{b, h.g.ForceQuit}
}

// FullHelp implements help.KeyMap.
func (h overlayHelp) FullHelp() [][]key.Binding { return [][]key.Binding{h.ShortHelp()} }
