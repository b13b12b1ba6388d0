package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// blocks.go finds an article's headings, links, FAQ sections and contents
// list line by line. goldmark (which glamour renders with) could find them
// in its tree, but only parsing 1,000 synthetic 4 KB bodies with it takes
// 175 ms against 41 ms for everything here (go test ./library -bench
// BodyBlocks -count 6, benchstat; 2026-12-03, 2 CPUs shared with other
// jobs, ± 60%): at 10,000 articles, over half a second more on a cold Load
// of 192 ms (README § Bench). These scanners stay.

// line is one line of a body with its byte offset and whether it sits
// inside a fenced code block (where nothing is markdown structure).
type line struct {
	text   string
	offset int
	code   bool
	html   bool // inside an HTML block, where a "## x" is HTML's text, no heading (htmlblocks.go)
}

// CodeLines reports, for each line of markdown (split at "\n"), whether
// it belongs to a fenced code block, its fences included: the lines
// where nothing is markdown structure. A final newline ends the last
// line; it does not start another.
func CodeLines(md string) []bool {
	lines := splitLines(md)
	code := make([]bool, len(lines))
	for i, l := range lines {
		code[i] = l.code
	}
	return code
}

// splitLines splits a body into lines, marking fenced code.
func splitLines(body string) []line {
	return splitLinesInto(make([]line, 0, strings.Count(body, "\n")+1), body)
}

// splitLinesInto is splitLines appending to out, a reused buffer, grown
// once to the body's lines if it is too small (grown by appending, a
// body of 8 million lines allocated a gigabyte).
func splitLinesInto(out []line, body string) []line {
	if n := len(out) + strings.Count(body, "\n") + 1; cap(out) < n {
		out = append(make([]line, 0, n), out...)
	}
	fence := ""
	off := 0
	var hb htmlBlock
	for len(body) > 0 || off == 0 {
		text, rest, found := strings.Cut(body, "\n")
		l := line{text: text, offset: off}
		if fence == "" && (hb.open || mayOpenHTML(text)) {
			l.html = hb.in(text, len(out) > 0 && isParagraphText(out[len(out)-1]))
		}
		if f := fenceOf(text); fence == "" && f != "" && !l.html {
			fence = f
			l.code = true
		} else if fence != "" {
			l.code = true
			if f != "" && f[0] == fence[0] && len(f) >= len(fence) && strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(text), f[:1])) == "" {
				fence = ""
			}
		}
		out = append(out, l)
		off += len(text) + 1
		if !found {
			break
		}
		body = rest
	}
	return out
}

// fenceOf returns the run of ``` or ~~~ that opens a line, or "". A
// fence may be indented as a list item's content is (up to three spaces
// past it, so twelve at three levels): code in a list item is code.
func fenceOf(text string) string {
	t := strings.TrimLeft(text, " ")
	if len(text)-len(t) > maxFenceIndent || len(t) < 3 {
		return ""
	}
	c := t[0]
	if c != '`' && c != '~' {
		return ""
	}
	n := 0
	for n < len(t) && t[n] == c {
		n++
	}
	if n < 3 {
		return ""
	}
	return t[:n]
}

// maxFenceIndent is the deepest a fence is looked for: in a list item
// three levels down.
const maxFenceIndent = 12

var (
	listPattern = lazyre.New(`^\s*(?:[-*+•]|\d+[.)])\s+(.*)$`)
)

// listItemText is where the text of the list item line s opens starts
// ("- ", "* ", "+ ", "• ", "12. ", "3) " after any indentation), or -1:
// listPattern's match, written by hand for it runs on every line.
func listItemText(s string) int {
	i := 0
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := i
	switch {
	case j >= len(s):
		return -1
	case s[j] == '-' || s[j] == '*' || s[j] == '+':
		j++
	case strings.HasPrefix(s[j:], "•"):
		j += len("•")
	case s[j] >= '0' && s[j] <= '9':
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			j++
		}
		if j >= len(s) || (s[j] != '.' && s[j] != ')') {
			return -1
		}
		j++
	default:
		return -1
	}
	if j >= len(s) || (s[j] != ' ' && s[j] != '\t') {
		return -1
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return j
}
