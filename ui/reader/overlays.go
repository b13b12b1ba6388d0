package reader

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
)

// The screens the reader opens over itself. Each key asks the root with
// an OverlayMsg whose Open builds the screen from plain values taken
// now; the root stacks it, and a jump it sends (common.JumpMsg) closes
// it and comes back to the reader. A new overlay is a file with its
// model, a method here, and the key's case in keys.go.

// showContents opens the table of contents, the heading being read
// marked.
func (m Model) showContents() tea.Cmd {
	a, current, st, keys := m.art, m.CurrentHeading(), m.styles, m.cfg.Keys.List
	return common.Send(common.OverlayMsg{Title: "Contents", Open: func(id int) common.Screen {
		c := NewContents(lists.ID(id), a, current, st, keys)
		return &c
	}})
}

// showFAQ opens the article's FAQ, the question being read marked.
func (m Model) showFAQ() tea.Cmd {
	a, current, st, keys := m.art, m.CurrentQuestion(), m.styles, m.cfg.Keys.List
	return common.Send(common.OverlayMsg{Title: "FAQ", Open: func(id int) common.Screen {
		f := NewFAQ(lists.ID(id), a, current, st, keys)
		return &f
	}})
}

// showReview opens the review card, or says in the status line that
// the article has no review folio can read.
func (m *Model) showReview() tea.Cmd {
	r := m.review()
	if r == nil {
		m.note = "no review here: no rating, pros and cons or verdict"
		return nil
	}
	a, st, keys := m.art, m.styles, m.cfg.Keys.List
	return common.Send(common.OverlayMsg{Title: "Review", Open: func(int) common.Screen {
		c := NewReviewCard(a, r, st, keys)
		return &c
	}})
}

// review is the article's review, its alternatives linked to the
// library's articles when the root gave the library's Review.
func (m Model) review() *library.Review {
	if m.cfg.Review != nil {
		return m.cfg.Review(m.art)
	}
	return library.ReviewOf(m.art)
}
