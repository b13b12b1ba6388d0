package ui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// markHelp adds the mark keys that apply to a screen to its help.
type markHelp struct {
	base     help.KeyMap
	keys     keymap.MarkKeys
	lastTab  key.Binding // the tab before Bookmarks in the help
	articles bool        // an article list
	reader   bool
	tabs     bool // the lists' tabs apply
	browsing bool // not typing a filter
	empty    bool // no article to bookmark
	problems int
}

// bindings are the mark keys in the state the screen is in.
func (h markHelp) bindings() keymap.MarkKeys {
	k := h.keys
	k.Bookmark.SetEnabled(h.browsing && (h.articles && !h.empty || h.reader))
	k.Unread.SetEnabled(h.browsing && h.articles)
	k.Sort.SetEnabled(h.browsing && h.articles)
	k.Bookmarks.SetEnabled(h.browsing && h.tabs)
	k.Problems.SetEnabled(h.browsing)
	k.Edit.SetEnabled(h.browsing && (h.articles && !h.empty || h.reader))
	if h.problems > 0 {
		k.Problems.SetHelp("!", fmt.Sprintf("%d %s", h.problems, common.Plural(h.problems, "problem", "problems")))
	}
	return k
}

// ShortHelp implements help.KeyMap: on the lists the problem count
// first, when there are problems; then the screen's own keys, then the
// marks.
func (h markHelp) ShortHelp() []key.Binding {
	k := h.bindings()
	var out []key.Binding
	if h.tabs && h.problems > 0 {
		out = append(out, k.Problems)
	}
	out = append(out, h.base.ShortHelp()...)
	return append(out, k.Bookmark, k.Unread, k.Sort, k.Edit)
}

// FullHelp implements help.KeyMap: the Bookmarks tab joins the other
// tabs' group (the one holding lastTab), the rest make a group of their own.
func (h markHelp) FullHelp() [][]key.Binding {
	k := h.bindings()
	groups := h.base.FullHelp()
	rest := []key.Binding{k.Problems, k.Bookmark, k.Unread, k.Sort}
	for i, g := range groups {
		for _, b := range g {
			if b.Help() == h.lastTab.Help() && b.Enabled() {
				groups[i] = append(slices.Clone(g), k.Bookmarks)
				return append(groups, append(rest, k.Edit))
			}
		}
	}
	return append(groups, append(rest, k.Bookmarks, k.Edit))
}
