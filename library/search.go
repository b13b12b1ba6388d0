package library

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Hit is one article matching a search, with where it matched.
type Hit struct {
	Article *Article
	Score   int
	Field   string // the best field that matched: title, tag, category, excerpt or body
	Snippet string // the matched passage, one line
	Offset  int    // byte offset in Body of the first body match, or -1
}

// Field weights: a title hit outranks a tag or category hit, which
// outranks the excerpt, which outranks the body.
const (
	weightTitle    = 100
	weightTerm     = 50
	weightExcerpt  = 20
	weightBody     = 5
	maxBodyCounted = 10
)

// Search finds the articles matching every word of query (ignoring
// case) in the title, tags, categories, excerpt or body, best first.
func (l *Library) Search(query string) []Hit {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ")
	var hits []Hit
	for _, a := range l.Articles {
		if h, ok := scoreArticle(a, words, phrase); ok {
			hits = append(hits, h)
		}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return b.Score - a.Score })
	return hits
}

func scoreArticle(a *Article, words []string, phrase string) (Hit, bool) {
	title := strings.ToLower(a.Title)
	tags := strings.ToLower(strings.Join(a.AllTags(), "\n"))
	cats := strings.ToLower(strings.Join(a.Categories, "\n"))
	excerpt := strings.ToLower(a.Excerpt)
	body := strings.ToLower(a.Body)
	h := Hit{Article: a, Offset: -1}
	best := 0
	note := func(field string, w int) {
		h.Score += w
		if w > best {
			best, h.Field = w, field
		}
	}
	for _, w := range words {
		found := false
		if strings.Contains(title, w) {
			note("title", weightTitle)
			found = true
		}
		if strings.Contains(tags, w) {
			note("tag", weightTerm)
			found = true
		}
		if strings.Contains(cats, w) {
			note("category", weightTerm)
			found = true
		}
		if strings.Contains(excerpt, w) {
			note("excerpt", weightExcerpt)
			found = true
		}
		if n := strings.Count(body, w); n > 0 {
			note("body", weightBody*min(n, maxBodyCounted))
			found = true
		}
		if !found {
			return h, false
		}
	}
	if strings.Contains(title, phrase) {
		h.Score += weightTitle
	}
	// The snippet shows the whole phrase if the body has it, else the first word.
	at := strings.Index(body, phrase)
	if at < 0 {
		at = strings.Index(body, words[0])
	}
	// Offsets in the lower-cased body hold for the original only when
	// lower-casing kept every byte length, which it does for most text.
	if at >= 0 && len(body) == len(a.Body) {
		h.Offset = at
		h.Snippet = snippet(a.Body, at, len(phrase))
	} else {
		h.Snippet = a.Excerpt
	}
	return h, true
}

// snippet is about 80 characters of text around body[at:at+n], on one line.
func snippet(body string, at, n int) string {
	const around = 40
	start, end := at, min(len(body), at+n)
	for i := 0; i < around && start > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(body[:start])
		start -= size
	}
	for i := 0; i < around && end < len(body); i++ {
		_, size := utf8.DecodeRuneInString(body[end:])
		end += size
	}
	s := inlineText(strings.ReplaceAll(body[start:end], "\n", " "))
	s = strings.TrimLeft(s, "#>-* ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(body) {
		s += "…"
	}
	return s
}
