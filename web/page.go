package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// meta is what a page says about itself in its <head>: <meta> tags by
// name or property (lower-cased; repeated ones, such as article:tag,
// keep every value), <html lang> and the JSON-LD blocks.
type meta struct {
	values map[string][]string
	lang   string
	jsonLD []string
	title  string   // <title>
	h1     []string // the texts of the page's <h1>s
}

func (m *meta) first(keys ...string) string {
	for _, k := range keys {
		for _, v := range m.values[k] {
			if v = strings.TrimSpace(v); v != "" {
				return v
			}
		}
	}
	return ""
}

func (m *meta) all(key string) []string { return m.values[key] }

// heading is the page's one <h1> when the <title> holds it ("Kettle
// review" of "Kettle review | Site"): the title without the site's name.
func (m *meta) heading() string {
	if len(m.h1) == 1 && m.h1[0] != "" && strings.Contains(m.title, m.h1[0]) {
		return m.h1[0]
	}
	return ""
}

// readMeta walks the whole document once for <meta>, <html lang> and
// <script type="application/ld+json">.
func readMeta(doc *html.Node) *meta {
	m := &meta{values: map[string][]string{}}
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Html:
			m.lang = strings.TrimSpace(attr(n, "lang"))
		case atom.Title:
			if m.title == "" {
				m.title = textOf(n)
			}
			return false
		case atom.H1:
			m.h1 = append(m.h1, textOf(n))
			return false
		case atom.Meta:
			key := strings.ToLower(attr(n, "property"))
			if key == "" {
				key = strings.ToLower(attr(n, "name"))
			}
			if key == "" {
				key = strings.ToLower(attr(n, "itemprop"))
			}
			if key != "" {
				m.values[key] = append(m.values[key], attr(n, "content"))
			}
		case atom.Script:
			if strings.EqualFold(strings.TrimSpace(attr(n, "type")), "application/ld+json") && n.FirstChild != nil {
				m.jsonLD = append(m.jsonLD, n.FirstChild.Data)
			}
			return false
		}
		return true
	})
	return m
}

// walk calls fn on n and, while fn returns true, on its descendants in
// document order. fn may not remove the node it is given.
func walk(n *html.Node, fn func(*html.Node) bool) {
	if !fn(n) {
		return
	}
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		walk(c, fn)
		c = next
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// chromeTags never hold an article's text. (<noscript> stays: readability
// takes a lazy image's real <img> from it, then drops the rest.)
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Form: true,
	atom.Button: true, atom.Iframe: true, atom.Dialog: true,
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Select: true,
}

// chromeRoles are ARIA landmarks of page furniture.
var chromeRoles = map[string]bool{
	"navigation": true, "complementary": true, "contentinfo": true, "banner": true,
	"dialog": true, "alertdialog": true, "search": true, "menu": true, "menubar": true,
}

// chromeWords, found as a whole word of a class or id ("cookie-banner",
// "share_buttons", "post-comments"), mark furniture. Readability scores
// many of these down too; removing them first makes the result not
// depend on how long the sidebar happens to be.
var chromeWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"share": true, "sharing": true, "social": true, "comment": true, "comments": true,
	"respond": true, "disqus": true, "ad": true, "ads": true, "advert": true,
	"advertisement": true, "adsbygoogle": true, "sponsor": true, "sponsored": true,
	"promo": true, "newsletter": true, "subscribe": true, "signup": true, "popup": true,
	"modal": true, "sidebar": true, "breadcrumb": true, "breadcrumbs": true,
	"related": true, "recommended": true, "paywall": true, "toolbar": true,
	"skip": true, "masthead": true, "navbar": true, "menu": true,
}

// keepTags are never removed for their class: a page's
// <article class="post has-comments"> is the article itself.
var keepTags = map[atom.Atom]bool{atom.Html: true, atom.Body: true, atom.Main: true, atom.Article: true, atom.Head: true}

// stripChrome removes navigation, cookie banners, sidebars, share
// buttons, comments, ads and hidden elements from the document.
func stripChrome(doc *html.Node) {
	var doomed, unwrap []*html.Node
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.CommentNode {
			doomed = append(doomed, n)
			return false
		}
		if n.Type != html.ElementNode {
			return true
		}
		if n.DataAtom == atom.Button && isQuestionButton(n) {
			// readability drops buttons: keep the question's text
			unwrap = append(unwrap, n)
			return true
		}
		if isChrome(n) {
			doomed = append(doomed, n)
			return false
		}
		return true
	})
	for _, n := range doomed {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
	for _, n := range unwrap {
		if n.Parent == nil {
			continue
		}
		for c := n.FirstChild; c != nil; c = n.FirstChild {
			n.RemoveChild(c)
			n.Parent.InsertBefore(c, n)
		}
		n.Parent.RemoveChild(n)
	}
}

func isChrome(n *html.Node) bool {
	if chromeTags[n.DataAtom] {
		return true
	}
	if n.DataAtom == atom.Header && !insideArticle(n) {
		return true // the site's header; an article's own header keeps its byline
	}
	if chromeRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden || attr(n, "aria-hidden") == "true" {
		return true
	}
	if keepTags[n.DataAtom] {
		return false
	}
	if hasWord(chromeWords, attr(n, "class")) || hasWord(chromeWords, attr(n, "id")) {
		return true
	}
	// A byline ("By Ada Lane · March 14, 2026") repeats the author and
	// date the frontmatter holds and the reader's header shows.
	return n.DataAtom != atom.Header && (hasWord(bylineWords, attr(n, "class")) || attr(n, "rel") == "author") &&
		len(textOf(n)) < maxBylineLen
}

// bylineWords mark a byline in a class.
var bylineWords = map[string]bool{"byline": true, "dateline": true, "meta": true, "author": true, "posted": true}

const maxBylineLen = 120

// isQuestionButton: an FAQ accordion's question is often a <button> in
// a heading, or one whose text asks.
func isQuestionButton(n *html.Node) bool {
	if strings.HasSuffix(textOf(n), "?") {
		return true
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if headingAtoms[p.DataAtom] > 0 || p.DataAtom == atom.Summary || p.DataAtom == atom.Dt {
			return true
		}
	}
	return false
}

func insideArticle(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Article || p.DataAtom == atom.Main {
			return true
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hasWord reports whether a class or id has one of words as a whole
// word: "cookie-banner" has "cookie".
func hasWord(words map[string]bool, s string) bool {
	if s == "" {
		return false
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if words[w] {
			return true
		}
	}
	return false
}

// textOf is the node's text with runs of white space made one space.
func textOf(n *html.Node) string {
	var b strings.Builder
	walk(n, func(c *html.Node) bool {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
		}
		return true
	})
	return strings.Join(strings.Fields(b.String()), " ")
}
