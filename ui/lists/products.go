package lists

import (
	"fmt"
	"strconv"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// The Products list: every product the library reviews, best rated
// first, with the mean rating of its reviews and how many there are;
// enter lists the articles that review it.

// ProductItem is one product of the Products list.
type ProductItem struct{ P library.ProductReviews }

func (i ProductItem) FilterValue() string { return i.P.Name }
func (i ProductItem) Row() Row {
	n := len(i.P.Reviews)
	suffix := fmt.Sprintf("%d %s", n, common.Plural(n, "review", "reviews"))
	if i.P.Rated {
		suffix = "★ " + strconv.FormatFloat(i.P.Rating, 'f', 1, 64) + " · " + suffix
	}
	suffix = "  " + suffix
	return Row{Text: i.P.Name, Suffix: suffix}
}

// Products lists the products a library reviews.
type Products struct {
	list FilterList
	none bool
}

// NewProducts lists ps.
func NewProducts(id ID, ps []library.ProductReviews, st *common.Styles, keys keymap.ListKeys) Products {
	items := make([]list.Item, len(ps))
	for i, p := range ps {
		items[i] = ProductItem{P: p}
	}
	d := RowDelegate{Styles: &st.Row, Lines: 1}
	return Products{list: NewFilterList(id, items, d, st, keys, "Products", "product", "products"), none: len(ps) == 0}
}

func (m Products) update(msg tea.Msg) (Products, tea.Cmd) {
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Chosen(open).(ProductItem); ok {
		r := common.ReviewsMsg{Product: it.P.Name}
		for _, x := range it.P.Reviews {
			r.Slugs = append(r.Slugs, x.Article.Slug)
		}
		return m, tea.Batch(cmd, common.Send(r))
	}
	return m, cmd
}

func (m Products) view() string {
	if m.none {
		ls := m.list.list.Styles
		return ls.TitleBar.Render(ls.Title.Render(m.list.list.Title)) + "\n" +
			ls.NoItems.Render("No reviews here: a product, rating, pros and cons or verdict makes one (docs/reviews.md).")
	}
	return m.list.list.View()
}

// The screen interface (ui/common/screen.go).

func (m *Products) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Products.update) }
func (m *Products) View() string                      { return m.view() }
func (m *Products) SetSize(w, h int) tea.Cmd          { m.list.SetSize(w, h); return nil }
func (m *Products) KeyMap(f common.Frame) help.KeyMap { return ScreenHelp(f, &m.list) }
func (m *Products) List() *FilterList                 { return &m.list }
