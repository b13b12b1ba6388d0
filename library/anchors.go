package library

import (
	"html"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/folio-reader/folio/internal/lazyre"
)

var (
	autolinkPattern = lazyre.New(`<(https?://[^>\s]+)>`)
	emphasis        = lazyre.New("(\\*\\*|__|\\*|_|`)([^*_`]+)(\\*\\*|__|\\*|_|`)")
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
		if !strings.ContainsAny(s, "*_`") {
			break
		}
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
var inlineTag = lazyre.New(`(?i)</?(?:a|abbr|b|big|br|cite|code|del|dfn|em|font|i|img|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?:\s[^<>]*)?/?>`)

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
	anchors := anchorIndex{hs: hs}
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
				Image: m.image, Heading: anchors.heading(url),
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

// anchorIndex is headingByAnchor for the links of one article: past a
// few dozen headings, a map by folded anchor (foldKey: equal exactly
// when strings.EqualFold says so), made at the first link to an
// anchor, so 100,000 links to anchors among 10,000 headings are not a
// billion comparisons.
type anchorIndex struct {
	hs    []Heading
	first map[string]int
}

func (x *anchorIndex) heading(url string) int {
	if !strings.HasPrefix(url, "#") {
		return -1
	}
	if len(x.hs) <= 64 {
		return headingByAnchor(x.hs, url)
	}
	if x.first == nil {
		x.first = make(map[string]int, len(x.hs))
		for i := len(x.hs) - 1; i >= 0; i-- { // the first heading wins
			x.first[foldKey(x.hs[i].Anchor)] = i
		}
	}
	if i, ok := x.first[foldKey(url[1:])]; ok {
		return i
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
