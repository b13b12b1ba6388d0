package ui

import "github.com/folio-reader/folio/internal/termsafe"

// safeRow is a row with its text from the library (titles, tags,
// headings, questions, link texts, file names, problems) made safe to
// draw: an article's escape sequences show as ␛… and never reach the
// terminal. The mapping keeps one rune for one, so the filter's matches
// still fall on the right letters.
func safeRow(r row) row {
	r.flags = termsafe.String(r.flags)
	r.prefix = termsafe.String(r.prefix)
	r.text = termsafe.String(r.text)
	r.suffix = termsafe.String(r.suffix)
	r.meta = termsafe.String(r.meta)
	if fit := r.fitMeta; fit != nil {
		r.fitMeta = func(width int) string { return termsafe.String(fit(width)) }
	}
	return r
}
