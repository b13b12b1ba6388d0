package render

import (
	"bytes"
	"net/url"
	"strings"

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
// back into hyphens in what the engine returns: prose breaks at spaces.
// Web addresses are kept whole (addressMarks). Code blocks are not
// wrapped, and keep theirs.

// nbHyphen stands for "-" while glamour wraps: one column wide, as the
// hyphen is, and no breakpoint.
const nbHyphen = "\u2011"

// hyphensKept writes the hyphens of doc's text and code spans as
// nbHyphen, and keeps its absolute web addresses whole (addressMarks),
// adding the new text to src; it reports whether it wrote any. A source
// that has nbHyphen or a mark of its own is left as it is, so that the
// author's are not turned into hyphens after.
func hyphensKept(doc ast.Node, src []byte) ([]byte, bool) {
	if !bytes.Contains(src, []byte("-")) && !bytes.Contains(src, []byte("://")) || bytes.Contains(src, []byte(nbHyphen)) || bytes.ContainsAny(src, "\ue001\ue002\ue003\ue004\ue005") {
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
				if absolute(t.Destination) {
					t.Destination = keepAddress(t.Destination)
					kept = true
				}
			case *ast.AutoLink:
				if u := t.URL(src); t.AutoLinkType == ast.AutoLinkURL && t.FirstChild() == nil && absolute(u) {
					kept = true
					var seg text.Segment
					src, seg = addSource(src, keepAddress(u))
					a := ast.NewAutoLink(t.AutoLinkType, ast.NewTextSegment(seg))
					a.Protocol = t.Protocol
					n.ReplaceChild(n, c, a)
				}
			case *ast.Text:
				if v := t.Segment.Value(src); bytes.IndexByte(v, '-') >= 0 {
					src, t.Segment = addSource(src, swap(v))
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

// An absolute web address is kept whole while glamour wraps: its
// hyphens and the other marks glamour's second wrap breaks at (x/ansi's
// Wordwrap: , . ; + |) are written as characters of the private use area,
// one column wide and no breakpoint, and put back after. One that fits
// on a line moves to the next whole; a longer one runs past the width,
// and folio cuts it there, at the width, into a block of full lines
// (where it was broken after hyphens and dots, with the miscount above,
// into ragged pieces: "very-" / "long-" / "very-long-…").
var addressMarks = strings.NewReplacer("-", nbHyphen, ".", "\ue001", ",", "\ue002", ";", "\ue003", "+", "\ue004", "|", "\ue005")

// marksBack puts back what hyphensKept wrote in place of hyphens and marks.
var marksBack = strings.NewReplacer(nbHyphen, "-", "\ue001", ".", "\ue002", ",", "\ue003", ";", "\ue004", "+", "\ue005", "|")

func keepAddress(u []byte) []byte { return []byte(addressMarks.Replace(string(u))) }

// absolute reports an address with a scheme that a URL parser takes
// with its marks swapped: glamour prints such an address as it is,
// where it would resolve a relative one against its base and escape
// what was swapped, or print nothing for one it cannot parse.
func absolute(u []byte) bool {
	if !bytes.Contains(u, []byte("://")) {
		return false
	}
	p, err := url.Parse(addressMarks.Replace(string(u)))
	return err == nil && p.IsAbs()
}

// hyphensBack turns the engine's nbHyphens and address marks back.
func hyphensBack(s string) string { return marksBack.Replace(s) }
