package library

import "strings"

// HTML comments are never shown, inline or over many lines, whatever
// they hold: a commented-out heading is no heading, and no "-->" is left
// behind. A comment alone on its lines leaves a blank line, so the
// paragraphs around it stay apart (an HTML block interrupts a
// paragraph). One that never closes hides the rest of the article when
// it opens a line, as an HTML block does; in the middle of a line it is
// text, as CommonMark reads it.

// htmlComment reads the comment that opens at src[i].
func (r *siteRewriter) htmlComment(i int) (int, string, bool) {
	end := -1
	if r.noCommentEnd == 0 || i+4 < r.noCommentEnd {
		if n := strings.Index(r.src[i+4:], "-->"); n >= 0 {
			end = i + 4 + n + 3
		} else {
			r.noCommentEnd = i + 4 // none later either: each search is done once
		}
	}
	if end < 0 {
		if !r.atLineStart(i) {
			return 0, "", false
		}
		end = len(r.src)
	}
	if r.atLineStart(i) && r.restOfLineBlank(end) {
		return r.wholeLines(i, end), r.lineGone(), true
	}
	if !r.atLineStart(i) && r.fenceBetween(i, end) {
		return 0, "", false // a fence ends the paragraph the comment opened in
	}
	return end, "", true
}

// fenceBetween reports whether a line after the one holding from and
// starting before to opens a code fence. The first fence line after a
// place is remembered, so that openers rejected one after another do
// not each read on to the same fence.
func (r *siteRewriter) fenceBetween(from, to int) bool {
	nl := strings.IndexByte(r.src[from:], '\n')
	if nl < 0 {
		return false
	}
	from += nl + 1
	if !r.fenceKnown || from < r.fenceFrom || from > r.fenceAt {
		r.fenceKnown, r.fenceFrom, r.fenceAt = true, from, len(r.src)
		for p := from; p < len(r.src); {
			line, next := r.lineAt(p)
			if fenceOf(unquote(line)) != "" {
				r.fenceAt = p
				break
			}
			p = next
		}
	}
	return r.fenceAt < to
}
