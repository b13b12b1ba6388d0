package keymap

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
)

// The root's keys that join a screen's own help where they apply: the
// mark keys, the Questions keys and the review keys. Each wraps the
// help.KeyMap before it, so a screen's help is its own KeyMap with these
// added in turn (ui/keyhelp.go composes them).

// MarkHelp adds the mark keys that apply to a screen to its help.
type MarkHelp struct {
	Base     help.KeyMap
	Keys     MarkKeys
	LastTab  key.Binding // the tab before Bookmarks in the help
	Articles bool        // an article list
	Reader   bool
	Tabs     bool // the lists' tabs apply
	Browsing bool // not typing a filter
	Empty    bool // no article to bookmark
	Problems int
}

// bindings are the mark keys in the state the screen is in.
func (h MarkHelp) bindings() MarkKeys {
	k := h.Keys
	k.Bookmark.SetEnabled(h.Browsing && (h.Articles && !h.Empty || h.Reader))
	k.Unread.SetEnabled(h.Browsing && h.Articles)
	k.Sort.SetEnabled(h.Browsing && h.Articles)
	k.Bookmarks.SetEnabled(h.Browsing && h.Tabs)
	k.Problems.SetEnabled(h.Browsing)
	k.Edit.SetEnabled(h.Browsing && (h.Articles && !h.Empty || h.Reader))
	if h.Problems > 0 {
		k.Problems.SetHelp("!", fmt.Sprintf("%d %s", h.Problems, plural(h.Problems, "problem", "problems")))
	}
	return k
}

// ShortHelp implements help.KeyMap: on the lists the problem count
// first, when there are problems; then the screen's own keys, then the
// marks.
func (h MarkHelp) ShortHelp() []key.Binding {
	k := h.bindings()
	var out []key.Binding
	if h.Tabs && h.Problems > 0 {
		out = append(out, k.Problems)
	}
	out = append(out, h.Base.ShortHelp()...)
	return append(out, k.Bookmark, k.Unread, k.Sort, k.Edit)
}

// FullHelp implements help.KeyMap: the Bookmarks tab joins the other
// tabs' group (the one holding lastTab), the rest make a group of their own.
func (h MarkHelp) FullHelp() [][]key.Binding {
	k := h.bindings()
	groups := h.Base.FullHelp()
	rest := []key.Binding{k.Problems, k.Bookmark, k.Unread, k.Sort}
	for i, g := range groups {
		for _, b := range g {
			if b.Help() == h.LastTab.Help() && b.Enabled() {
				groups[i] = append(slices.Clone(g), k.Bookmarks)
				return append(groups, append(rest, k.Edit))
			}
		}
	}
	return append(groups, append(rest, k.Bookmarks, k.Edit))
}

// QuestionsHelp adds the Questions keys to a screen's help: 5 among the
// tabs, f on a tag's or category's articles.
type QuestionsHelp struct {
	Base     help.KeyMap
	Keys     QuestionKeys
	Tabs     bool
	Narrowed bool
	After    key.Binding // the tab key 5 follows in the full help
	Open     key.Binding // the key f follows
}

func (h QuestionsHelp) bindings() []key.Binding {
	k := h.Keys
	k.Questions.SetEnabled(h.Tabs)
	k.OfArticles.SetEnabled(h.Narrowed)
	return []key.Binding{k.OfArticles, k.Questions}
}

// ShortHelp implements help.KeyMap: f leads on a tag's articles; 5 is
// in the full help only, with the other tabs.
func (h QuestionsHelp) ShortHelp() []key.Binding {
	bs := h.Base.ShortHelp()
	if h.Narrowed {
		return append([]key.Binding{h.bindings()[0]}, bs...)
	}
	return bs
}

// FullHelp implements help.KeyMap: 5 joins the tabs' group (the one
// holding after, the Bookmarks key), f the group with enter.
func (h QuestionsHelp) FullHelp() [][]key.Binding {
	groups := h.Base.FullHelp()
	bs := h.bindings()
	for _, b := range bs {
		if !b.Enabled() {
			continue
		}
		anchor := h.After
		if b.Help() == h.Keys.OfArticles.Help() {
			anchor = h.Open
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

// ReviewsHelp adds the review keys to a screen's help: 6 among the tabs,
// the compare marks and the lowest rating on the article lists, the
// compare marks in the reader.
type ReviewsHelp struct {
	Base              help.KeyMap
	Keys              ReviewKeys
	Tabs              bool
	Articles, Reading bool
	After             key.Binding // the tab key 6 follows in the full help
	Bookmark          key.Binding // the mark keys' group, which the compare keys join
	Review            key.Binding // the reader's review card key, whose group joins them too
}

func (h ReviewsHelp) bindings() ReviewKeys {
	k := h.Keys
	k.Products.SetEnabled(h.Tabs)
	k.Mark.SetEnabled(h.Articles || h.Reading)
	k.Compare.SetEnabled(h.Articles || h.Reading)
	k.MinRating.SetEnabled(h.Articles)
	return k
}

// ShortHelp implements help.KeyMap: the footer has no room for more.
func (h ReviewsHelp) ShortHelp() []key.Binding { return h.Base.ShortHelp() }

// FullHelp implements help.KeyMap: 6 after 5, the rest a group of their own.
func (h ReviewsHelp) FullHelp() [][]key.Binding {
	k := h.bindings()
	groups := h.Base.FullHelp()
	if k.Products.Enabled() {
		placed := false
		for i, g := range groups {
			if j := slices.IndexFunc(g, func(b key.Binding) bool { return b.Enabled() && b.Help() == h.After.Help() }); j >= 0 && !placed {
				groups[i] = append(slices.Clone(g), k.Products)
				placed = true
			}
		}
		if !placed {
			groups = append(groups, []key.Binding{k.Products})
		}
	}
	if !k.Mark.Enabled() {
		return groups
	}
	marks := []key.Binding{k.Mark, k.Compare, k.MinRating}
	if h.Reading { // the reader's review keys (p, v) join them: the help's rows stay as short as before
		if i := slices.IndexFunc(groups, func(g []key.Binding) bool { return len(g) > 0 && g[0].Help() == h.Review.Help() }); i >= 0 {
			marks = append(slices.Clone(groups[i]), marks...)
			groups = slices.Delete(slices.Clone(groups), i, i+1)
		}
	}
	for i, g := range groups { // with the mark keys, as marks too
		if slices.ContainsFunc(g, func(b key.Binding) bool { return b.Enabled() && b.Help() == h.Bookmark.Help() }) {
			groups[i] = append(slices.Clone(g), marks...)
			return groups
		}
	}
	return append(groups, marks)
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
