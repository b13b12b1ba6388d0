package web

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/clipperhouse/uax29/v2/words"
	"github.com/folio-reader/folio/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// What is not an article, said in the one line folio prints: the page
// as served (a login form, a directory listing, a server's status page,
// an archive), or what the extractor found in it (too few words, an
// index of links).

// minArticleWords is the fewest words an extracted article may have.
// Below it the "article" is what was left of the page's furniture.
const minArticleWords = 25

// maxFormPageWords: a page with a password field and fewer words than
// this is a login or sign-up page, not an article with a login box.
const maxFormPageWords = 150

// maxStatusWords: a page titled like an HTTP error with fewer words
// than this is the server's status page.
const maxStatusWords = 100

var (
	listingTitle = lazyre.New(`^(?i)\s*(index of /|directory listing for /)`)
	statusTitle  = lazyre.New(`(?i)^\s*(error\s*)?[1-5]\d\d\b|\b(not found|forbidden|service unavailable|bad gateway|gateway time-?out|internal server error|too many requests|access denied|under maintenance)\b`)
)

// notArticlePage says why a page, before extraction, is not an article;
// "" when it may be one.
func notArticlePage(doc *html.Node, m *meta, ld linkedData) string {
	if listingTitle.MatchString(m.title) {
		return "a directory listing"
	}
	var body *html.Node
	password := false
	walk(doc, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.Body && body == nil:
			body = n
		case n.DataAtom == atom.Input && strings.EqualFold(attr(n, "type"), "password"):
			password = true
		}
		return true
	})
	n := 0
	if body != nil {
		n = countWords(visibleText(body))
	}
	switch {
	case n == 0:
		return "the page has no text"
	case password && n < maxFormPageWords:
		return "a login or sign-up page"
	case statusTitle.MatchString(m.title) && n < maxStatusWords:
		return "a server's status page (" + strings.TrimSpace(m.title) + ")"
	case ld.collection && !ld.article:
		return "an index of pages (schema.org " + ld.collectionType + ")"
	}
	return ""
}

// notArticleText says why the text the extractor chose is not an
// article; "" when it is one.
func notArticleText(article *html.Node) string {
	text := textOf(article)
	total := countWords(text)
	if total < minArticleWords {
		return "fewer than 25 words of text"
	}
	linked, headings, linkedHeadings := 0, 0, 0
	walk(article, func(n *html.Node) bool {
		switch {
		case n.DataAtom == atom.A && strings.HasPrefix(attr(n, "href"), "#"):
			return false // an in-page anchor, a contents list
		case n.DataAtom == atom.A:
			linked += countWords(textOf(n))
			return false
		case headingAtoms[n.DataAtom] > 0:
			headings++
			if t := textOf(n); t != "" && linkedText(n) == t {
				linkedHeadings++
			}
			return true
		}
		return true
	})
	switch {
	case float64(linked) > 0.6*float64(total):
		return "a list of links"
	case linkedHeadings >= 3 && 2*linkedHeadings >= headings && total < 60*linkedHeadings:
		return "an index of articles"
	}
	return ""
}

// linkedText is the text of n's links to other pages.
func linkedText(n *html.Node) string {
	var parts []string
	walk(n, func(c *html.Node) bool {
		if c.DataAtom == atom.A {
			if !strings.HasPrefix(attr(c, "href"), "#") {
				parts = append(parts, textOf(c))
			}
			return false
		}
		return true
	})
	return strings.Join(parts, " ")
}

// visibleText is the text of n but for scripts, styles and templates.
func visibleText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		switch {
		case c.DataAtom == atom.Script || c.DataAtom == atom.Style || c.DataAtom == atom.Template || c.DataAtom == atom.Noscript:
			return false
		case c.Type == html.TextNode:
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return b.String()
}

// countWords counts words the way Unicode segments text (UAX #29), so
// that scripts written without spaces count too: each Han or kana
// character is a word, as a reader of Japanese or Chinese would count a
// text's length, where splitting at spaces finds one "word" a sentence.
func countWords(s string) int {
	n := 0
	it := words.FromString(s)
	for it.Next() {
		w := it.Value()
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			n++
		}
	}
	return n
}
