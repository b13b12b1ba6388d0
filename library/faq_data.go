package library

import (
	"encoding/json"
	"strings"
)

// FAQs kept as data rather than prose: frontmatter lists (faq:, faqs:,
// questions:) and JSON-LD FAQPage scripts in the body. Their questions
// are written at the end of the body as a markdown FAQ section, so the
// reader shows them, jumps land on them and the index keeps them.

// faqDataKeys are the frontmatter keys (lower case) that hold FAQ lists.
var faqDataKeys = []string{"faq", "faqs", "questions"}

// qa is one question and answer from data.
type qa struct{ q, a string }

// appendFAQData appends to body (the clean body) an "## FAQ" section
// holding the FAQ data of fields and of the JSON-LD in raw (the body as
// written, read there so that cleaning may drop scripts), less the
// questions the body already asks. It returns the body and its lines,
// unchanged when there is nothing to add.
func appendFAQData(raw, body string, lines []line, fields map[string]any, sc *scratch) (string, []line) {
	var items []qa
	for _, k := range faqDataKeys {
		if v, ok := fields[k]; ok {
			items = appendFAQList(items, v)
		}
	}
	if strings.Contains(raw, "+json") { // "+" is rare in prose, "l" is not: a fast first look
		items = appendJSONLD(items, splitLines(raw))
	}
	if len(items) == 0 {
		return body, lines
	}
	asked := map[string]bool{}
	for _, s := range scanFAQs(body, lines, scanHeadings(lines, nil, sc), sc) {
		for _, q := range s.Questions {
			asked[questionKey(q.Question)] = true
		}
	}
	var b strings.Builder
	b.WriteString(strings.TrimRight(body, "\n"))
	b.WriteString("\n\n## FAQ\n")
	n := 0
	for _, it := range items {
		q := collapseSpace(it.q)
		if q == "" || asked[questionKey(q)] {
			continue
		}
		asked[questionKey(q)] = true
		b.WriteString("\n### " + q + "\n")
		if a := strings.TrimSpace(it.a); a != "" {
			b.WriteString("\n" + a + "\n")
		}
		n++
	}
	if n == 0 {
		return body, lines
	}
	out := b.String()
	sc.lines = splitLinesInto(sc.lines[:0], out)
	return out, sc.lines
}

// questionKey compares questions ignoring case, spacing and markup.
func questionKey(q string) string { return anchorOf(inlineText(q)) }

// appendFAQList reads a frontmatter FAQ list: maps with question and
// answer under q/a, question/answer, title/content or name/text.
func appendFAQList(items []qa, v any) []qa {
	list, ok := v.([]any)
	if !ok {
		return items
	}
	for _, e := range list {
		m := stringMap(e)
		if m == nil {
			continue
		}
		q := mapText(m, "question", "q", "title", "name")
		a := mapText(m, "answer", "a", "content", "text", "acceptedanswer")
		if q != "" {
			items = append(items, qa{q, a})
		}
	}
	return items
}

// mapText is the first of keys (any case) holding text or a map with
// text, in m.
func mapText(m map[string]any, keys ...string) string {
	for _, want := range keys {
		for k, v := range m {
			if !strings.EqualFold(k, want) {
				continue
			}
			switch v := v.(type) {
			case string:
				return strings.TrimSpace(v)
			case map[string]any, map[any]any:
				if s := mapText(stringMap(v), "text", "answer", "content"); s != "" {
					return s
				}
			}
		}
	}
	return ""
}

// stringMap is a frontmatter map with text keys (YAML decodes nested
// maps with keys of any type), or nil.
func stringMap(v any) map[string]any {
	switch v := v.(type) {
	case map[string]any:
		return v
	case map[any]any:
		m := make(map[string]any, len(v))
		for k, e := range v {
			if s, ok := k.(string); ok {
				m[s] = e
			}
		}
		return m
	}
	return nil
}

// appendJSONLD reads the FAQPage questions of the body's
// <script type="application/ld+json"> blocks.
func appendJSONLD(items []qa, lines []line) []qa {
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i].text)
		if lines[i].code || len(t) < 8 || !strings.EqualFold(t[:7], "<script") || !strings.Contains(t, "ld+json") {
			continue
		}
		var b strings.Builder
		rest := t[strings.IndexByte(t, '>')+1:]
		for {
			if end := indexFold(rest, "</script"); end >= 0 {
				b.WriteString(rest[:end])
				break
			}
			b.WriteString(rest + "\n")
			if i++; i >= len(lines) || b.Len() > 1<<20 {
				break
			}
			rest = lines[i].text
		}
		var v any
		if json.Unmarshal([]byte(b.String()), &v) == nil {
			items = faqPageItems(items, v, 0)
		}
	}
	return items
}

