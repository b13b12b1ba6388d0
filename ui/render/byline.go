package render

import (
	"fmt"
	"strings"

	"github.com/folio-reader/folio/library"
)

// BylinePart names a part of the line under an article's title.
type BylinePart int

// The parts of a byline, in the order they are written.
const (
	Author BylinePart = 1 << iota
	Date
	Categories  // joined with ", "
	ReadingTime // "12 min read"
	Rating      // a review's rating, "★ 4.5"
)

// BylineParts are the parts of a's byline that want names and a has, in
// the order author, date, rating, categories, reading time. The reader, the
// article lists and `folio show` all write their bylines with it.
func BylineParts(a *library.Article, want BylinePart) []string {
	var out []string
	add := func(p BylinePart, s string) {
		if want&p != 0 && s != "" {
			out = append(out, s)
		}
	}
	add(Author, a.Author)
	add(Date, a.DateString())
	add(Rating, library.RatingLabel(a.Rating))
	add(Categories, strings.Join(a.Categories, ", "))
	if a.ReadingMinutes > 0 {
		add(ReadingTime, fmt.Sprintf("%d min read", a.ReadingMinutes))
	}
	return out
}

// Byline is BylineParts joined with " · ".
func Byline(a *library.Article, want BylinePart) string {
	return strings.Join(BylineParts(a, want), " · ")
}

// TitleInText reports an article whose text opens with a heading that
// says its title: the heading shows it, and a header above the text
// (the reader's, `folio show`'s) does not repeat it.
func TitleInText(a *library.Article) bool {
	if len(a.Headings) == 0 || strings.TrimSpace(a.Body[:min(a.Headings[0].Offset, len(a.Body))]) != "" {
		return false
	}
	fold := func(s string) string { return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".") }
	return strings.EqualFold(fold(a.Headings[0].Text), fold(a.Title))
}
