package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/render"
)

// Children report intent with these messages; the root model acts on them.

// openArticleMsg asks the root to open the reader on an article.
type openArticleMsg struct{ slug string }

// narrowMsg asks the root to show the articles under a tag or category.
type narrowMsg struct {
	kind termKind
	name string
}

// jumpMsg asks the reader to put a heading or an FAQ question on its
// first line. Build it with jumpHeading or jumpQuestion: the fields are
// the lists' own numbering (-1 where a list item has none), and the
// reader reads them once, as a position (see position).
type jumpMsg struct {
	heading           int
	section, question int
}

func jumpHeading(h int) jumpMsg { return jumpMsg{heading: h, section: -1, question: -1} }

func jumpQuestion(s, q int) jumpMsg { return jumpMsg{heading: aboveHeadings, section: s, question: q} }

// position is where the jump goes: the question when one is named,
// else the heading.
func (j jumpMsg) position() position {
	if j.section >= 0 && j.question >= 0 {
		return position{heading: aboveHeadings, question: some(faqRef{j.section, j.question})}
	}
	return position{heading: j.heading}
}

// renderedMsg is a finished render. It says which article, width, style
// and colour it was made for, so the reader drops results it no longer
// wants (a later resize, another article).
type renderedMsg struct {
	key docKey
	doc *render.Document
	err error
}

// docKey identifies a rendered document.
type docKey struct {
	slug   string
	width  int
	style  string
	color  bool
	rev    int    // the article's version: it changes when its file is read again
	links  bool   // web addresses as OSC 8 hyperlinks
	images string // how pictures are drawn: render.ImagesBlocks or off
	rows   int    // the most rows a picture takes: half the reader's height, 0 for an article without pictures
}

// filterMsg is a bubbles list's filter result tagged with the list it is
// for and the filter text it answers, so a slow result never lands in
// another list or overwrites a newer query.
type filterMsg struct {
	list  listID
	query string
	gen   int // the list's items it filtered (see filterList.replace)
	msg   tea.Msg
}

// overlayMsg asks the root to open the reader's contents or FAQ.
type overlayMsg struct{ screen screenID }
