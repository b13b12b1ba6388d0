package library

// The constructs cleanBody removes that may span lines: MDX import and
// export statements, JSX tags and MDX comments.

import (
	"strings"
)

// Constructs left open at the end of a line (a multi-line import, JSX
// tag or MDX comment) may close on a later line, but never
// past a blank line or code, nor beyond these bounds: an "import {" in
// prose must not swallow the rest of the article, and the work per
// line stays small.
const (
	maxSpanLines = 30
	maxSpanBytes = 8 << 10
	// a component's tag may hold its data (videos={[…]}, a sidebar's
	// entries): its brackets are counted, so it may run further
	maxTagLines = 150
	maxTagBytes = 32 << 10
)

// spanFrom is the text a construct opening at text[start] may run
// through: the rest of its line and the lines from next on, joined by
// "\n", up to a blank line, code or the bounds above.
func spanFrom(text string, start int, lines []line, next int, body string) string {
	return spanWithin(text, start, lines, next, body, maxSpanLines, maxSpanBytes)
}

// spanWithin is spanFrom within other bounds.
func spanWithin(text string, start int, lines []line, next int, body string, maxLines, maxBytes int) string {
	end, size := next, 0
	for end < len(lines) && end-next < maxLines {
		l := lines[end]
		size += len(l.text) + 1
		if l.code || strings.TrimSpace(l.text) == "" || size > maxBytes {
			break
		}
		end++
	}
	if end == next {
		return text[start:]
	}
	return text[start:] + "\n" + body[lines[next].offset:lines[end-1].offset+len(lines[end-1].text)]
}

// statementEnd returns the last line of the import or export statement
// that starts line i. A statement that does not end within reach is
// taken to be that one line, as it always was: the article goes on.
func statementEnd(lines []line, i int, body string) int {
	span := spanFrom(lines[i].text, 0, lines, i+1, body)
	end := esmStatementEnd(span)
	if end < 0 {
		return i
	}
	return i + strings.Count(span[:end], "\n")
}

// esmStatementEnd returns where the import or export statement that
// starts s ends: at the end of the first line where its brackets
// balance and nothing says it goes on; -1 if s ends first.
func esmStatementEnd(s string) int {
	end, depth := jsScan(s, 0, func(i, depth int) bool {
		return s[i] == '\n' && depth <= 0 && !statementGoesOn(s[:i], s[i+1:])
	})
	if end < 0 && depth <= 0 && !statementGoesOn(s, "") {
		return len(s)
	}
	return end
}

// statementGoesOn reports whether a statement whose brackets balance at
// the end of so far still continues on the next line: "import X from"
// then the module on its own line, "export const x =" then the value,
// or "import { A }" then "from 'a'".
func statementGoesOn(soFar, rest string) bool {
	t := strings.TrimSpace(soFar)
	for _, end := range []string{"from", "=", "=>", ","} {
		if strings.HasSuffix(t, end) {
			return true
		}
	}
	next, _, _ := strings.Cut(rest, "\n")
	next = strings.TrimSpace(next)
	return next == "from" || strings.HasPrefix(next, "from ") ||
		strings.HasPrefix(next, `from"`) || strings.HasPrefix(next, "from'")
}

// skipJSQuoted returns the end of the string, template literal or
// comment that starts at s[i], or i if none starts there. A quoted
// string ends at its line's end at the latest: an apostrophe in JSX
// text ("It's") must not hide the brackets of the lines after it.
func skipJSQuoted(s string, i int) int {
	switch c := s[i]; {
	case c == '"' || c == '\'':
		return quotedEnd(s, i, true)
	case c == '`':
		return quotedEnd(s, i, false)
	case strings.HasPrefix(s[i:], "//"):
		if n := strings.IndexByte(s[i:], '\n'); n >= 0 {
			return i + n
		}
		return len(s)
	case strings.HasPrefix(s[i:], "/*"):
		if n := strings.Index(s[i+2:], "*/"); n >= 0 {
			return i + 2 + n + 2
		}
		return len(s)
	}
	return i
}

