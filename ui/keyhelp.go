package ui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// A screen's help is its own KeyMap with the root's keys added where
// they apply: the mark keys and the Questions keys. The footer shows its
// short help, ? its full help (help.go).

// keyMap is the help of a screen in its current state: its own, with the
// mark keys that apply to it.
func (m *Model) keyMap(id screenID) help.KeyMap {
	sp := m.spec(id)
	base := sp.screen.KeyMap(common.Frame{Keys: m.keys, Tabs: sp.tabs, Top: len(m.stack) == 1})
	if sp.bare {
		return base
	}
	marks := markHelp{base: base, keys: m.keys.Marks, lastTab: m.keys.Global.Categories, articles: sp.articles, reader: sp.reading,
		tabs: sp.tabs, browsing: !m.capturing(id), problems: m.problemCount()}
	if l := m.list(id); l != nil {
		marks.empty = len(l.Model().VisibleItems()) == 0
	}
	questions := questionsHelp{base: marks, keys: m.keys.Questions, tabs: sp.tabs && !m.capturing(id),
		narrowed: id == narrowedScreen && !m.capturing(id), after: m.keys.Marks.Bookmarks, open: m.keys.List.Open}
	browsing := !m.capturing(id)
	return reviewsHelp{base: questions, keys: m.keys.Reviews, tabs: sp.tabs && browsing, articles: sp.articles && browsing,
		reading: sp.reading && browsing, after: m.keys.Questions.Questions, bookmark: m.keys.Marks.Bookmark,
		review: m.keys.Reader.Review}
}

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

// questionsHelp adds the Questions keys to a screen's help: 5 among the
// tabs, f on a tag's or category's articles.
type questionsHelp struct {
	base     help.KeyMap
	keys     keymap.QuestionKeys
	tabs     bool
	narrowed bool
	after    key.Binding // the tab key 5 follows in the full help
	open     key.Binding // the key f follows
}

func (h questionsHelp) bindings() []key.Binding {
	k := h.keys
	k.Questions.SetEnabled(h.tabs)
	k.OfArticles.SetEnabled(h.narrowed)
	return []key.Binding{k.OfArticles, k.Questions}
}

// ShortHelp implements help.KeyMap: f leads on a tag's articles; 5 is
// in the full help only, with the other tabs.
func (h questionsHelp) ShortHelp() []key.Binding {
	bs := h.base.ShortHelp()
	if h.narrowed {
		return append([]key.Binding{h.bindings()[0]}, bs...)
	}
	return bs
}

// FullHelp implements help.KeyMap: 5 joins the tabs' group (the one
// holding after, the Bookmarks key), f the group with enter.
func (h questionsHelp) FullHelp() [][]key.Binding {
	groups := h.base.FullHelp()
	bs := h.bindings()
	for _, b := range bs {
		if !b.Enabled() {
			continue
		}
		anchor := h.after
		if b.Help() == h.keys.OfArticles.Help() {
			anchor = h.open
		}
		placed := false
		for i, g := range groups {
			for _, x := range g {
				if !placed && x.Enabled() && x.Help() == anchor.Help() {
					groups[i] = append(append([]key.Binding(nil), g...), b)
					placed = true
				}
			}
		}
		if !placed {
			groups = append(groups, []key.Binding{b})
		}
	}
	return groups
}
