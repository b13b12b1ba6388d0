package render

import (
	"bytes"
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
// Web addresses keep their hyphens, where an address longer than the
// line is best broken (and still may run one column a hyphen past the
// width); code blocks are not wrapped, and keep theirs.

// nbHyphen stands for "-" while glamour wraps: one column wide, as the
// hyphen is, and no breakpoint.
const nbHyphen = "\u2011"

// hyphensKept writes the hyphens of doc's text and code spans as
// nbHyphen, adding the new text to src; it reports whether it wrote any. A source that has nbHyphen of its own is left
// as it is, so that the author's are not turned into hyphens after.
func hyphensKept(doc ast.Node, src []byte) ([]byte, bool) {
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
			if t, ok := c.(*ast.Text); ok {
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

// hyphensBack turns the engine's nbHyphens back into hyphens.
func hyphensBack(s string) string { return strings.ReplaceAll(s, nbHyphen, "-") }
