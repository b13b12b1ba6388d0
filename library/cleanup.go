package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
	"golang.org/x/net/html/atom"
)

var (
	leadBlock   = lazyre.New(`^\s*\[LEAD\|([^|\]]*)\|([^\]|]*)\]\s*$`)
	jsxTag      = lazyre.New(`</?[A-Z][A-Za-z0-9_.]*(?:\s[^<>]*)?/?>`)
	mdxComment  = lazyre.New(`\{/\*.*?\*/\}`)
	escapeStart = lazyre.New(`^(\s*)([#>+=-]|\d+[.)])`)
)

// Nesting deeper than this is flattened: glamour's time grows steeply
// with depth, and no reader follows 300 levels of list or quote.
const (
	maxQuoteDepth = 8
	maxIndent     = 32
)

// capNesting limits a line's leading indentation and blockquote markers.
func capNesting(s string) string {
	if s == "" || (s[0] != ' ' && s[0] != '\t' && s[0] != '>') {
		return s
	}
	trimmed := strings.TrimLeft(s, " \t")
	if indent := len(s) - len(trimmed); indent > maxIndent {
		s = strings.Repeat(" ", maxIndent) + trimmed
	}
	rest := strings.TrimLeft(s, " ")
	pad := s[:len(s)-len(rest)]
	depth := 0
	for i := 0; i < len(rest) && (rest[i] == '>' || rest[i] == ' '); i++ {
		if rest[i] == '>' {
			depth++
		}
	}
	if depth > maxQuoteDepth {
		s = pad + strings.Repeat(">", maxQuoteDepth) + " " + strings.TrimLeft(rest, "> ")
	}
	return s
}

// cleanBodyLines turns constructs that are not CommonMark into plain markdown:
// [LEAD|label|url] call-outs become a quoted label and link; in an .mdx
// file (mdx), MDX import and export statements are dropped; JSX
// component tags and MDX comments are dropped (React docs write them in
// .md files too). Statements, tags and comments may span lines. Nesting
// is capped. Code blocks are left alone. (Static-site syntax was
// rewritten before: sitesyntax.go.)
//
// It also returns the lines of the clean body, split into sc's buffer.
func cleanBodyLines(body string, mdx bool, sc *scratch) (string, []line) {
	lines := splitLinesInto(sc.lines[:0], body)
	sc.lines = lines
	if !needsCleaning(lines, mdx) {
		return body, lines
	}
	var out []string
	indentedCode := false
	for i := 0; i < len(lines); i++ {
		if lines[i].code {
			out = append(out, lines[i].text)
			continue
		}
		text := capNesting(lines[i].text)
		if mdx && isMDXStatement(text) {
			i = statementEnd(lines, i, body)
			continue
		}
		if !mdx && esmImportLine.MatchString(text) { // Docusaurus reads .md as MDX
			continue
		}
		had := strings.TrimSpace(text) != ""
		jsxFirst := false
		if indentedCode = isIndentedCode(lines, i, indentedCode); !indentedCode {
			jsxFirst = jsxTagStart(text) > 0
			text, i = joinOpenConstructs(text, lines, i, body)
			text = removeMDXComments(text)
			if mdx {
				text = removeJSXWrappers(text)
			}
		}
		if cleaned, keep := cleanLine(text, had); keep {
			if jsxFirst { // what a component indented in another shows is no indented code
				cleaned = unfence(strings.TrimLeft(cleaned, " \t")) // nor, moved left, a fence ("\t<C>```")
			}
			out = append(out, cleaned)
		}
	}
	clean := strings.Join(out, "\n")
	if strings.HasSuffix(body, "\n") { // splitting dropped the final newline
		clean += "\n"
	}
	sc.lines = splitLinesInto(sc.lines[:0], clean)
	return clean, sc.lines
}

// cleanLine cleans one line outside fenced code (or several joined into
// one) of JSX tags and LEAD call-outs: it reports false when a line that
// had text holds none once its tags are gone.
func cleanLine(text string, had bool) (string, bool) {
	if strings.Contains(text, "<") {
		text = removeJSXTags(mdxCallouts(text))
		if strings.Contains(text, "={") {
			text = jsxElements(text)
		}
		if had && strings.TrimSpace(text) == "" {
			return "", false
		}
	}
	if m := leadBlock.FindStringSubmatch(text); m != nil {
		return leadQuote(m), true
	}
	return unfence(text), true
}

// leadQuote is the quoted link a [LEAD|label|url] call-out becomes.
func leadQuote(m []string) string {
	label, url := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	return "> [" + label + "](" + url + ")"
}

// needsCleaning reports whether any line outside code has something
// cleanBody changes; most articles have none, and are kept as they are.
func needsCleaning(lines []line, mdx bool) bool {
	for _, l := range lines {
		if l.code {
			continue
		}
		t := l.text
		if mdx && isMDXStatement(t) || !mdx && esmImportLine.MatchString(t) || strings.Contains(t, "[LEAD|") || capNesting(t) != t {
			return true
		}
		if strings.Contains(t, "{/*") || jsxTagStart(t) >= 0 || strings.Contains(t, "={") && jsxElement.MatchString(t) {
			return true
		}
		if i := strings.IndexByte(t, '<'); i >= 0 && jsxTag.MatchString(t[i:]) {
			for _, tag := range jsxTag.FindAllString(t[i:], -1) {
				if !isHTMLTag(tag) {
					return true
				}
			}
		}
	}
	return false
}

