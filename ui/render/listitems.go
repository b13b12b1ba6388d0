package render

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
)

// itemBlocksApart keeps the blocks of a list item apart. glamour's
// renderer draws a paragraph in a list item as nothing but its text, so
// an item of two paragraphs ("1. Step one" and, indented under it,
// "More for step one.") read "Step oneMore for step one.", words glued,
// and a paragraph after a code block or a nested list ran into it (glow
// shows the same). Each paragraph of an item after its first block
// starts on a line of its own, and where the author left a blank line
// between two blocks of an item, one is shown.
func itemBlocksApart(item *ast.ListItem, src []byte) []byte {
	list, _ := item.Parent().(*ast.List)
	loose := list != nil && !list.IsTight
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		prev := c.PreviousSibling()
		if prev == nil {
			continue
		}
		blank := blankBetween(prev, c, src, loose)
		// A paragraph's text ends without a newline; the other blocks
		// (code, lists, quotes, tables) start and end on lines of their own.
		switch {
		case isParagraph(c):
			brk := ""
			if isParagraph(prev) {
				brk = "\n"
			}
			if blank {
				brk += "\n"
			}
			if brk != "" {
				src = appendText(c, c.FirstChild(), brk, src)
			}
		case blank && isParagraph(prev):
			src = appendText(prev, nil, "\n", src)
		}
	}
	return src
}

// blankBetween reports whether a blank line stands between the blocks a
// and b in the source; when their places are not known, whether the
// list is loose.
func blankBetween(a, b ast.Node, src []byte, loose bool) bool {
	end, ok1 := edge(a, false)
	start, ok2 := edge(b, true)
	if !ok1 || !ok2 || end > start || start > len(src) {
		return loose
	}
	lines := bytes.Split(src[end:start], []byte("\n"))
	for _, l := range lines[1:max(1, len(lines)-1)] {
		if len(bytes.TrimSpace(l)) == 0 {
			return true
		}
	}
	return false
}

// edge is where a block's first text starts (first) or its last ends,
// in the source, found in its first or last descendant that has lines
// or a segment.
func edge(n ast.Node, first bool) (int, bool) {
	for n != nil {
		if t, ok := n.(*ast.Text); ok {
			if first {
				return t.Segment.Start, true
			}
			return t.Segment.Stop, true
		}
		if n.Type() == ast.TypeBlock {
			if l := n.Lines(); l != nil && l.Len() > 0 {
				if first {
					return l.At(0).Start, true
				}
				return l.At(l.Len() - 1).Stop, true
			}
		}
		if first {
			n = n.FirstChild()
		} else {
			n = n.LastChild()
		}
	}
	return 0, false
}

func isParagraph(n ast.Node) bool {
	return n.Kind() == ast.KindParagraph || n.Kind() == ast.KindTextBlock
}

// appendText adds s to the source and a text node of it to parent,
// before the child before (at the end when nil).
func appendText(parent, before ast.Node, s string, src []byte) []byte {
	src, seg := addSource(src, []byte(s))
	t := ast.NewTextSegment(seg)
	if before != nil {
		parent.InsertBefore(parent, before, t)
	} else {
		parent.AppendChild(parent, t)
	}
	return src
}

// addSource adds b to the end of the source a pass gives the renderer,
// and returns the segment that holds it: goldmark's nodes point into the
// source, so text a pass makes goes there.
func addSource(src, b []byte) ([]byte, text.Segment) {
	start := len(src)
	src = append(src, b...)
	return src, text.NewSegment(start, len(src))
}
