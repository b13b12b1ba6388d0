package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// Kramdown's attribute lists, as Jekyll sites write them: "{: .note}"
// or "{: #id}" on a line of its own (for the block before or after it),
// and "{:target="_blank"}" right after a link or a picture. They style
// the page and say nothing to a reader: they are dropped. (On a heading
// line, headingattrs.go reads them for the heading's anchor.)
//
// MDX comments, {/* … */}, are hidden as HTML comments are, over blank
// lines too. At the end of a heading (react.dev writes
// "## Hooks {/*hooks*/}") one naming an anchor becomes the heading's
// attribute, {#hooks}.

var (
	ialRE         = lazyre.New(`^\{:[^{}\n]*\}`)
	mdxHeadingIDs = lazyre.New(`^\{/\*\s*([\w-]+)\s*\*/\}[ \t]*$`)
)

// attributeList reads the kramdown attribute list that opens at src[i].
func (r *siteRewriter) attributeList(i int) (int, string, bool) {
	m := ialRE.FindString(r.src[i:min(len(r.src), i+512)])
	if m == "" || r.onHeadingLine(i) {
		return 0, "", false
	}
	end := i + len(m)
	alone := r.atLineStart(i) && r.restOfLineBlank(end)
	after := i > 0 && strings.IndexByte(")]*_`", r.src[i-1]) >= 0
	if !alone && !after && !r.restOfLineBlank(end) {
		return 0, "", false // "{:" in prose
	}
	return r.wholeLines(i, end), "", true
}

// onHeadingLine reports whether src[i] is on an ATX heading's line.
func (r *siteRewriter) onHeadingLine(i int) bool {
	start := strings.LastIndexByte(r.src[:i], '\n') + 1
	_, _, atx := matchATX(r.src[start:i])
	return atx
}

// maxMDXComment bounds how far the end of an MDX comment is looked for.
const maxMDXComment = 64 << 10

// mdxComment reads the MDX comment that opens at src[i].
// One that opens a line may run over blank lines; one within a line
// ends in its paragraph, or it is text.
func (r *siteRewriter) mdxComment(i int) (int, string, bool) {
	reach := r.src[i+3 : min(len(r.src), i+maxMDXComment)]
	if !r.atLineStart(i) {
		if b := blankLineIn(reach); b >= 0 {
			reach = reach[:b]
		}
	}
	n := strings.Index(reach, "*/}")
	if n < 0 {
		return 0, "", false
	}
	end := i + 3 + n + 3
	if r.onHeadingLine(i) && r.restOfLineBlank(end) {
		if m := mdxHeadingIDs.FindStringSubmatch(r.src[i:end]); m != nil {
			return end, "{#" + m[1] + "}", true
		}
	}
	if r.atLineStart(i) && r.restOfLineBlank(end) {
		return r.wholeLines(i, end), r.lineGone(), true
	}
	return end, "", true
}
