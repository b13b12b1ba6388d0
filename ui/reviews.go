package ui

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/reviewcard"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// Weighing reviews from the lists: the Products tab (built when shown),
// a product's reviews, the articles marked to compare (x) and the
// compare screen (c), and the lowest rating the article lists show (*).
// Marks to compare and the lowest rating last for the session.

// syncProducts builds the Products tab's list when it is shown and the
// library changed since it was built: nothing is spent on it until then.
func (m *Model) syncProducts() {
	if m.stack[0] != productsScreen || m.productsOf == m.lib {
		return
	}
	m.products = lists.NewProducts(m.nextList(), library.Products(m.lib.Articles), m.styles, m.keys.List)
	m.productsOf = m.lib
	m.products.SetSize(m.w, m.bodyHeight(productsScreen))
}

// showReviews lists the articles that review a product, over the
// Products list.
func (m *Model) showReviews(msg common.ReviewsMsg) tea.Cmd {
	var arts []*library.Article
	for _, s := range msg.Slugs {
		if a, ok := m.article(s); ok {
			arts = append(arts, a)
		}
	}
	m.narrowed = lists.NewArticles(m.nextList(), arts, nil, "Reviews · "+msg.Product, m.rowMarks, m.styles, m.keys.List)
	m.narrowed.Apply(m.articleView(), false)
	return m.push(narrowedScreen)
}

// toggleCompare marks a to compare, or takes its mark away.
func (m *Model) toggleCompare(a *library.Article) tea.Cmd {
	if a == nil {
		return nil
	}
	if i := slices.Index(m.mem.compare, a.Slug); i >= 0 {
		m.mem.compare = slices.Delete(m.mem.compare, i, i+1)
	} else {
		m.mem.compare = append(m.mem.compare, a.Slug)
	}
	n := len(m.mem.compare)
	note := fmt.Sprintf("◆ %d marked to compare", n)
	if k := m.keys.Reviews.Compare.Help().Key; n >= 2 && k != "" {
		note += ": " + k + " compares them"
	}
	return tea.Batch(m.refreshLists(), m.notify(note))
}

// showCompare opens the compare screen on the marked articles.
func (m *Model) showCompare() tea.Cmd {
	var cs []reviewcard.Compared
	for _, s := range m.mem.compare {
		if a, ok := m.article(s); ok {
			cs = append(cs, reviewcard.Compared{Title: a.Title, Review: m.lib.Review(a)})
		}
	}
	if len(cs) < 2 {
		return m.notify("mark two articles or more to compare, with " + m.keys.Reviews.Mark.Help().Key)
	}
	m.compareView = lists.NewCompare(cs, m.styles, m.keys.List)
	return m.push(compareScreen)
}

// nextMinRating shows only articles rated at least the next step.
func (m *Model) nextMinRating() tea.Cmd {
	m.mem.minRating = lists.NextMinRating(m.mem.minRating)
	return m.refreshLists()
}

// reviewsHelp adds the review keys to a screen's help: 6 among the tabs,
// the compare marks and the lowest rating on the article lists, the
// compare marks in the reader.
type reviewsHelp struct {
	base              help.KeyMap
	keys              keymap.ReviewKeys
	tabs              bool
	articles, reading bool
	after             key.Binding // the tab key 6 follows in the full help
	bookmark          key.Binding // the mark keys' group, which the compare keys join
	review            key.Binding // the reader's review card key, whose group joins them too
}

func (h reviewsHelp) bindings() keymap.ReviewKeys {
	k := h.keys
	k.Products.SetEnabled(h.tabs)
	k.Mark.SetEnabled(h.articles || h.reading)
	k.Compare.SetEnabled(h.articles || h.reading)
	k.MinRating.SetEnabled(h.articles)
	return k
}

// ShortHelp implements help.KeyMap: the footer has no room for more.
func (h reviewsHelp) ShortHelp() []key.Binding { return h.base.ShortHelp() }

// FullHelp implements help.KeyMap: 6 after 5, the rest a group of their own.
func (h reviewsHelp) FullHelp() [][]key.Binding {
	k := h.bindings()
	groups := h.base.FullHelp()
	if k.Products.Enabled() {
		placed := false
		for i, g := range groups {
			if j := slices.IndexFunc(g, func(b key.Binding) bool { return b.Enabled() && b.Help() == h.after.Help() }); j >= 0 && !placed {
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
	if h.reading { // the reader's review keys (p, v) join them: the help's rows stay as short as before
		if i := slices.IndexFunc(groups, func(g []key.Binding) bool { return len(g) > 0 && g[0].Help() == h.review.Help() }); i >= 0 {
			marks = append(slices.Clone(groups[i]), marks...)
			groups = slices.Delete(slices.Clone(groups), i, i+1)
		}
	}
	for i, g := range groups { // with the mark keys, as marks too
		if slices.ContainsFunc(g, func(b key.Binding) bool { return b.Enabled() && b.Help() == h.bookmark.Help() }) {
			groups[i] = append(slices.Clone(g), marks...)
			return groups
		}
	}
	return append(groups, marks)
}
