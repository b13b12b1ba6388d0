package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
)

// The columns of `list`: date, slug, title, measured in terminal cells
// (text/tabwriter counts runes, so a slug in Chinese or Japanese, two
// cells a character, would push its title out of line).

const (
	dateColumn = 10 // 2026-02-02, or undated
	columnGap  = 2
	// maxSlugColumn caps the slug column where the output's width is
	// unknown (a pipe): without a cap one 100,000-character slug padded
	// every line to 100,000 characters.
	maxSlugColumn = 100
	// minTitleRoom is what a terminal's width keeps for the title when
	// the slug column is sized to it.
	minTitleRoom = 30
)

// slugColumn is the width of the slug column: the widest slug within
// the cap, which is maxSlugColumn, or on a terminal width cells wide
// (0: not a terminal) what leaves the title minTitleRoom.
func slugColumn(arts []*library.Article, width int) int {
	limit := maxSlugColumn
	if width > 0 {
		limit = max(20, min(limit, width-dateColumn-2*columnGap-minTitleRoom))
	}
	w := 0
	for _, a := range arts {
		if sw := ansi.StringWidth(termsafe.String(a.Slug)); sw <= limit {
			w = max(w, sw)
		}
	}
	return w
}

// printArticles prints one article a line: date, slug, title, each
// title in the same column. A slug wider than the column (slugColumn)
// is printed whole with its title on the next line, in that column.
func printArticles(w io.Writer, arts []*library.Article, width int) error {
	column := slugColumn(arts, width)
	titleIndent := strings.Repeat(" ", dateColumn+columnGap+column+columnGap)
	bw := bufio.NewWriter(w)
	for _, a := range arts {
		date := a.DateString()
		if date == "" {
			date = "undated"
		}
		slug := termsafe.String(a.Slug)
		title := termsafe.String(a.Title)
		if sw := ansi.StringWidth(slug); sw > column {
			fmt.Fprintf(bw, "%-*s  %s\n%s%s\n", dateColumn, date, slug, titleIndent, title)
			continue
		}
		pad := strings.Repeat(" ", column-ansi.StringWidth(slug))
		fmt.Fprintf(bw, "%-*s  %s%s  %s\n", dateColumn, date, slug, pad, title)
	}
	return bw.Flush()
}
