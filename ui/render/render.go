// Package render turns an article into terminal lines with glamour and
// records the line each heading and FAQ question lands on, so readers can
// jump to them. It is shared by the TUI reader and `folio show`.
package render

import (
	"github.com/folio-reader/folio/library"
)

// Options say how to render.
type Options struct {
	Width int    // the whole width in cells; every line fits in it
	Style string // glamour standard style: "dark", "light" or "notty"
	Color bool   // emit colour and attribute codes; false gives plain text
}

// Document is a rendered article.
type Document struct {
	Slug     string
	Options  Options
	Lines    []string // rendered lines, none wider than Options.Width cells
	Headings []int    // Headings[i] is the line of the article's Headings[i]
	FAQs     [][]int  // FAQs[s][q] is the line of question q of FAQ section s
}

// Renderer renders articles with one glamour configuration. Build one
// per width and style and reuse it; it is not safe for concurrent use.
type Renderer struct {
	opts Options
}

// New builds a renderer.
func New(o Options) (*Renderer, error) {
	return &Renderer{opts: o}, nil
}

// Render renders a whole article.
func (r *Renderer) Render(a *library.Article) (*Document, error) {
	panic("not yet")
}

// String joins the lines.
func (d *Document) String() string { panic("not yet") }

// Section returns the lines of heading h's section (to the next heading
// of the same or a higher level).
func (d *Document) Section(a *library.Article, h int) []string { panic("not yet") }
