package ui

import (
	"fmt"
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/reviewcard"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
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
