package lists

import (
	"github.com/folio-reader/folio/internal/termsafe"
)

// safeRow is a row with its text from the library (titles, tags,
// headings, questions, link texts, file names, problems) made safe to
// draw: an article's escape sequences show as ␛… and never reach the
// terminal. The mapping keeps one rune for one, so the filter's matches
// still fall on the right letters.
func safeRow(r Row) Row {
	r.Flags = termsafe.String(r.Flags)
	r.Prefix = termsafe.String(r.Prefix)
	r.Text = termsafe.String(r.Text)
	r.Suffix = termsafe.String(r.Suffix)
	r.Meta = termsafe.String(r.Meta)
	if fit := r.FitMeta; fit != nil {
		r.FitMeta = func(width int) string { return termsafe.String(fit(width)) }
	}
	return r
}