// quotedEnd returns the end of the quoted text opening at s[i]: past its
// closing quote, or at the end of the line if oneLine, or of s.
func quotedEnd(s string, i int, oneLine bool) int {
	quote := s[i]
	for j := i + 1; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case quote:
			return j + 1
		case '\n':
			if oneLine {
				return j
			}
		}
	}
	return len(s)
}

// jsBracketsEnd returns the end of the bracketed JavaScript opening at
// s[i]: just past the bracket that balances it, or -1.
func jsBracketsEnd(s string, i int) int {
	end, _ := jsScan(s, i, func(_, depth int) bool { return depth == 0 })
	if end < 0 {
		return -1
	}
	return end + 1
}

// jsScan walks JavaScript in s from i, keeping count of open brackets
// and skipping strings, template literals and comments, until stop,
// asked at every other byte with the depth after it, says so. It returns
// where it stopped (-1 if s ended first) and the depth there.
func jsScan(s string, i int, stop func(i, depth int) bool) (int, int) {
	depth := 0
	for i < len(s) {
		if j := skipJSQuoted(s, i); j > i {
			i = j
			continue
		}
		switch s[i] {
		case '{', '[', '(':
			depth++
		case '}', ']', ')':
			depth--
		}
		if stop(i, depth) {
			return i, depth
		}
		i++
	}
	return -1, depth
}

// spanCloser finds where the construct that opens s ends (-1 if s ends
// first) and what it is replaced by.
type spanCloser func(s string) (end int, replacement string)

// joinOpenConstructs joins to line i the lines over which an
// MDX comment or JSX tag left open at its end runs, the construct
// replaced by what stands for it, and returns the joined text and the
// last line it took. A construct that does not close within reach is
// left as it is.
func joinOpenConstructs(text string, lines []line, i int, body string) (string, int) {
	first, from := i, 0
	for i-first < maxTagLines {
		start, closer := firstOpenConstruct(text, from)
		if start < 0 {
			break
		}
		span := spanFrom(text, start, lines, i+1, body)
		if start == jsxTagStart(text) {
			span = spanWithin(text, start, lines, i+1, body, maxTagLines, maxTagBytes)
		}
		end, replacement := closer(span)
		if end < 0 {
			break
		}
		i += strings.Count(span[:end], "\n")
		rest, _, _ := strings.Cut(span[end:], "\n")
		text = text[:start] + replacement + rest
		from = start + len(replacement)
	}
	return text, i
}

// firstOpenConstruct finds, from the offset from on, the first
// MDX comment or JSX tag that text leaves open, and how it
// closes; -1 if there is none. One in an inline code span is text.
func firstOpenConstruct(text string, from int) (int, spanCloser) {
	for from < len(text) {
		n := strings.IndexAny(text[from:], "{<")
		if n < 0 {
			break
		}
		at := from + n
		closer := closerAt(text, at)
		if closer == nil {
			from = at + 1
			continue
		}
		if end, _ := closer(text[at:]); end >= 0 {
			from = at + end
			continue
		}
		if inInlineCode(text, at) {
			break
		}
		return at, closer
	}
	return -1, nil
}

// closerAt returns how the construct opening at text[at] closes, or nil.
// JSX tags are taken only at the start of a line, where MDX puts the
// components that span lines; in prose "<" is too often just a "<".
func closerAt(text string, at int) spanCloser {
	s := text[at:]
	switch {
	case strings.HasPrefix(s, "{/*"):
		return mdxCommentSpanEnd
	case at == jsxTagStart(text):
		return jsxTagSpanEnd
	}
	return nil
}

// mdxCommentSpanEnd: an MDX comment runs to its "*/}" and leaves nothing.
func mdxCommentSpanEnd(s string) (int, string) {
	if n := strings.Index(s[3:], "*/}"); n >= 0 {
		return 3 + n + 3, ""
	}
	return -1, ""
}

