package library

import (
	"sort"
	"strings"
)

// faqTitle is where an FAQ section opens and what opened it.
type faqTitle struct {
	text    string
	kind    titleKind
	heading int // the title's heading (titleHeading), else the heading whose section holds it, or -1
	level   int // the heading level; 0 for bold titles and containers
	line    int // index of the title's line
	offset  int
}

// scanFAQs finds the FAQ sections of a body and their questions. A
// section opens at an FAQ title (a heading, an HTML heading, a bold-only
// paragraph or a ::: container saying FAQ, Q&A, Common Questions…) and
// ends at the next heading at or above its level that is not a question
// (a container at its closing fence). Its questions are its question
// sub-headings (and same-level question headings), or when it has none,
// its lines in any shape lineQuestion reads. An answer runs to the next
// question or the section's end.
func scanFAQs(body string, lines []line, hs []Heading, sc *scratch) []FAQSection {
	var buf [8]faqTitle // most bodies have one or two: no allocation
	titles := faqTitles(lines, hs, buf[:0])
	if len(titles) == 0 {
		return nil
	}
	var sections []FAQSection
	for ti, t := range titles {
		limit := len(body) // a section ends at the next title at the latest
		if ti+1 < len(titles) {
			limit = titles[ti+1].offset
		}
		end := titleEnd(lines, hs, t, limit)
		qs := headingQuestions(hs, t, end, sc.questions[:0])
		if len(qs) == 0 {
			qs = lineQuestions(lines, hs, t, &end, qs)
		}
		if len(qs) == 0 {
			continue
		}
		setAnswers(body, hs, qs, end)
		sections = append(sections, FAQSection{Title: t.text, Heading: t.heading, Questions: sc.slabs.questions.exact(qs)})
		clear(qs)
		sc.questions = qs[:0]
	}
	if sections == nil {
		return nil
	}
	return sc.slabs.sections.exact(sections)
}

// faqTitles lists the FAQ titles of a body in order: its headings that
// say FAQ, then the lines that do (checked by their first byte first),
// appended to out.
func faqTitles(lines []line, hs []Heading, out []faqTitle) []faqTitle {
	for i, h := range hs {
		if isFAQTitle(h.Text) {
			out = append(out, faqTitle{text: h.Text, kind: titleHeading, heading: i, level: h.Level, line: h.Line, offset: h.Offset})
		}
	}
	lineTitles := false
	for i, l := range lines {
		if l.code || len(l.text) < 4 {
			continue
		}
		switch trimIndent(l.text)[0] {
		case '*', '_', '<', ':':
		default:
			continue
		}
		text, kind, level, ok := lineFAQTitle(l.text)
		if !ok || kind == titleBold && !aloneInParagraph(lines, i) {
			continue
		}
		enclosing := headingBefore(hs, l.offset)
		out = append(out, faqTitle{text: text, kind: kind, heading: enclosing, level: level, line: i, offset: l.offset})
		lineTitles = true
	}
	if lineTitles { // into order by offset; titles are few
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && out[j].offset < out[j-1].offset; j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
	}
	return out
}

// aloneInParagraph: line i has a blank line (or nothing) on either side.
func aloneInParagraph(lines []line, i int) bool {
	return (i == 0 || isBlankLine(lines[i-1].text)) && (i+1 >= len(lines) || isBlankLine(lines[i+1].text))
}

func isBlankLine(s string) bool { return strings.TrimSpace(s) == "" }

// headingBefore is the index of the last heading at or before offset, or -1.
func headingBefore(hs []Heading, offset int) int {
	return sort.Search(len(hs), func(i int) bool { return hs[i].Offset > offset }) - 1
}

// titleEnd is where the section an FAQ title opens ends, as its
// headings tell: the next heading above its level, or at its level
// unless the section's questions are headings at that level (## FAQ,
// then ## Does it hurt?); a bold title ends at any heading that does
// not ask; a container at its closing fence; and at limit at the
// latest. An HTML heading (<h2>, within a <div> or not) counts as a
// heading of its level; for an HTML title they are checked as the
// lines are read.
func titleEnd(lines []line, hs []Heading, t faqTitle, limit int) int {
	if t.kind == titleContainer {
		depth := 0
		for i := t.line + 1; i < len(lines) && lines[i].offset < limit; i++ {
			l := lines[i]
			if l.code {
				continue
			}
			if isContainerClose(l.text) {
				if depth == 0 {
					return l.offset
				}
				depth--
			} else if _, _, ok := containerOpener(strings.TrimSpace(l.text)); ok {
				depth++
			}
		}
		return limit
	}
	sub := false // the questions are headings below the title's level
	for j := headingBefore(hs, t.offset) + 1; j < len(hs) && hs[j].Offset < limit; j++ {
		h := hs[j]
		if h.Offset <= t.offset {
			continue
		}
		asks := isQuestionHeading(h.Text)
		if t.kind == titleBold {
			if !asks {
				return h.Offset
			}
			continue
		}
		if h.Level < t.level || h.Level == t.level && (!asks || sub) {
			limit = h.Offset
			break
		}
		sub = sub || asks && h.Level > t.level
	}
	if t.kind == titleHeading {
		limit = htmlHeadingEnd(lines, t, limit, sub)
	}
	return limit
}

// htmlHeadingEnd is where an HTML heading line ends a markdown-titled
// FAQ section before limit, by titleEnd's rule, else limit.
func htmlHeadingEnd(lines []line, t faqTitle, limit int, sub bool) int {
	for i := t.line + 1; i < len(lines) && lines[i].offset < limit; i++ {
		if !lines[i].code && strings.IndexByte(lines[i].text, '<') >= 0 && endsHTMLSection(lines[i].text, t.level, sub) {
			return lines[i].offset
		}
	}
	return limit
}

