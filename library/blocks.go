package library

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
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

// splitLinesInto is splitLines appending to out, a reused buffer.
func splitLinesInto(out []line, body string) []line {
	fence := ""
	off := 0
	for len(body) > 0 || off == 0 {
		text, rest, found := strings.Cut(body, "\n")
		l := line{text: text, offset: off}
		if f := fenceOf(text); fence == "" && f != "" {
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
	listPattern = regexp.MustCompile(`^\s*(?:[-*+•]|\d+[.)])\s+(.*)$`)
)

// scanHeadings finds ATX and setext headings outside code blocks; ids
// are the anchors heading attributes gave, by line (headingattrs.go).
func scanHeadings(lines []line, ids map[int]string, sc *scratch) []Heading {
	hs := sc.headings[:0]
	defer func() { clear(hs); sc.headings = hs[:0] }()
	for i, l := range lines {
		if l.code {
			continue
		}
		if level, raw, ok := matchATX(l.text); ok {
			if text := inlineText(raw); text != "" {
				hs = append(hs, Heading{Level: level, Text: text, Offset: l.offset, Line: i})
			}
			continue
		}
		if i == 0 {
			continue
		}
		level := matchSetext(l.text)
		prev := lines[i-1]
		if level == 0 || prev.code || !isParagraphLine(prev.text) {
			continue
		}
		if len(hs) > 0 && hs[len(hs)-1].Line == i-1 {
			continue
		}
		if text := inlineText(prev.text); text != "" {
			hs = append(hs, Heading{Level: level, Text: text, Offset: prev.offset, Line: i - 1})
		}
	}
	assignAnchors(hs, sc)
	if ids != nil {
		for i := range hs {
			if id, ok := ids[hs[i].Line]; ok {
				hs[i].Anchor = id
			}
		}
	}
	return sc.slabs.headings.exact(hs)
}

// matchATX reads an ATX heading line ("## Text ##"): its level and text.
// Written by hand: it runs on every line of every article at load.
func matchATX(s string) (level int, text string, ok bool) {
	i := 0
	for i < len(s) && i < 3 && s[i] == ' ' {
		i++
	}
	n := 0
	for i+n < len(s) && s[i+n] == '#' {
		n++
	}
	if n == 0 || n > 6 {
		return 0, "", false
	}
	rest := s[i+n:]
	if rest != "" && rest[0] != ' ' && rest[0] != '\t' {
		return 0, "", false
	}
	rest = strings.TrimRight(strings.TrimLeft(rest, " \t"), " \t")
	if t := strings.TrimRight(rest, "#"); t == "" {
		rest = ""
	} else if t != rest && (t[len(t)-1] == ' ' || t[len(t)-1] == '\t') {
		rest = strings.TrimRight(t, " \t") // a closing run of #
	}
	return n, rest, true
}

// matchSetext reads a setext underline: 1 for "===", 2 for "---", else 0.
func matchSetext(s string) int {
	i := 0
	for i < len(s) && i < 3 && s[i] == ' ' {
		i++
	}
	if i == len(s) || (s[i] != '=' && s[i] != '-') {
		return 0
	}
	c := s[i]
	for i < len(s) && s[i] == c {
		i++
	}
	if strings.TrimRight(s[i:], " \t") != "" {
		return 0
	}
	if c == '=' {
		return 1
	}
	return 2
}

// isParagraphLine reports whether a line could be the text of a setext heading.
func isParagraphLine(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" || len(s)-len(strings.TrimLeft(s, " ")) > 3 {
		return false
	}
	if _, _, atx := matchATX(s); atx || matchSetext(s) != 0 || listPattern.MatchString(s) {
		return false
	}
	switch t[0] {
	case '>', '<', '|':
		return false
	}
	return true
}

var (
	autolinkPattern = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	emphasis        = regexp.MustCompile("(\\*\\*|__|\\*|_|`)([^*_`]+)(\\*\\*|__|\\*|_|`)")
)

// inlineText strips inline markdown (links, emphasis, code) from a line,
// and resolves what stands for a character (backslash escapes, HTML
// entities) and inline HTML tags: the text as the reader sees it.
func inlineText(s string) string {
	if !strings.ContainsAny(s, "[*_`\\&<") {
		return collapseSpace(s)
	}
	for range 3 { // a linked picture is a link around a picture
		if !strings.Contains(s, "](") {
			break
		}
		next := replaceLinks(s)
		if next == s {
			break
		}
		s = next
	}
	for range 3 {
		next := emphasis.ReplaceAllStringFunc(s, func(m string) string {
			sub := emphasis.FindStringSubmatch(m)
			if sub[1] != sub[3] {
				return m
			}
			return sub[2]
		})
		if next == s {
			break
		}
		s = next
	}
	if strings.ContainsAny(s, "\\&<") {
		s = resolveInline(s)
	}
	return collapseSpace(s)
}

// resolveInline drops the inline HTML tags of s (<a id="x"></a>,
// <code>…) and resolves backslash escapes ("1\\." is "1.") and HTML
// entities ("&amp;" is "&").
func resolveInline(s string) string {
	if strings.IndexByte(s, '<') >= 0 {
		s = inlineTag.ReplaceAllString(s, "")
	}
	if strings.IndexByte(s, '\\') >= 0 {
		var b strings.Builder
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && i+1 < len(s) && isASCIIPunct(s[i+1]) {
				i++
			}
			b.WriteByte(s[i])
		}
		s = b.String()
	}
	if strings.IndexByte(s, '&') >= 0 {
		s = html.UnescapeString(s)
	}
	return s
}