// jsxTagSpanEnd: a JSX tag runs to its ">" or "/>" and leaves what its
// attributes show, if anything (jsxtext.go).
func jsxTagSpanEnd(s string) (int, string) {
	end := jsxOpenTagEnd(s)
	if end < 0 {
		return end, ""
	}
	return end, jsxTagText(s[:end])
}

// removeMDXComments drops the MDX comments ({/* ... */}) of one line,
// except in inline code spans, where they are what the text is about.
func removeMDXComments(text string) string {
	if !strings.Contains(text, "{/*") {
		return text
	}
	var b strings.Builder
	last, ticks := 0, 0
	for _, m := range mdxComment.FindAllStringIndex(text, -1) {
		ticks += strings.Count(text[last:m[0]], "`")
		if ticks%2 == 1 {
			continue
		}
		b.WriteString(text[last:m[0]])
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}

// inInlineCode reports whether text[at] seems to sit in an inline code
// span: after an odd number of backticks.
func inInlineCode(text string, at int) bool {
	return strings.Count(text[:at], "`")%2 == 1
}

// jsxTagStart returns where a JSX component tag ("<Name") starts a
// line, or -1. MDX indents components within components with tabs or
// spaces, and none of it is code (indented code was told apart before).
func jsxTagStart(t string) int {
	i := len(t) - len(strings.TrimLeft(t, " \t"))
	if i+1 >= len(t) || t[i] != '<' || t[i+1] < 'A' || t[i+1] > 'Z' {
		return -1
	}
	return i
}

// jsxOpenTagEnd returns the length of the JSX opening tag that starts s
// ("<Name attr=... >" or "/>"), which may span lines; -1 if s ends
// first or holds no such tag. Attribute values and {expressions} may
// hold ">".
func jsxOpenTagEnd(s string) int {
	i := 2 // past "<" and the capital
	for i < len(s) && isJSXNameByte(s[i]) {
		i++
	}
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c == '>':
			return i + 1
		case strings.HasPrefix(s[i:], "/>"):
			return i + 2
		case c == '{': // {...props}
			i = jsBracketsEnd(s, i)
		case isJSXNameByte(c) && c != '.' && (c < '0' || c > '9'):
			i = jsxAttributeEnd(s, i)
		default:
			return -1
		}
		if i < 0 {
			return -1
		}
	}
	return -1
}

// jsxAttributeEnd returns the end of the attribute starting at s[i]:
// a bare name, or name="value", name='value' or name={expression};
// -1 if s ends first or holds no such attribute.
func jsxAttributeEnd(s string, i int) int {
	for i < len(s) && (isJSXNameByte(s[i]) || s[i] == '-' || s[i] == ':') {
		i++
	}
	j := skipSpace(s, i)
	if j == len(s) || s[j] != '=' {
		return i // a bare name: a true attribute
	}
	j = skipSpace(s, j+1)
	switch {
	case j == len(s):
		return -1
	case s[j] == '"' || s[j] == '\'':
		if n := strings.IndexByte(s[j+1:], s[j]); n >= 0 {
			return j + 1 + n + 1
		}
		return -1
	case s[j] == '{':
		return jsBracketsEnd(s, j)
	}
	return -1
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

func isJSXNameByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '.' || c == '$'
}

// isIndentedCode reports whether line i is indented code, as far as
// the line and the one before it tell: indented four columns or more,
// after a blank line, code, nothing or more indented code (indented code
// cannot interrupt a paragraph). In a list item such a line may be text;
// it is left as it is, with no harm done.
func isIndentedCode(lines []line, i int, afterIndentedCode bool) bool {
	t := lines[i].text
	if !strings.HasPrefix(t, "    ") && !strings.HasPrefix(strings.TrimLeft(t, " "), "\t") {
		return false
	}
	return i == 0 || afterIndentedCode || lines[i-1].code || strings.TrimSpace(lines[i-1].text) == ""
}
