package library

import "strings"

// What a rewrite of a line must not make of it: a removal, or a line
// cut in two, must not leave a code fence or an HTML block opening where
// the author wrote text.

// unfence escapes the fence a removal made of the line written from
// start ("“%%c%%`" is text, "```" would open code to the end), and one
// that the rest of a line became when what came before it was put on
// lines of its own (rests: "text{{< figure >}}```"); and the HTML block
// a removal made the line open ("{{<x>}}<figure" is text; "<figure"
// opens a block that runs to a blank line, over a fence after it), when
// the line did not open one before.
func (r *siteRewriter) unfence(start int, removed bool, rests []int) {
	for i := len(rests) - 1; i >= 0; i-- { // from the last: an escape moves what follows
		r.escapeFenceAt(rests[i])
	}
	if removed {
		r.escapeFenceAt(start)
		r.escapeHTMLAt(start)
	}
}

// opensHTMLBlock reports whether the line opens an HTML block where no
// paragraph runs on (htmlBlock.in).
func opensHTMLBlock(line string) bool {
	return mayOpenHTML(line) && new(htmlBlock).in(line, false)
}

// escapeHTMLAt puts a backslash before the "<" that opens an HTML block
// on the line written from pos, if one does: it is then text.
func (r *siteRewriter) escapeHTMLAt(pos int) {
	r.escapeAt(pos, func(line string) int {
		if !opensHTMLBlock(line) {
			return -1
		}
		return strings.IndexByte(line, '<')
	})
}

// escapeFenceAt puts a backslash before the fence that opens the line
// written from pos, if one does.
func (r *siteRewriter) escapeFenceAt(pos int) {
	r.escapeAt(pos, func(line string) int {
		if fenceOf(unquote(line)) == "" {
			return -1
		}
		return strings.IndexAny(line, "`~")
	})
}

// escapeAt puts a backslash at the place in the line written from pos
// that at finds (-1: none).
func (r *siteRewriter) escapeAt(pos int, at func(line string) int) {
	s := r.out.String()
	line, _, _ := strings.Cut(s[pos:], "\n")
	i := at(line)
	if i < 0 {
		return
	}
	k := pos + i
	r.out.Reset()
	r.out.Grow(len(s) + 64)
	r.out.WriteString(s[:k])
	r.out.WriteByte('\\')
	r.out.WriteString(s[k:])
}