// inlineTag is an HTML tag of the kinds written inside a line of text;
// other "<…>" (a generic Vec<T>) is text.
var inlineTag = regexp.MustCompile(`(?i)</?(?:a|abbr|b|big|br|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?:\s[^<>]*)?/?>`)

func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// anchorOf makes a GitHub-style anchor: lower case, punctuation dropped,
// spaces to hyphens.
func anchorOf(text string) string {
	if a, ok := asciiAnchor(text); ok {
		return a
	}
	return unicodeAnchor(text)
}

// unicodeAnchor is anchorOf for any text, a rune at a time.
func unicodeAnchor(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		switch {
		case r == ' ' || r == '-':
			b.WriteByte('-')
		case r == '_' || isWordRune(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

// asciiAnchor is anchorOf for ASCII text, allocating only when the
// anchor differs from the text.
func asciiAnchor(text string) (string, bool) {
	same := true
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c >= utf8.RuneSelf:
			return "", false
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '-':
		default:
			same = false
		}
	}
	if same {
		return text, true
	}
	b := make([]byte, 0, len(text))
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case c >= 'a' && c <= 'z', c >= '0' && c <= '9', c == '_', c == '-':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == ' ':
			b = append(b, '-')
		}
	}
	return string(b), true
}

// assignAnchors gives each heading its anchor: the anchor of its text,
// with "-n" added for the nth repeat of an anchor met before.
func assignAnchors(hs []Heading, sc *scratch) {
	if len(hs) > 32 {
		seen := map[string]int{}
		for i := range hs {
			base := anchorOf(hs[i].Text)
			hs[i].Anchor = numbered(base, seen[base])
			seen[base]++
		}
		return
	}
	bases := sc.anchors[:0]
	for i := range hs {
		base := anchorOf(hs[i].Text)
		n := 0
		for _, b := range bases {
			if b == base {
				n++
			}
		}
		bases = append(bases, base)
		hs[i].Anchor = numbered(base, n)
	}
	clear(bases)
	sc.anchors = bases[:0]
}

func numbered(base string, n int) string {
	if n == 0 {
		return base
	}
	return base + "-" + strconv.Itoa(n)
}

// scanLinks finds markdown links, images and autolinks outside code.
func scanLinks(lines []line, hs []Heading, sc *scratch) []Link {
	links := sc.links[:0]
	defer func() { clear(links); sc.links = links[:0] }()
	for _, l := range lines {
		if l.code {
			continue
		}
		if !strings.Contains(l.text, "](") && !strings.Contains(l.text, "<http") {
			continue
		}
		f := newLinkFinder(l.text)
		for m, ok := f.next(0); ok; m, ok = f.next(m.end) {
			url := l.text[m.urlStart:m.urlEnd]
			links = append(links, Link{
				Text: inlineText(l.text[m.textStart:m.textEnd]), URL: url, Offset: l.offset + m.start,
				Image: m.image, Heading: headingByAnchor(hs, url),
			})
		}
		for _, m := range autolinkPattern.FindAllStringSubmatchIndex(l.text, -1) {
			url := l.text[m[2]:m[3]]
			links = append(links, Link{Text: url, URL: url, Offset: l.offset + m[0], Heading: -1})
		}
	}
	return sc.slabs.links.exact(links)
}

func headingByAnchor(hs []Heading, url string) int {
	if !strings.HasPrefix(url, "#") {
		return -1
	}
	for i, h := range hs {
		if strings.EqualFold(h.Anchor, url[1:]) {
			return i
		}
	}
	return -1
}

// sectionEnd returns the offset where heading i's section ends: the next
// heading of the same or a higher level, or the end of the body.
func sectionEnd(hs []Heading, i int, bodyLen int) int {
	for j := i + 1; j < len(hs); j++ {
		if hs[j].Level <= hs[i].Level {
			return hs[j].Offset
		}
	}
	return bodyLen
}
