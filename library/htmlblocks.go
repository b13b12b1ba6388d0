package library

import "strings"

// HTML blocks, as CommonMark reads them: a line that opens one with a
// block element's tag (<div>, <table>, <details>…), or with any tag
// alone on its line when no paragraph runs on, starts a block that ends
// at a blank line; <pre>, <script>, <style> and <textarea> end at their
// closing tag, a comment at its "-->". What stands in one is HTML, not
// markdown: "## x" there is no heading, as goldmark (and so glamour)
// has it.

// htmlBlock is the HTML block a scan of lines is in, if any.
type htmlBlock struct {
	end  string // what ends it: "" for a blank line, or a closing tag or "-->"
	open bool
}

// in reports whether text is a line of an HTML block, opening one or in
// one; afterText says a paragraph runs on from the line before (which
// only a block element's tag may interrupt).
func (h *htmlBlock) in(text string, afterText bool) bool {
	if h.open {
		if h.end == "" {
			if strings.TrimSpace(text) == "" {
				h.open = false
				return false
			}
			return true
		}
		if strings.Contains(strings.ToLower(text), h.end) {
			h.open = false
		}
		return true
	}
	t := strings.TrimLeft(text, " ")
	if len(text)-len(t) > 3 || len(t) < 2 || t[0] != '<' {
		return false
	}
	lower := strings.ToLower(t)
	for _, name := range []string{"pre", "script", "style", "textarea"} {
		if strings.HasPrefix(lower, "<"+name) && tagEnds(lower, 1+len(name)) {
			h.end = "</" + name + ">"
			h.open = !strings.Contains(lower, h.end)
			return true
		}
	}
	if strings.HasPrefix(t, "<!--") {
		h.end = "-->"
		h.open = !strings.Contains(t[4:], "-->")
		return true
	}
	name := t[1:]
	name = strings.TrimPrefix(name, "/")
	n := 0
	for n < len(name) && (isAlnumByte(name[n]) || name[n] == '-') {
		n++
	}
	if n == 0 || !tagEnds(strings.ToLower(name), n) {
		return false
	}
	if c := name[0]; c >= 'A' && c <= 'Z' && name[:n] != strings.ToUpper(name[:n]) {
		return false // <PackageManagerTabs>: a component, which MDX reads as markdown's neighbour, not an HTML block
	}
	if !htmlBlockTags[strings.ToLower(name[:n])] && (afterText || !aloneTag(t)) {
		return false
	}
	h.end, h.open = "", true
	return true
}

// mayOpenHTML is the quick look before htmlBlock.in for a line outside
// one: a "<" after at most three spaces. It runs on every line.
func mayOpenHTML(text string) bool {
	for i := 0; i < len(text) && i < 4; i++ {
		switch text[i] {
		case '<':
			return true
		case ' ':
		default:
			return false
		}
	}
	return false
}

// tagEnds reports whether a tag's name ends at s[i]: the line ends, or a
// space, ">" or "/>" follows.
func tagEnds(s string, i int) bool {
	return i >= len(s) || s[i] == ' ' || s[i] == '\t' || s[i] == '>' || strings.HasPrefix(s[i:], "/>")
}

// aloneTag reports a line that is one complete tag and nothing else
// (CommonMark's seventh kind of HTML block).
func aloneTag(t string) bool {
	t = strings.TrimSpace(t)
	return strings.HasSuffix(t, ">") && strings.Count(t, "<") == 1 && !strings.ContainsAny(t[1:len(t)-1], "<>")
}

// htmlBlockTags are CommonMark's block element names.
var htmlBlockTags = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range strings.Fields(`address article aside base basefont blockquote body caption center col colgroup dd details
		dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html
		iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table
		tbody td tfoot th thead title tr track ul`) {
		m[n] = true
	}
	return m
}()

// isParagraphText reports a line of paragraph text: a later line that
// opens an HTML block of the seventh kind cannot interrupt it.
func isParagraphText(l line) bool {
	return !l.code && !l.html && strings.TrimSpace(l.text) != "" && isParagraphLine(l.text)
}
