package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/render"
)

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