// removeJSXTags drops the JSX component tags of a line, except in its
// code spans ("the [`<SiteTitle />`](#x) component" keeps its name) and
// HTML tags written in capitals.
func removeJSXTags(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range jsxTag.FindAllStringIndex(text, -1) {
		if m[0] < last || isHTMLTag(text[m[0]:m[1]]) || inCodeSpan(text, m[0]) {
			continue
		}
		b.WriteString(text[last:m[0]])
		b.WriteString(jsxTagText(text[m[0]:m[1]]))
		last = m[1]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// inCodeSpan reports whether text[at] lies in one of its code spans.
func inCodeSpan(text string, at int) bool {
	for i := 0; i < at; {
		j := strings.IndexByte(text[i:at], '`')
		if j < 0 {
			return false
		}
		i += j
		end := codeSpanEnd(text, i)
		n := 0
		for i+n < len(text) && text[i+n] == '`' {
			n++
		}
		if end > i+n && at < end { // a closed span around at
			return true
		}
		i = end
	}
	return false
}

// jsxWrapper is a tag MDX reads as JSX around markdown (<p>[a](b)</p>),
// which CommonMark would take for an HTML block and show as it is.
var jsxWrapper = lazyre.New(`</?(?:p|div|span|center|section)(?:\s[^<>]*)?>`)

// removeJSXWrappers drops an .mdx line's wrapper tags, outside code
// spans: what they hold is markdown.
func removeJSXWrappers(text string) string {
	if !strings.Contains(text, "<") {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range jsxWrapper.FindAllStringIndex(text, -1) {
		if inCodeSpan(text, m[0]) {
			continue
		}
		b.WriteString(text[last:m[0]])
		last = m[1]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// jsxElement is a lower-case tag with a JSX expression for an attribute
// (<img style={{margin: 0}} />, <span style={{color: 'red'}}>): no HTML,
// which CommonMark would show as written.
var jsxElement = lazyre.New(`</?[a-z][a-z0-9]*(?:\s[^<>]*?)?=\{[^<>]*?/?>`)

// jsxElements drops the JSX elements of a line outside code spans, an
// <img> left as its picture.
func jsxElements(text string) string {
	var b strings.Builder
	last := 0
	for _, m := range jsxElement.FindAllStringIndex(text, -1) {
		if inCodeSpan(text, m[0]) {
			continue
		}
		b.WriteString(text[last:m[0]])
		tag := text[m[0]:m[1]]
		if strings.HasPrefix(tag, "<img") {
			b.WriteString(jsxTagText("<Image" + tag[4:]))
		}
		last = m[1]
	}
	if last == 0 {
		return text
	}
	b.WriteString(text[last:])
	return b.String()
}

// isHTMLTag reports a tag whose name is an HTML element's in capitals
// (<H2>, </TD>), which old pages write, rather than a JSX component's.
func isHTMLTag(tag string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(tag, "<"), "/")
	if i := strings.IndexAny(name, " \t\n/>"); i >= 0 {
		name = name[:i]
	}
	return name == strings.ToUpper(name) && atom.Lookup([]byte(strings.ToLower(name))) != 0
}

// esmImportLine is an import statement whole on its line, which no prose
// is: "import Tabs from '@theme/Tabs';". Docusaurus reads .md files as
// MDX, and these are all an .md file's clean-up takes of MDX statements.
var esmImportLine = lazyre.New(`^import\s+(?:(?:[\w$]+|\{[^{}]*\}|\*\s+as\s+[\w$]+)(?:\s*,\s*(?:\{[^{}]*\}|[\w$]+))?\s+from\s+)?["'][^"'\s]+["'];?\s*$`)

// isMDXStatement: a top-level MDX import or export statement, as
// JavaScript writes one ("import X from 'x'", "import {A} from…",
// "import 'x'", "export const…", "export default…"), not prose that
// starts with the word ("import these readings…").
func isMDXStatement(t string) bool {
	var rest string
	switch {
	case strings.HasPrefix(t, "import ") || strings.HasPrefix(t, "import\t"):
		rest = strings.TrimLeft(t[len("import"):], " \t")
		if rest == "" || strings.ContainsAny(rest[:1], "{*'\"") {
			return rest != ""
		}
		name, after := jsIdentifier(rest)
		after = strings.TrimLeft(after, " \t")
		return name != "" && (after == "" || strings.HasPrefix(after, ",") || strings.HasPrefix(after, "from") && (len(after) == 4 || !isAlnumByte(after[4])))
	case strings.HasPrefix(t, "export ") || strings.HasPrefix(t, "export\t"):
		rest = strings.TrimLeft(t[len("export"):], " \t")
		if rest != "" && strings.ContainsAny(rest[:1], "{*") {
			return true
		}
		word, _ := jsIdentifier(rest)
		switch word {
		case "const", "let", "var", "function", "default", "class", "async", "type", "interface", "enum", "declare":
			return true
		}
	}
	return false
}

// jsIdentifier splits a JavaScript identifier off the start of s.
func jsIdentifier(s string) (string, string) {
	i := 0
	for i < len(s) && (isAlnumByte(s[i]) || s[i] == '_' || s[i] == '$') {
		i++
	}
	return s[:i], s[i:]
}

// unfence escapes a fence that removing a tag or shortcode uncovered at
// the start of a line ("<Note/>```"): it was text, and must not open a
// code block that swallows the rest of the article.
func unfence(text string) string {
	f := fenceOf(text)
	if f == "" {
		return text
	}
	i := strings.Index(text, f)
	return text[:i] + strings.Repeat("\\"+f[:1], len(f)) + text[i+len(f):]
}
