package main

import (
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// maxSlugColumn caps the slug column of `list`: a longer slug is printed
// whole and pushes only its own title out of line. Without it one
// 100,000-character slug padded every line to 100,000 characters.
const maxSlugColumn = 40

// slugColumn is the width of the slug column: the widest slug that is
// no wider than maxSlugColumn.
func slugColumn(arts []*library.Article) int {
	w := 0
	for _, a := range arts {
		if sw := ansi.StringWidth(termsafe.String(a.Slug)); sw <= maxSlugColumn {
			w = max(w, sw)
		}
	}
	return w
}
