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
