package library

import (
	"regexp"
	"strings"
)

var (
	leadBlock   = regexp.MustCompile(`^\s*\[LEAD\|([^|\]]*)\|([^\]|]*)\]\s*$`)
	jsxTag      = regexp.MustCompile(`</?[A-Z][A-Za-z0-9_.]*(?:\s[^<>]*)?/?>`)
	mdxComment  = regexp.MustCompile(`\{/\*.*?\*/\}`)
	shortcode   = regexp.MustCompile(`\{\{[<%]\s*(/?)\s*([A-Za-z0-9_.-]*)[^}]*?[>%]\}\}`)
	escapeStart = regexp.MustCompile(`^(\s*)([#>+=-]|\d+[.)])`)
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
// [LEAD|label|url] call-outs become a quoted label and link, MDX import
// and export statements, JSX component tags and MDX comments are
// dropped, and Hugo shortcodes are dropped, a stand-alone one leaving a
// short marker. Statements, tags, comments and shortcodes may span
// lines. Nesting is capped. Code blocks are left alone. The LEAD targets
// are returned as links.
//
// It also returns the lines of the clean body, split into sc's buffer.
func cleanBodyLines(body string, sc *scratch) (string, []line) {
	lines := splitLinesInto(sc.lines[:0], body)
	sc.lines = lines
	if !needsCleaning(lines) {
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
		if isMDXStatement(text) {
			i = statementEnd(lines, i, body)
			continue
		}
		had := strings.TrimSpace(text) != ""
		if indentedCode = isIndentedCode(lines, i, indentedCode); !indentedCode {
			text, i = joinOpenConstructs(text, lines, i, body)
			text = removeMDXComments(text)
		}
		if cleaned, keep := cleanLine(text, had); keep {
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
// one) of JSX tags, LEAD call-outs and shortcodes: it reports false when
// the line held only shortcodes.
func cleanLine(text string, had bool) (string, bool) {
	if strings.Contains(text, "<") {
		text = jsxTag.ReplaceAllString(mdxCallouts(text), "")
	}
	if !strings.Contains(text, "[LEAD|") && !strings.Contains(text, "{{") {
		return unfence(text), true
	}
	if m := leadBlock.FindStringSubmatch(text); m != nil {
		return leadQuote(m), true
	}
	standalone := shortcode.FindString(strings.TrimSpace(text)) == strings.TrimSpace(text)
	text = shortcode.ReplaceAllStringFunc(text, func(m string) string {
		sub := shortcode.FindStringSubmatch(m)
		if standalone && sub[1] == "" && sub[2] != "" {
			return "*[" + sub[2] + "]*"
		}
		return ""
	})
	if had && strings.TrimSpace(text) == "" {
		return "", false
	}
	if m := leadBlock.FindStringSubmatch(text); m != nil { // a shortcode after it hid it above
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
func needsCleaning(lines []line) bool {
	for _, l := range lines {
		if l.code {
			continue
		}
		t := l.text
		if isMDXStatement(t) || strings.Contains(t, "{{") || strings.Contains(t, "[LEAD|") || capNesting(t) != t {
			return true
		}
		if strings.Contains(t, "{/*") || jsxTagStart(t) >= 0 {
			return true
		}
		if i := strings.IndexByte(t, '<'); i >= 0 && jsxTag.MatchString(t[i:]) {
			return true
		}
	}
	return false
}

// isMDXStatement: a top-level MDX import or export line.
func isMDXStatement(t string) bool {
	return strings.HasPrefix(t, "import ") || strings.HasPrefix(t, "export ") ||
		strings.HasPrefix(t, "import\t") || strings.HasPrefix(t, "export\t")
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
