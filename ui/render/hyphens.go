package render

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// glamour wraps paragraphs with reflow's wordwrap, which may break a
// line after a hyphen but does not count the hyphen it writes: each
// hyphen on a line let it run one column past the width, and the cut
// that keeps lines within it left a word on a line of its own
// ("high-" / "quality," / "cost-effective…"); a link's address, which
// glamour shows after its text, has hyphens all along it. (glow shows
// the same.) So hyphens in the text glamour wraps are written as
// non-breaking hyphens, which reflow counts like any letter, and turned
// back into hyphens in what the engine returns: prose breaks at spaces,
// and a web address that fits on a line moves to the next whole. One
// longer than the line keeps its hyphens: glamour wraps the whole
// document again (x/ansi's Wordwrap, which counts right) and breaks it
// there. Code blocks are not wrapped, and keep theirs.

// nbHyphen stands for "-" while glamour wraps: one column wide, as the
// hyphen is, and no breakpoint.
const nbHyphen = "\u2011"

// hyphensKept writes the hyphens of doc's text, code spans and the web
// addresses that fit on a line of the given width as nbHyphen, adding
// the new text to src; it reports whether it wrote any. A source that has nbHyphen of its own is left
// as it is, so that the author's are not turned into hyphens after.
func hyphensKept(doc ast.Node, src []byte, line int) ([]byte, bool) {
	if !bytes.Contains(src, []byte("-")) || bytes.Contains(src, []byte(nbHyphen)) {
		return src, false
	}
	kept := false
	swap := func(b []byte) []byte {
		kept = true
		return bytes.ReplaceAll(b, []byte("-"), []byte(nbHyphen))
	}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		for c := n.FirstChild(); c != nil; {
			next := c.NextSibling()
			switch t := c.(type) {
			case *ast.Link:
				if fits(t.Destination, line) && bytes.IndexByte(t.Destination, '-') >= 0 {
					t.Destination = swap(t.Destination)
				}
			case *ast.AutoLink:
				if u := t.URL(src); t.AutoLinkType == ast.AutoLinkURL && t.FirstChild() == nil && fits(u, line) && bytes.IndexByte(u, '-') >= 0 {
					start := len(src)
					src = append(src, swap(u)...)
					a := ast.NewAutoLink(t.AutoLinkType, ast.NewTextSegment(text.NewSegment(start, len(src))))
					a.Protocol = t.Protocol
					n.ReplaceChild(n, c, a)
				}
			case *ast.Text:
				if v := t.Segment.Value(src); bytes.IndexByte(v, '-') >= 0 {
					start := len(src)
					src = append(src, swap(v)...)
					t.Segment = text.NewSegment(start, len(src))
				}
			}
			if c.Kind() != ast.KindFencedCodeBlock && c.Kind() != ast.KindCodeBlock && c.Kind() != ast.KindAutoLink {
				walk(c)
			}
			c = next
		}
	}
	walk(doc)
	return src, kept
}

// fits reports whether a web address fits on a line of the given width:
// then it moves to the next line whole, as any word. A longer one keeps
// its hyphens, where glamour's second wrap, over the whole document,
// breaks it.
func fits(u []byte, line int) bool {
	return utf8.RuneCount(u) <= line && absolute(u)
}

// absolute reports an address with a scheme that a URL parser takes with
// its hyphens swapped: glamour prints such an address as it is, where it
// would resolve a relative one against its base and escape the swapped
// hyphens, or print nothing for one it cannot parse.
func absolute(u []byte) bool {
	if !bytes.Contains(u, []byte("://")) {
		return false
	}
	p, err := url.Parse(strings.ReplaceAll(string(u), "-", nbHyphen))
	return err == nil && p.IsAbs()
}

// hyphensBack turns the engine's nbHyphens back into hyphens.
func hyphensBack(s string) string { return strings.ReplaceAll(s, nbHyphen, "-") }
