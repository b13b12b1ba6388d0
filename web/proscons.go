package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A review's visible pros and cons box: a label ("Pros", "What we
// liked", "The good") and the list after it, or a list in an element
// whose class says pros or cons.

var (
	prosLabels = labelSet("pros", "pro", "the good", "good", "what we liked", "what we like", "what i liked", "what i like",
		"likes", "liked", "positives", "advantages", "pluses", "strengths", "upsides", "we liked", "the good stuff", "for")
	consLabels = labelSet("cons", "con", "the bad", "bad", "what we didn't like", "what we did not like", "what we disliked",
		"what we don't like", "what i didn't like", "what i disliked", "dislikes", "disliked", "negatives",
		"disadvantages", "minuses", "weaknesses", "downsides", "we didn't like", "the bad stuff", "against")
)

func labelSet(ls ...string) map[string]bool {
	m := map[string]bool{}
	for _, l := range ls {
		m[l] = true
	}
	return m
}

// maxLabelLen bounds a box's label, in bytes.
const maxLabelLen = 40

// readProsCons finds the page's first pros box and first cons box.
func readProsCons(doc *html.Node) (pros, cons []string) {
	walk(doc, func(n *html.Node) bool {
		if pros != nil && cons != nil {
			return false // both found: read no further
		}
		if n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Template, atom.Nav, atom.Footer:
			return false
		}
		label := labelText(n)
		switch {
		case pros == nil && prosLabels[label]:
			pros = listAfter(n)
		case cons == nil && consLabels[label]:
			cons = listAfter(n)
		case pros == nil && hasWord(map[string]bool{"pros": true}, attr(n, "class")):
			pros = firstList(n)
		case cons == nil && hasWord(map[string]bool{"cons": true}, attr(n, "class")):
			cons = firstList(n)
		}
		return true
	})
	return pros, cons
}

// labelText is an element's text as a box label: lower case, without a
// closing colon, curly apostrophes made straight; "" for anything
// longer than a label or holding a list.
func labelText(n *html.Node) string {
	switch n.DataAtom {
	case atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Strong, atom.B, atom.P, atom.Dt, atom.Span, atom.Div, atom.Th, atom.Caption:
	default:
		return ""
	}
	t, ok := shortText(n, maxLabelLen)
	if !ok || t == "" || hasDescendant(n, atom.Ul, atom.Ol, atom.Li) {
		return ""
	}
	t = strings.ToLower(strings.NewReplacer("’", "'", "‘", "'").Replace(t))
	return strings.TrimSpace(strings.TrimRight(t, ":.!-–— "))
}

// listAfter is the items of the list that follows a label: its next
// sibling, or its parent's when the label is the whole of a <p> or a
// heading's text.
func listAfter(label *html.Node) []string {
	for n, hops := label, 0; n != nil && hops < 3; n, hops = n.Parent, hops+1 {
		if next := nextElement(n); next != nil {
			if next.DataAtom == atom.Ul || next.DataAtom == atom.Ol {
				return items(next)
			}
			if next.DataAtom == atom.Dd || next.DataAtom == atom.Div {
				if l := firstList(next); l != nil {
					return l
				}
			}
			return nil
		}
	}
	return nil
}

// nextElement is the element after n among its siblings, skipping white
// space and comments; nil when text comes first or nothing does.
func nextElement(n *html.Node) *html.Node {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		switch {
		case s.Type == html.ElementNode:
			return s
		case s.Type == html.TextNode && strings.TrimSpace(s.Data) != "":
			return nil
		}
	}
	return nil
}

// firstList is the items of the first list in n.
func firstList(n *html.Node) []string {
	var out []string
	walk(n, func(c *html.Node) bool {
		if out != nil {
			return false
		}
		if c.DataAtom == atom.Ul || c.DataAtom == atom.Ol {
			out = items(c)
			return false
		}
		return true
	})
	return out
}

// items is the text of a list's items; nil when it has none.
func items(list *html.Node) []string {
	var out []string
	for c := list.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Li {
			if t := textOf(c); t != "" {
				out = append(out, t)
			}
		}
	}
	return out
}

// shortText is n's text, white space made single, when it is at most
// max bytes; it stops reading past that (a label test on every <div> of
// a page would otherwise read the page once per level of nesting).
func shortText(n *html.Node, max int) (string, bool) {
	var b strings.Builder
	ok := true
	walk(n, func(c *html.Node) bool {
		if !ok {
			return false
		}
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
			b.WriteByte(' ')
			if b.Len() > 4*max { // before white space is folded
				ok = false
			}
		}
		return true
	})
	t := strings.Join(strings.Fields(b.String()), " ")
	return t, ok && len(t) <= max
}
