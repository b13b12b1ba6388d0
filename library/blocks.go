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
	listPattern = regexp.MustCompile(`^\s*(?:[-*+•]|\d+[.)])\s+(.*)$`)
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

// scanHeadings finds ATX and setext headings outside code blocks and
// HTML blocks; ids are the anchors heading attributes gave, by line
// (headingattrs.go). A setext heading's text is its whole paragraph.
func scanHeadings(lines []line, ids map[int]string, sc *scratch) []Heading {
	hs := sc.headings[:0]
	defer func() { clear(hs); sc.headings = hs[:0] }()
	var list listContext
	var held []bool // lines in list items, once a list is met
	lastEnd := -1   // the last line of the last heading (a setext one's underline)
	for i, l := range lines {
		if len(hs) > MaxHeadings {
			break // one past the cap: the caller says the rest are text
		}
		inList := list.holds(l.text, l.html) // a fence or an HTML block at the margin ends an item too
		if inList && held == nil {
			held = make([]bool, len(lines))
		}
		if held != nil {
			held[i] = inList
		}
		wasInList := i > 0 && held != nil && held[i-1]
		if l.code || l.html || inList {
			continue
		}
		if level, raw, ok := matchATX(l.text); ok {
			if text := inlineText(raw); text != "" {
				hs = append(hs, Heading{Level: level, Text: text, Offset: l.offset, Line: i})
			}
			lastEnd = i
			continue
		}
		if i == 0 {
			continue
		}
		level := matchSetext(l.text)
		prev := lines[i-1]
		if level == 0 || prev.code || prev.html || wasInList || !continuesParagraph(prev.text) {
			continue
		}
		if lastEnd == i-1 {
			continue
		}
		first, ok := paragraphStart(lines, i-1, lastEnd, held)
		if !ok || lazyContinuation(lines, runStart(lines, i-1, lastEnd, held)) {
			continue // no paragraph, or one that goes on a list item's or a quote's: the underline is a rule
		}
		raw := prev.text
		if first < i-1 {
			parts := make([]string, 0, i-first)
			for _, p := range lines[first:i] {
				parts = append(parts, strings.TrimSpace(p.text))
			}
			raw = strings.Join(parts, " ")
		}
		if text := inlineText(raw); text != "" {
			hs = append(hs, Heading{Level: level, Text: text, Offset: lines[first].offset, Line: first})
		}
		lastEnd = i
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

// listContext follows the list items of a body a line at a time: a
// heading indented as an item's content is in the item, drawn in the
// list and not one of the article's (glamour would draw the list cut
// in two at it otherwise).
type listContext struct {
	content int  // the outermost open item's content column, 0 when none
	blank   bool // the line before was blank
	para    bool // the line before is an item's paragraph text, which a lazy line goes on
}

// holds reports whether line s belongs to an open list item (the
// item's own first line included); html says it is an HTML block's,
// which no lazy line is.
func (c *listContext) holds(s string, html bool) bool {
	if strings.TrimSpace(s) == "" {
		c.blank = true
		return false
	}
	blank, para := c.blank, c.para
	c.blank = false
	indent := indentColumns(s)
	if html { // an HTML block's line opens no item; at the margin it ends one
		if c.content > 0 && indent >= c.content {
			c.para = false
			return true
		}
		c.content, c.para = 0, false
		return false
	}
	if text := listItemText(s); text >= 0 && indent <= 3+c.content {
		if c.content == 0 || indent < c.content {
			c.content = max(text, indent+2) // where the item's text starts
		}
		_, _, atx := matchATX(s[text:])
		c.para = !atx
		return true
	}
	switch {
	case c.content == 0:
		return false
	case indent >= c.content:
		_, _, atx := matchATX(strings.TrimLeft(s, " \t"))
		c.para = !atx && fenceOf(s) == ""
		return true
	case !blank && para && !html && continuesParagraph(s):
		return true // lazy text of the item's paragraph
	}
	c.content, c.para = 0, false // a line at the margin after a blank one, or a block (a heading, a quote), ends the list
	return false
}

// lazyContinuation reports a paragraph that starts right after a list
// item's or a block quote's line: it continues that paragraph, in the
// item or the quote, where no setext underline can reach it.
func lazyContinuation(lines []line, first int) bool {
	if first == 0 {
		return false
	}
	p := lines[first-1]
	if p.code || p.html || strings.TrimSpace(p.text) == "" {
		return false
	}
	return strings.HasPrefix(strings.TrimLeft(p.text, " "), ">") // a list item's lazy lines are its own (listContext)
}

// paragraphStart is the first line of the paragraph whose last line is
// last: up from it while the lines go on a paragraph, past no heading,
// then down to one that can open one (an indented line after a blank
// one is code). ok is false when there is none.
func paragraphStart(lines []line, last, lastEnd int, held []bool) (int, bool) {
	first := runStart(lines, last, lastEnd, held)
	afterDefinition := false
	for first <= last {
		t := lines[first].text
		if definitionLine.MatchString(t) {
			first++ // a link reference definition opening a paragraph is no text of it,
			afterDefinition = true
			continue // and what follows it goes on that paragraph, indented or not
		}
		if afterDefinition || opensParagraph(t) {
			break
		}
		first++
	}
	return first, first <= last
}

// definitionLine is a link reference definition's first line.
var definitionLine = regexp.MustCompile(`^ {0,3}\[[^\]]+\]:\s*\S`)

// opensParagraph reports a line that may open a paragraph: a paragraph
// line, or one of pipes with no table's delimiter row after it (which
// a setext underline is not).
func opensParagraph(s string) bool {
	return isParagraphLine(s) || indentColumns(s) <= 3 && strings.HasPrefix(strings.TrimSpace(s), "|")
}

// runStart is the first of the lines that go on one another up to
// last, none of them in a list item (held) or a heading (up to lastEnd).
func runStart(lines []line, last, lastEnd int, held []bool) int {
	first := last
	for first > 0 && first-1 > lastEnd {
		p := lines[first-1]
		if p.code || p.html || !continuesParagraph(p.text) || fenceOf(p.text) != "" || held != nil && held[first-1] {
			break
		}
		first--
	}
	return first
}

// continuesParagraph reports a line that goes on the paragraph before
// it: any text but what interrupts a paragraph at the margin (a
// heading, a fence, a quote, a list item, a rule, a setext underline);
// an indented one is text too.
func continuesParagraph(s string) bool {
	t := strings.TrimSpace(s)
	if t == "" {
		return false
	}
	if indentColumns(s) > 3 {
		return true
	}
	if _, _, atx := matchATX(s); atx || listItemText(s) >= 0 || isThematicBreak(t) || fenceOf(s) != "" {
		return false
	}
	return t[0] != '>'
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
	if t == "" || indentColumns(s) > 3 {
		return false
	}
	if _, _, atx := matchATX(s); atx || listItemText(s) >= 0 || isThematicBreak(t) {
		return false // an underline alone ("===", "--") is text; "---" a rule
	}
	switch t[0] {
	case '>', '<', '|':
		return false
	}
	return true
}

// indentColumns is how far s is indented, a tab to the next multiple of 4.
func indentColumns(s string) int {
	col := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col
		}
	}
	return col
}

// isThematicBreak reports a rule: three or more *, - or _ alone, with
// spaces between or not.
func isThematicBreak(t string) bool {
	if t == "" || (t[0] != '*' && t[0] != '-' && t[0] != '_') {
		return false
	}
	n := 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case t[0]:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
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
