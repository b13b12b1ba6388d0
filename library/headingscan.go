package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

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
var definitionLine = lazyre.New(`^ {0,3}\[[^\]]+\]:\s*\S`)

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
