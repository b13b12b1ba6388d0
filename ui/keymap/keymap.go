// Package keymap is folio's key layer: every binding of the TUI in one
// KeyMap, grouped in sections as a keys file names them ([reader]
// next_heading), the scopes whose actions must not share a key, and the
// keys file itself. Screens show the part that applies to them; help
// text always comes from these bindings.
package keymap

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
)

// KeyMap holds every binding of the TUI. Each field is a section of a
// keys file; each exported binding of a section is an action.
type KeyMap struct {
	Global    GlobalKeys
	List      ListKeys
	Reader    ReaderKeys
	Marks     MarkKeys
	Nav       NavKeys
	Search    SearchKeys
	Questions QuestionKeys
	Reviews   ReviewKeys
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

// Wheel is the help line for the mouse wheel, which moves the cursor.
func (k ListKeys) Wheel() key.Binding { return k.wheel }

// ReaderKeys drive the article reader.
type ReaderKeys struct {
	Up, Down, HalfDown, HalfUp, PageDown, PageUp, Top, Bottom key.Binding
	NextHeading, PrevHeading, NextQuestion, PrevQuestion      key.Binding
	Contents, FAQ, Wide                                       key.Binding
	CopySection, CopyArticle                                  key.Binding
	Review, Verdict                                           key.Binding // the review card over the article; the verdict on top
	wheel, click                                              key.Binding // help only: the mouse
}

// Wheel is the help line for the mouse wheel, which scrolls.
func (k ReaderKeys) Wheel() key.Binding { return k.wheel }

// Click is the help line for a click on the article's own contents or
// a footnote.
func (k ReaderKeys) Click() key.Binding { return k.click }

func bind(keys []string, k, desc string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(k, desc))
}

// Default returns folio's bindings.
func Default() KeyMap {
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
			Review:       bind([]string{"p"}, "p", "review card"),
			Verdict:      bind([]string{"v"}, "v", "verdict"),
			wheel:        bind([]string{"wheel"}, "wheel", "scroll"),
			click:        bind([]string{"click"}, "click", "contents, footnote: jump"),
		},
		Marks:     defaultMarkKeys(),
		Nav:       defaultNavKeys(),
		Search:    defaultSearchKeys(),
		Questions: defaultQuestionKeys(),
		Reviews:   defaultReviewKeys(),
	}
}

// BubblesList gives a bubbles list only the bindings it may act on by
// itself: moving and starting or cancelling a filter. Quitting, help,
// accepting a filter and clearing it are decided by folio.
func (k ListKeys) BubblesList() list.KeyMap {
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

// FirstKey is b as a footer shows it: its first key only, so
// "esc/backspace" takes no more room than "esc". The full help shows all.
func FirstKey(b key.Binding) key.Binding {
	if k, _, _ := strings.Cut(b.Help().Key, "/"); k != "" {
		b.SetHelp(k, b.Help().Desc)
	}
	return b
}
