package library

import (
	"regexp"
	"strings"
)

// line is one line of a body with its byte offset and whether it sits
// inside a fenced code block (where nothing is markdown structure).
type line struct {
	text   string
	offset int
	code   bool
}

// splitLines splits a body into lines, marking fenced code.
func splitLines(body string) []line {
	var out []line
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

// fenceOf returns the run of ``` or ~~~ that opens a line, or "".
func fenceOf(text string) string {
	t := strings.TrimLeft(text, " ")
	if len(text)-len(t) > 3 || len(t) < 3 {
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

var (
	listPattern = regexp.MustCompile(`^\s*(?:[-*+•]|\d+[.)])\s+(.*)$`)
)

// scanHeadings finds ATX and setext headings outside code blocks.
func scanHeadings(lines []line) []Heading {
	var hs []Heading
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
	assignAnchors(hs)
	return hs
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
	linkPattern     = regexp.MustCompile(`(!?)\[((?:[^\[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+["'][^"']*["'])?\s*\)`)
	autolinkPattern = regexp.MustCompile(`<(https?://[^>\s]+)>`)
	emphasis        = regexp.MustCompile("(\\*\\*|__|\\*|_|`)([^*_`]+)(\\*\\*|__|\\*|_|`)")
)

// inlineText strips inline markdown (links, emphasis, code) from a line.
func inlineText(s string) string {
	if !strings.ContainsAny(s, "[*_`") {
		return strings.Join(strings.Fields(s), " ")
	}
	if strings.Contains(s, "](") {
		s = linkPattern.ReplaceAllString(s, "$2")
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
	return strings.Join(strings.Fields(s), " ")
}

// anchorOf makes a GitHub-style anchor: lower case, punctuation dropped,
// spaces to hyphens.
func anchorOf(text string) string {
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

func assignAnchors(hs []Heading) {
	seen := map[string]int{}
	for i := range hs {
		base := anchorOf(hs[i].Text)
		a := base
		if n := seen[base]; n > 0 {
			a = base + "-" + itoa(n)
		}
		seen[base]++
		hs[i].Anchor = a
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var buf [20]byte
	i := len(buf)
	for n > 0 {
		i--
		buf[i] = byte('0' + n%10)
		n /= 10
	}
	return string(buf[i:])
}

// scanLinks finds markdown links, images and autolinks outside code.
func scanLinks(lines []line, hs []Heading) []Link {
	var links []Link
	for _, l := range lines {
		if l.code {
			continue
		}
		if !strings.Contains(l.text, "](") && !strings.Contains(l.text, "<http") {
			continue
		}
		for _, m := range linkPattern.FindAllStringSubmatchIndex(l.text, -1) {
			url := l.text[m[6]:m[7]]
			links = append(links, Link{
				Text: inlineText(l.text[m[4]:m[5]]), URL: url, Offset: l.offset + m[0],
				Image: m[3] > m[2], Heading: headingByAnchor(hs, url),
			})
		}
		for _, m := range autolinkPattern.FindAllStringSubmatchIndex(l.text, -1) {
			url := l.text[m[2]:m[3]]
			links = append(links, Link{Text: url, URL: url, Offset: l.offset + m[0], Heading: -1})
		}
	}
	return links
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
