package web

import (
	"strings"
	"unicode"

	"github.com/folio-reader/folio/internal/lazyre"
)

// pageAuthor is the article's author: the people its JSON-LD names,
// else the byline the extractor read (the page's author <meta> tags,
// its rel=author link or byline element), else the author <meta> tags
// it does not read. Each is cleaned of "By " and refused when it is an
// address, a "Follow @…" button or a date.
func pageAuthor(ld linkedData, m *meta, byline string) string {
	var people []string
	for _, a := range ld.authors {
		if a = cleanName(a); a != "" {
			people = append(people, a)
		}
	}
	return firstOf(strings.Join(unique(people), ", "), cleanName(byline),
		cleanName(m.first("author", "dc.creator", "parsely-author", "sailthru.author", "article:author")))
}

var (
	byPrefix   = lazyre.New(`(?i)^\s*((written|posted|reported|words|text|story)\s+)?(by|par|von|por|di|door|av|af)\s*:?\s+`)
	notAName   = lazyre.New(`(?i)^(follow|@|share|subscribe|updated|published|posted|last updated|contact)\b|^@`)
	linkInName = lazyre.New(`\(?\s*https?://\S*\s*\)?`)
	monthStart = lazyre.New(`(?i)^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d`)
)

// maxNameLen bounds a byline: longer, it is a paragraph, not a name.
const maxNameLen = 120

// cleanName makes a byline a name: one line, without "By", or "" when
// it is no name.
func cleanName(s string) string {
	s = byPrefix.ReplaceAllString(strings.TrimSpace(s), "")
	if i := strings.IndexAny(s, "\n|"); i >= 0 {
		s = s[:i]
	}
	if !strings.HasPrefix(strings.TrimSpace(s), "http") { // "Ada Lane (https://ada.example/)"
		s = linkInName.ReplaceAllString(s, "")
	}
	s = strings.Join(strings.Fields(s), " ")
	s = strings.Trim(s, " ,;:·|-–—")
	switch {
	case s == "" || len(s) > maxNameLen || isURL(s) || notAName.MatchString(s) || monthStart.MatchString(s):
		return ""
	case !strings.ContainsFunc(s, unicode.IsLetter):
		return ""
	}
	return s
}
