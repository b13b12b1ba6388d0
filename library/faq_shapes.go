package library

import "strings"

// The shapes a question takes on a line of an FAQ section that is not a
// heading: emphasis, numbers, bullets, Q: prefixes, HTML and ::: titles.

// shape is how a line question is marked. Marked questions (emphasis,
// Q:, HTML, containers) win over unmarked ones (a numbered or bulleted
// line, a paragraph ending in "?"): a section with any marked question
// takes only those, so a question asked inside an answer stays there.
type shape int

const (
	shapeNone   shape = iota
	shapePlain        // a one-line paragraph ending in "?"
	shapeList         // a numbered or bulleted line ending in "?"
	shapeMarked       // emphasis, Q:, HTML or a container title
)

// lineQ is a question read from one line.
type lineQ struct {
	text   string // the question, as plain text, prefixes dropped
	rest   string // what follows the question on its line: the answer's start
	shape  shape
	qMark  bool // written with a Q: prefix, so its answer may say A:
	listed bool
}

// lineQuestion reads one line of an FAQ section as a question.
func lineQuestion(s string) (lineQ, bool) {
	t := strings.TrimSpace(s)
	if len(t) < 2 || !hasQuestionMark(t) && !mayBeQPrefixed(t) {
		return lineQ{}, false
	}
	t = trimBreak(t)
	switch t[0] {
	case '<':
		return htmlQuestion(t)
	case ':':
		if _, label, ok := containerOpener(t); ok && hasQuestionMark(label) {
			return lineQ{text: label, shape: shapeMarked}, true
		}
		return lineQ{}, false
	}
	var q lineQ
	if m := listMarker(t); m > 0 {
		t, q.listed = strings.TrimLeft(t[m:], " \t"), true
	}
	if t == "" {
		return lineQ{}, false
	}
	if t[0] == '*' || t[0] == '_' {
		if inner, rest, ok := emphasised(t); ok {
			inner, qm := stripQuestionPrefix(inner)
			rest = strings.TrimSpace(rest)
			switch {
			case inner == "" && qm: // **Q:** Is it vegan?
				text, _ := stripQuestionPrefix(rest)
				if text == "" {
					return lineQ{}, false
				}
				return lineQ{text: inlineText(text), shape: shapeMarked, qMark: true, listed: q.listed}, true
			case hasQuestionMark(inner):
				return lineQ{text: inlineText(inner), rest: rest, shape: shapeMarked, qMark: qm, listed: q.listed}, true
			}
		}
	}
	if text, qm := stripQuestionPrefix(t); qm && text != "" && isQPrefixed(t) {
		return lineQ{text: inlineText(text), shape: shapeMarked, qMark: true, listed: q.listed}, true
	}
	if !endsWithQuestionMark(t) {
		return lineQ{}, false
	}
	q.text, _ = stripQuestionPrefix(inlineText(t))
	q.shape = shapePlain
	if q.listed {
		q.shape = shapeList
	}
	return q, q.text != ""
}

// htmlQuestion reads <summary>, <hN>, <dt>, <strong> or <b> lines
// (inside a <details> or <dl> on the same line, or not) as a question.
func htmlQuestion(t string) (lineQ, bool) {
	for {
		name, end := openTag(t)
		switch name {
		case "details", "dl", "div", "p":
			t = strings.TrimSpace(t[end:])
			if t == "" || t[0] != '<' {
				if name == "p" && endsWithQuestionMark(stripTags(t)) {
					return lineQ{text: inlineText(stripTags(t)), shape: shapePlain}, true
				}
				return lineQ{}, false
			}
			continue
		case "summary", "dt", "strong", "b", "h1", "h2", "h3", "h4", "h5", "h6":
			closing := "</" + name
			c := indexFold(t[end:], closing)
			if c < 0 {
				c = len(t)
			} else {
				c += end
			}
			inner := inlineText(stripTags(t[end:c]))
			if !hasQuestionMark(inner) {
				return lineQ{}, false
			}
			rest := ""
			if c < len(t) {
				if gt := strings.IndexByte(t[c:], '>'); gt >= 0 {
					rest = stripTags(t[c+gt+1:])
				}
			}
			inner, _ = stripQuestionPrefix(inner)
			return lineQ{text: inner, rest: rest, shape: shapeMarked}, inner != ""
		}
		return lineQ{}, false
	}
}

