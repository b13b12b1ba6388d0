package reader

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/reviewcard"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// ReviewCard is the review of the article being read, over it (p): the
// product and its price, the rating and its parts, pros, cons, the
// verdict and the alternatives, as `folio review` prints them. Enter on
// an alternative the library reviews opens that review.
type ReviewCard struct {
	title string
	r     *library.Review
	pager lists.Pager
	st    *common.Styles
	open  key.Binding
}

// NewReviewCard is the card of r, the review of a.
func NewReviewCard(a *library.Article, r *library.Review, st *common.Styles, keys keymap.ListKeys) ReviewCard {
	sub := r.Product.Name
	if sub == "" {
		sub = a.Title
	}
	return ReviewCard{title: a.Title, r: r, pager: lists.NewPager("Review", termsafe.String(sub), st, keys), st: st, open: keys.Open}
}

func (m ReviewCard) update(msg tea.Msg) (ReviewCard, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.open) {
		if i := m.pager.Selected(); i >= 0 && i < len(m.r.Alternatives) && m.r.Alternatives[i].Slug != "" {
			slug := m.r.Alternatives[i].Slug
			return m, common.Send(common.FollowMsg{Slug: slug, Heading: -1, Offset: -1})
		}
		return m, nil
	}
	m.pager.Update(msg)
	return m, nil
}

func (m *ReviewCard) setSize(w, h int) {
	m.pager.SetSize(w, h)
	card := reviewcard.Layout(m.title, m.r, m.pager.Width(), m.st.Review)
	m.pager.SetLines(card.Lines, card.Alternatives)
}

// openHelp is what enter does on the chosen alternative.
func (m ReviewCard) openHelp() string {
	if i := m.pager.Selected(); i >= 0 && i < len(m.r.Alternatives) && m.r.Alternatives[i].Slug != "" {
		return "open its review"
	}
	return ""
}

// The screen interface (ui/common/screen.go).

func (m *ReviewCard) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, ReviewCard.update) }
func (m *ReviewCard) View() string                      { return m.pager.View() }
func (m *ReviewCard) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *ReviewCard) KeyMap(f common.Frame) help.KeyMap { return m.pager.Help(f, m.openHelp()) }