// headingQuestions lists the question headings of a section. A "Q:"
// before one marks its answer's "A:" as a label (setAnswers).
func headingQuestions(hs []Heading, t faqTitle, end int, qs []FAQ) []FAQ {
	for j := headingBefore(hs, t.offset) + 1; j < len(hs) && hs[j].Offset < end; j++ {
		if hs[j].Offset <= t.offset || !isQuestionHeading(hs[j].Text) {
			continue
		}
		text, qm := hs[j].Text, false
		if strings.IndexByte(text, ':') > 0 || numberMarker(text) > 0 {
			text, qm = stripQuestionPrefix(text)
		}
		q := FAQ{Question: text, Heading: j, Offset: hs[j].Offset}
		if qm {
			q.Answer = "\x00"
		}
		qs = append(qs, q)
	}
	return qs
}

// lineQuestions lists the questions of a section written on lines, not
// headings: the marked ones if there are any, else the unmarked. An
// HTML heading at or above an HTML title's level ends the section early.
func lineQuestions(lines []line, hs []Heading, t faqTitle, end *int, qs []FAQ) []FAQ {
	first := sort.Search(len(lines), func(i int) bool { return lines[i].offset > t.offset })
	h := headingBefore(hs, t.offset) + 1
	best := shapeNone
	sub := false // a question was found below the title's level
	var rests []string
	for i := first; i < len(lines) && lines[i].offset < *end; i++ {
		l := lines[i]
		for h < len(hs) && hs[h].Line < i {
			h++
		}
		if l.code || h < len(hs) && hs[h].Line == i || i > 0 && isSetextUnder(lines, hs, h, i) {
			continue
		}
		if t.kind == titleHTML && endsHTMLSection(l.text, t.level, sub) {
			*end = l.offset
			break
		}
		q, ok := lineQuestion(l.text)
		if !ok || q.shape < best {
			continue
		}
		if lv := htmlHeadingLevel(l.text); lv == 0 || lv > t.level {
			sub = true
		}
		if q.shape == shapePlain && !plainQuestionAt(lines, i) {
			continue
		}
		if q.shape > best {
			best = q.shape
			clear(qs)
			qs, rests = qs[:0], rests[:0]
		}
		qs = append(qs, FAQ{Question: q.text, Heading: -1, Offset: l.offset})
		r := q.rest
		if q.qMark {
			r = "\x00" + r // its answer may open with A:
		}
		rests = append(rests, r)
	}
	for k := range qs {
		qs[k].Answer = rests[k] // setAnswers reads what follows the question on its line from here
	}
	return qs
}

// isSetextUnder: line i underlines the setext heading on line i-1.
func isSetextUnder(lines []line, hs []Heading, h, i int) bool {
	return h > 0 && hs[h-1].Line == i-1 && matchSetext(lines[i].text) != 0
}

// plainQuestionAt: an unmarked question is a one-line paragraph.
func plainQuestionAt(lines []line, i int) bool {
	return (i == 0 || isBlankLine(lines[i-1].text) || strings.HasPrefix(strings.TrimSpace(lines[i-1].text), "<")) &&
		(i+1 >= len(lines) || isBlankLine(lines[i+1].text))
}

// endsHTMLSection: an HTML heading line (within wrapper tags or not)
// above level, or at it when it does not ask or the questions are below
// it (sub).
func endsHTMLSection(s string, level int, sub bool) bool {
	lv := htmlHeadingLevel(s)
	if lv == 0 || lv > level {
		return false
	}
	return lv < level || sub || !hasQuestionMark(stripTags(s))
}

// htmlHeadingLevel is the level of the HTML heading a line opens with,
// wrapper tags (<div>, <section>…) aside, or 0.
func htmlHeadingLevel(s string) int {
	t := trimIndent(s)
	for range 4 {
		if len(t) < 4 || t[0] != '<' {
			return 0
		}
		if t[1]|0x20 == 'h' && t[2] >= '1' && t[2] <= '6' && (t[3] == '>' || t[3] == ' ') {
			return int(t[2] - '0')
		}
		switch name, end := openTag(t); name {
		case "div", "section", "article", "header", "span", "center":
			t = strings.TrimSpace(t[end:])
		default:
			return 0
		}
	}
	return 0
}

// setAnswers sets each question's answer: from the end of its line (or
// the rest of its line, held in Answer by lineQuestions) to the next
// question or end; a heading question's also to the next heading at or
// above its level.
func setAnswers(body string, hs []Heading, qs []FAQ, end int) {
	for k := range qs {
		stop := end
		if k+1 < len(qs) {
			stop = qs[k+1].Offset
		}
		if h := qs[k].Heading; h >= 0 {
			for j := h + 1; j < len(hs) && hs[j].Offset < stop; j++ {
				if hs[j].Level <= hs[h].Level {
					stop = hs[j].Offset
					break
				}
			}
		}
		rest := qs[k].Answer
		qMark := strings.HasPrefix(rest, "\x00")
		rest = strings.TrimPrefix(rest, "\x00")
		start := nextLine(body, qs[k].Offset)
		if qs[k].Heading >= 0 && start < len(body) && matchSetext(strings.TrimRight(body[start:nextLine(body, start)], "\n")) != 0 {
			start = nextLine(body, start) // a setext question: skip its underline
		}
		start = min(start, stop)
		answer := strings.TrimSpace(body[start:stop])
		if rest != "" {
			answer = strings.TrimSpace(rest + "\n" + answer)
		}
		switch {
		case qs[k].Heading < 0:
			answer = cleanAnswer(answer, qMark)
		case qMark:
			answer = stripAnswerPrefix(answer)
		}
		qs[k].Answer = answer
	}
}