// openTag reads the HTML tag that opens t: its name in lower case and
// where it ends; "" when t does not open with a tag.
func openTag(t string) (string, int) {
	if len(t) < 3 || t[0] != '<' {
		return "", 0
	}
	gt := strings.IndexByte(t, '>')
	if gt < 0 {
		return "", 0
	}
	in := t[1:gt]
	if sp := strings.IndexAny(in, " \t"); sp >= 0 {
		in = in[:sp]
	}
	return strings.ToLower(in), gt + 1
}

// indexFold is strings.Index ignoring ASCII case, for short tags.
func indexFold(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(sub)], sub) {
			return i
		}
	}
	return -1
}

// listMarker returns the length of the list marker opening t ("- ",
// "* ", "+ ", "1. ", "2) "), or 0.
func listMarker(t string) int {
	if len(t) >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && (t[1] == ' ' || t[1] == '\t') {
		return 2
	}
	return numberMarker(t)
}

// numberMarker returns the length of "12. " or "3) " opening t, or 0.
func numberMarker(t string) int {
	i := 0
	for i < len(t) && i < 4 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || (t[i+1] != ' ' && t[i+1] != '\t') {
		return 0
	}
	return i + 2
}

// emphasised splits text that opens with emphasis ("**Is it?** Yes")
// into the emphasised part and what follows it.
func emphasised(t string) (inner, rest string, ok bool) {
	n := 0
	for n < len(t) && n < 3 && t[n] == t[0] {
		n++
	}
	open := t[:n]
	c := strings.Index(t[n:], open)
	if c <= 0 {
		return "", "", false
	}
	inner = t[n : n+c]
	rest = t[n+c+n:]
	if strings.HasPrefix(rest, open[:1]) { // "***x**" closing longer than opening
		rest = strings.TrimLeft(rest, open[:1])
	}
	return strings.TrimSpace(inner), rest, true
}

// stripQuestionPrefix drops what marks a question but is not its text:
// emphasis around it, a number ("2. ", "3) "), and "Q:", "Q.", "Q1:",
// "Question:"; qm reports a Q prefix.
func stripQuestionPrefix(s string) (text string, qm bool) {
	for range 4 {
		s = strings.TrimSpace(s)
		switch {
		case s == "":
			return s, qm
		case s[0] == '*' || s[0] == '_':
			if inner, rest, ok := emphasised(s); ok && strings.TrimSpace(rest) == "" {
				s = inner
				continue
			}
		case numberMarker(s) > 0:
			s = s[numberMarker(s):]
			continue
		case isQPrefixed(s):
			s, qm = s[qPrefixLen(s):], true
			continue
		}
		break
	}
	return strings.TrimSpace(s), qm
}

// mayBeQPrefixed is the cheap test before isQPrefixed, for lines with no "?".
func mayBeQPrefixed(t string) bool {
	t = strings.TrimLeft(t, "-*+_ \t0123456789.)")
	return len(t) > 2 && (t[0] == 'Q' || t[0] == 'q')
}

// isQPrefixed reports "Q:", "Q.", "Q)", "Q1:", "Question:" or
// "Question 2:" followed by a space or the end, opening s.
func isQPrefixed(s string) bool { return qPrefixLen(s) > 0 }

func qPrefixLen(s string) int {
	i := 0
	switch {
	case len(s) >= 8 && strings.EqualFold(s[:8], "question"):
		i = 8
		for i < len(s) && s[i] == ' ' {
			i++
		}
	case len(s) >= 1 && (s[0] == 'Q' || s[0] == 'q'):
		i = 1
	default:
		return 0
	}
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i >= len(s) || (s[i] != ':' && s[i] != '.' && s[i] != ')') {
		return 0
	}
	i++
	if i < len(s) && s[i] != ' ' && s[i] != '\t' && s[i] != '*' && s[i] != '_' {
		return 0
	}
	return i
}

// trimBreak drops a trailing <br>, <br/> or <br /> and a markdown hard
// break (two spaces or a backslash).
func trimBreak(t string) string {
	for {
		l := strings.ToLower(t)
		switch {
		case strings.HasSuffix(l, "<br>"):
			t = t[:len(t)-4]
		case strings.HasSuffix(l, "<br/>"):
			t = t[:len(t)-5]
		case strings.HasSuffix(l, "<br />"):
			t = t[:len(t)-6]
		case strings.HasSuffix(t, "\\"):
			t = t[:len(t)-1]
		default:
			return strings.TrimSpace(t)
		}
		t = strings.TrimSpace(t)
	}
}

// isQuestionHeading: a heading that asks, with or without words after
// the "?" ("Is it safe? What to check first").
func isQuestionHeading(text string) bool {
	return questionMarkAt(text) > 0
}
