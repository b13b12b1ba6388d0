package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// Heading attributes, as Hugo, VitePress, Docusaurus, Pandoc and kramdown
// write them after a heading's text: "## Install {#install}",
// "## Setup {.wide #setup key=val}", "## Intro {: #intro}". They are taken
// out of the text, which is what the reader sees; the id becomes the
// heading's anchor, so links to #install land there. Kramdown's
// attribute lists elsewhere ({: .note} on a line of its own, {:target=…}
// after a link) are dropped by the site rewriter (attrlists.go).

var headingAttrRE = lazyre.New(`[ \t]*\{:?[ \t]*((?:[#.][^\s{}]+|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']*)|-)(?:[ \t]+(?:[#.][^\s{}]+|[A-Za-z_][\w-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']*)|-))*)[ \t]*\}[ \t]*#*[ \t]*$`)

// headingAttribute splits the attributes off a heading line: the line
// without them and the id they give ("" for none); ok is false when the
// line has none.
func headingAttribute(text string) (rest, id string, ok bool) {
	m := headingAttrRE.FindStringSubmatchIndex(text)
	if m == nil {
		return leadingHeadingAttribute(text)
	}
	for _, f := range strings.Fields(text[m[2]:m[3]]) {
		if strings.HasPrefix(f, "#") && len(f) > 1 {
			id = f[1:]
		}
	}
	return text[:m[0]], id, true
}

// leadingHeadingAttribute splits attributes written before an ATX
// heading's text ("## {#id} Text", as some translations move them).
func leadingHeadingAttribute(text string) (string, string, bool) {
	level, _, atx := matchATX(text)
	if !atx {
		return text, "", false
	}
	i := strings.Index(text, strings.Repeat("#", level)) + level
	j := skipBlanks(text, i)
	if j >= len(text) || text[j] != '{' {
		return text, "", false
	}
	end := strings.IndexByte(text[j:], '}')
	if end < 0 {
		return text, "", false
	}
	attr := text[j : j+end+1]
	m := headingAttrRE.FindStringSubmatch(attr)
	if m == nil {
		return text, "", false
	}
	id := ""
	for _, f := range strings.Fields(m[1]) {
		if strings.HasPrefix(f, "#") && len(f) > 1 {
			id = f[1:]
		}
	}
	return text[:i] + " " + strings.TrimLeft(text[j+end+1:], " \t"), id, true
}

// stripHeadingAttrs takes the attributes off the heading lines of body
// (ATX headings and the text of setext ones): the body without them,
// its lines, and the ids found by line number (nil when none). Lines
// keep their numbers.
func stripHeadingAttrs(body string, lines []line, sc *scratch) (string, []line, map[int]string) {
	if !strings.Contains(body, "}") {
		return body, lines, nil
	}
	var ids map[int]string
	var b strings.Builder
	last := 0
	for i, l := range lines {
		if l.code || !strings.Contains(l.text, "}") {
			continue
		}
		_, _, atx := matchATX(l.text)
		setext := !atx && i+1 < len(lines) && !lines[i+1].code && matchSetext(lines[i+1].text) != 0 && isParagraphLine(l.text)
		if !atx && !setext {
			continue
		}
		rest, id, ok := headingAttribute(l.text)
		if !ok {
			continue
		}
		if ids == nil {
			ids = map[int]string{}
			b.Grow(len(body))
		}
		if id != "" {
			ids[i] = id
		}
		b.WriteString(body[last:l.offset])
		b.WriteString(rest)
		last = l.offset + len(l.text)
	}
	if ids == nil {
		return body, lines, nil
	}
	b.WriteString(body[last:])
	body = b.String()
	sc.lines = splitLinesInto(sc.lines[:0], body)
	return body, sc.lines, ids
}
