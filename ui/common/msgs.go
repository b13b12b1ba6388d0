package common

import (
	"github.com/folio-reader/folio/library"
)

// Screens report intent with these messages; the root model acts on
// them (ui/update.go). A screen's own results (a render, a filter, a
// search) are messages of its package, keyed by what they answer.

// OpenArticleMsg asks the root to open the reader on an article.
type OpenArticleMsg struct{ Slug string }

// TermKind says whether a term list holds tags or categories.
type TermKind int

const (
	TagTerm TermKind = iota
	CategoryTerm
)

func (k TermKind) String() string {
	if k == CategoryTerm {
		return "category"
	}
	return "tag"
}

// NarrowMsg asks the root to show the articles under a tag or category.
type NarrowMsg struct {
	Kind TermKind
	Name string
}

// ReviewsMsg asks the root to list the articles that review a product.
type ReviewsMsg struct {
	Product string
	Slugs   []string
}

// JumpMsg asks the reader to put a heading or an FAQ question on its
// first line. Build it with JumpHeading or JumpQuestion: the fields are
// the lists' own numbering (-1 where a list item has none), and the
// reader reads them once, as a position.
type JumpMsg struct {
	Heading           int
	Section, Question int
}

// JumpHeading is a jump to heading h (-1: the text above the first).
func JumpHeading(h int) JumpMsg { return JumpMsg{Heading: h, Section: -1, Question: -1} }

// JumpQuestion is a jump to question q of FAQ section s.
func JumpQuestion(s, q int) JumpMsg { return JumpMsg{Heading: -1, Section: s, Question: q} }

// OverlayMsg asks the root to show a screen over the reader (its
// contents, its FAQ…), titled Title. The reader builds its overlays:
// Open makes one with the id the root hands out for its list (a filter's
// results find their list by it); the root only stacks it.
type OverlayMsg struct {
	Title string
	Open  func(listID int) Screen
}

// FollowMsg asks the root to open an article in place of the reader (or
// over the list below when no reader is open), recording the visit.
type FollowMsg struct {
	Slug    string
	Heading int    // a heading to put on top, or -1
	Find    string // a library search's query to show in the article, or ""
	Offset  int    // the body offset of the search's match, or -1
}

// OpenQuestionMsg asks the root to open an article with one of its
// questions (section -1: the article's top) on the reader's first line.
type OpenQuestionMsg struct {
	Slug              string
	Section, Question int
}

type (
	// ShowLinksMsg asks for the links list of the article being read.
	ShowLinksMsg struct{}
	// ShowRelatedMsg asks for the articles related to the one being read.
	ShowRelatedMsg struct{}
	// CloseMsg says the top screen is done: back one.
	CloseMsg struct{}
	// HistoryMsg moves back (-1) or forward (+1) in the reading history.
	HistoryMsg struct{ Step int }
	// LinkMsg asks to follow a link of the article being read.
	LinkMsg struct{ Link library.Link }
	// SaveLinkMsg asks to save the web page of a link into the library.
	SaveLinkMsg struct{ Link library.Link }
)
