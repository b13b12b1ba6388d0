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
		return r.wholeLines(i, end), "\n", true
	}
	return end, "", true
}
