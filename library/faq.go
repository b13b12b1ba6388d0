package library

import (
	"regexp"
	"strings"
)

var (
	boldQuestion = regexp.MustCompile(`^\s*(?:\*\*|__)(.+\?)\s*(?:\*\*|__)\s*$`)
)

// scanFAQs finds FAQ sections and their questions: sub-headings ending in
// "?" or, when a section has none, bold lines ending in "?". An answer
// runs to the next question or the end of the section.
func scanFAQs(body string, lines []line, hs []Heading, sc *scratch) []FAQSection {
	var sections []FAQSection
	for i, h := range hs {
		if !isFAQHeading(h.Text) {
			continue
		}
		end := sectionEnd(hs, i, len(body))
		qs := sc.questions[:0]
		for j := i + 1; j < len(hs) && hs[j].Offset < end; j++ {
			if strings.HasSuffix(hs[j].Text, "?") {
				qs = append(qs, FAQ{Question: hs[j].Text, Heading: j, Offset: hs[j].Offset})
			}
		}
		if len(qs) == 0 {
			for _, l := range lines {
				if l.code || l.offset <= h.Offset || l.offset >= end {
					continue
				}
				if !mayBeBoldQuestion(l.text) {
					continue
				}
				if m := boldQuestion.FindStringSubmatch(l.text); m != nil {
					qs = append(qs, FAQ{Question: inlineText(m[1]), Heading: -1, Offset: l.offset})
				}
			}
		}
		if len(qs) == 0 {
			continue
		}
		for k := range qs {
			stop := end
			if k+1 < len(qs) {
				stop = qs[k+1].Offset
			}
			start := nextLine(body, qs[k].Offset)
			if qs[k].Heading >= 0 && matchSetext(strings.TrimRight(body[start:nextLine(body, start)], "\n")) != 0 {
				start = nextLine(body, start) // a setext question: skip its underline
			}
			if start > stop {
				start = stop
			}
			qs[k].Answer = strings.TrimSpace(body[start:stop])
		}
		sections = append(sections, FAQSection{Title: h.Text, Heading: i, Questions: sc.slabs.questions.exact(qs)})
		clear(qs)
		sc.questions = qs[:0]
	}
	if sections == nil {
		return nil
	}
	return sc.slabs.sections.exact(sections)
}

// mayBeBoldQuestion: a line boldQuestion could match has a "?" and a
// "**" or "__".
func mayBeBoldQuestion(s string) bool {
	return strings.IndexByte(s, '?') >= 0 && (strings.Contains(s, "**") || strings.Contains(s, "__"))
}

var contentsHeading = regexp.MustCompile(`(?i)^(table of contents|contents|in this (article|post|guide)|on this page)$`)

// scanContents resolves the items of an in-body table of contents list to
// the headings they name, by anchor link or by text.
func scanContents(body string, lines []line, hs []Heading) []ContentsItem {
	var items []ContentsItem
	for i, h := range hs {
		if !isContentsHeading(h.Text) {
			continue
		}
		end := sectionEnd(hs, i, len(body))
		for _, l := range lines {
			if l.code || l.offset <= h.Offset || l.offset >= end {
				continue
			}
			m := listPattern.FindStringSubmatch(l.text)
			if m == nil {
				continue
			}
			target := -1
			if lm, ok := findLink(m[1], 0); ok {
				target = headingByAnchor(hs, m[1][lm.urlStart:lm.urlEnd])
			}
			text := inlineText(m[1])
			if target < 0 {
				target = headingByText(hs, text, i)
			}
			items = append(items, ContentsItem{Text: text, Heading: target})
		}
	}
	return items
}

// headingByText finds the heading whose text matches, ignoring case,
// punctuation and spacing; skip is the contents heading itself.
func headingByText(hs []Heading, text string, skip int) int {
	want := anchorOf(text)
	for j, h := range hs {
		if j != skip && anchorOf(h.Text) == want {
			return j
		}
	}
	return -1
}

// nextLine returns the offset just past the line that holds off.
func nextLine(body string, off int) int {
	if i := strings.IndexByte(body[off:], '\n'); i >= 0 {
		return off + i + 1
	}
	return len(body)
}
