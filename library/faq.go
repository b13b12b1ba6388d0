package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

var contentsHeading = lazyre.New(`(?i)^(table of contents|contents|in this (article|post|guide)|on this page)$`)

// scanContents resolves the items of an in-body table of contents list to
// the headings they name, by anchor link or by text.
func scanContents(body string, lines []line, hs []Heading) []ContentsItem {
	var items []ContentsItem
	for i, h := range hs {
		if !isContentsHeading(h.Text) {
			continue
		}
		end := sectionEnd(hs, i, len(body))
		for _, l := range lines {
			if l.code || l.offset <= h.Offset || l.offset >= end {
				continue
			}
			m := listPattern.FindStringSubmatch(l.text)
			if m == nil {
				continue
			}
			target := -1
			if lm, ok := findLink(m[1], 0); ok {
				target = headingByAnchor(hs, m[1][lm.urlStart:lm.urlEnd])
			}
			text := inlineText(m[1])
			if target < 0 {
				target = headingByText(hs, text, i)
			}
			items = append(items, ContentsItem{Text: text, Heading: target})
		}
	}
	return items
}

// headingByText finds the heading whose text matches, ignoring case,
// punctuation and spacing; skip is the contents heading itself.
func headingByText(hs []Heading, text string, skip int) int {
	want := anchorOf(text)
	for j, h := range hs {
		if j != skip && anchorOf(h.Text) == want {
			return j
		}
	}
	return -1
}

// nextLine returns the offset just past the line that holds off.
func nextLine(body string, off int) int {
	if i := strings.IndexByte(body[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(body)
}
