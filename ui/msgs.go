package ui

import (
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