// faqPageItems walks JSON-LD for FAQPage objects (alone, in a list or a
// @graph) and appends their questions.
func faqPageItems(items []qa, v any, depth int) []qa {
	if depth > 8 {
		return items
	}
	switch v := v.(type) {
	case []any:
		for _, e := range v {
			items = faqPageItems(items, e, depth+1)
		}
	case map[string]any:
		if isType(v["@type"], "FAQPage") {
			ents, ok := v["mainEntity"].([]any)
			if !ok && v["mainEntity"] != nil {
				ents = []any{v["mainEntity"]}
			}
			for _, e := range ents {
				m, ok := e.(map[string]any)
				if !ok {
					continue
				}
				q := mapText(m, "name", "text")
				a := mapText(m, "acceptedAnswer")
				if q != "" {
					items = append(items, qa{stripTags(q), stripTags(a)})
				}
			}
			return items
		}
		if g, ok := v["@graph"]; ok {
			items = faqPageItems(items, g, depth+1)
		}
	}
	return items
}

// isType: a JSON-LD @type that is, or lists, name.
func isType(v any, name string) bool {
	switch v := v.(type) {
	case string:
		return v == name
	case []any:
		for _, e := range v {
			if s, ok := e.(string); ok && s == name {
				return true
			}
		}
	}
	return false
}

// cleanAnswer tidies an answer read from lines: the HTML wrappers and
// ::: fences around it dropped, and an "A:" opening it when its question
// had "Q:".
func cleanAnswer(a string, qMark bool) string {
	if strings.IndexByte(a, '<') < 0 && strings.IndexByte(a, ':') < 0 && !qMark {
		return a
	}
	ls := strings.Split(a, "\n")
	out := ls[:0]
	for _, l := range ls {
		t := strings.TrimSpace(l)
		if isContainerClose(t) || isWrapperTagLine(t) {
			continue
		}
		out = append(out, trimWrapperTags(l))
	}
	a = strings.TrimSpace(strings.Join(out, "\n"))
	if qMark {
		a = stripAnswerPrefix(a)
	}
	return a
}

// wrapperTags are the tags around questions and answers that say
// nothing in an answer's text.
var wrapperTags = []string{"details", "/details", "/summary", "dl", "/dl", "dd", "/dd", "/dt", "div", "/div", "p", "/p"}

// isWrapperTagLine: a line of wrapper tags only.
func isWrapperTagLine(t string) bool {
	if t == "" || t[0] != '<' {
		return false
	}
	for t != "" {
		name, end := openTag(t)
		if !isWrapperTag(name) {
			return false
		}
		t = strings.TrimSpace(t[end:])
	}
	return true
}

func isWrapperTag(name string) bool {
	for _, w := range wrapperTags {
		if name == w {
			return true
		}
	}
	return false
}

// trimWrapperTags drops wrapper tags opening or closing a line.
func trimWrapperTags(l string) string {
	t := strings.TrimSpace(l)
	for t != "" && t[0] == '<' {
		name, end := openTag(t)
		if !isWrapperTag(name) {
			break
		}
		t = strings.TrimSpace(t[end:])
	}
	for strings.HasSuffix(t, ">") {
		i := strings.LastIndexByte(t, '<')
		if i < 0 {
			break
		}
		if name, _ := openTag(t[i:]); !isWrapperTag(name) {
			break
		}
		t = strings.TrimSpace(t[:i])
	}
	if t == strings.TrimSpace(l) {
		return l
	}
	return t
}

// stripAnswerPrefix drops "A:", "A1.", "**A:**" or "Answer:" opening an answer.
func stripAnswerPrefix(a string) string {
	t := strings.TrimLeft(a, "*_")
	i := 0
	switch {
	case len(t) >= 6 && strings.EqualFold(t[:6], "answer"):
		i = 6
	case len(t) >= 1 && (t[0] == 'A' || t[0] == 'a'):
		i = 1
	default:
		return a
	}
	for i < len(t) && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i >= len(t) || (t[i] != ':' && t[i] != '.' && t[i] != ')') {
		return a
	}
	t = strings.TrimLeft(t[i+1:], "*_")
	if t != "" && t[0] != ' ' && t[0] != '\t' && t[0] != '\n' {
		return a
	}
	return strings.TrimSpace(t)
}
