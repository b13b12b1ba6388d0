package library

import (
	"strings"
)

// sectionProse is the verdict written under heading h: its first
// paragraphs of prose as plain text, and its "Buy if:" and "Skip if:"
// lists each as one paragraph, leaving out other lists, tables,
// pictures, rating lines and pros or cons; it ends at a bold line
// standing as a heading ("**Where to buy**"). The list items when it
// holds nothing else.
func (s *reviewScan) sectionProse(h int) string {
	hs := s.a.Headings
	end := len(s.lines)
	for k := h + 1; k < len(hs); k++ {
		if hs[k].Level <= hs[h].Level {
			end = hs[k].Line
			break
		}
	}
	const maxChars = 900
	var p proseBuilder
	for j := hs[h].Line + 1; j < end && len(p.paras) < 3 && p.size < maxChars; j++ {
		l := s.lines[j]
		t := strings.TrimSpace(l.text)
		_, _, heading := matchATX(l.text)
		switch {
		case t == "" || l.code || heading:
			p.flush()
		case isListLine(t) || markedItem(t) && !boldLabelLine(t):
			p.item(itemText(t))
		case t[0] == '|' || t[0] == '<' || strings.HasPrefix(t, "![") || strings.Trim(t, "-*_ ") == "" || strings.HasPrefix(t, ":::"):
			p.endBlock()
		default:
			if _, _, ok := parseRatingLine(t); ok {
				p.endBlock()
				continue
			}
			if boldLabelLine(t) || strings.HasSuffix(t, ":") && len(t) < 60 {
				key := labelKey(itemText(t))
				if _, ok := prosOrCons(key, true); ok {
					p.startList("", true) // pros and cons have their own place on the card
					continue
				}
				if verdictListLabels.hasLabel(key) {
					p.startList(strings.TrimRight(itemText(t), ": "), false)
					continue
				}
				if boldLabelLine(t) && (len(p.paras) > 0 || len(p.cur) > 0) {
					j = end // "**Where to buy**": the verdict has ended
					continue
				}
			}
			p.line(t)
		}
	}
	return p.text()
}

// boldLabelLine reports a line that is all bold, maybe after a mark: a
// heading written in bold ("**Pros**", "✅ **Buy if:**").
func boldLabelLine(t string) bool {
	t = strings.TrimSpace(strings.TrimLeftFunc(t, func(r rune) bool { return r > 0x2000 || r == ' ' || r == '\ufe0f' }))
	if len(t) < 5 || len(t) > 80 || !(strings.HasPrefix(t, "**") || strings.HasPrefix(t, "__")) {
		return false
	}
	inner := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(t, ":"), " "), ":")
	// "***" ends with the mark it starts with: no room for a label.
	return len(inner) > 4 && (strings.HasSuffix(inner, "**") || strings.HasSuffix(inner, "__")) && !strings.Contains(inner[2:len(inner)-2], "**")
}

// proseBuilder gathers a verdict's paragraphs.
type proseBuilder struct {
	paras, items []string
	cur          []string
	size         int
	list         string   // the label of the list being read ("Buy if"), or ""
	listItems    []string // its items
	skipping     bool     // reading a list to leave out (pros, cons)
}

func (p *proseBuilder) add(para string) {
	p.paras = append(p.paras, para)
	p.size += len(para)
}

func (p *proseBuilder) flush() {
	if len(p.cur) > 0 {
		p.add(inlineText(strings.Join(p.cur, " ")))
		p.cur = nil
	}
}

// endBlock ends the paragraph and any list being read.
func (p *proseBuilder) endBlock() {
	p.flush()
	if p.list != "" && len(p.listItems) > 0 {
		p.add(p.list + ": " + strings.Join(p.listItems, "; "))
	}
	p.list, p.listItems, p.skipping = "", nil, false
}

func (p *proseBuilder) startList(label string, skip bool) {
	p.endBlock()
	p.list, p.skipping = label, skip
}

func (p *proseBuilder) item(it string) {
	p.flush()
	switch {
	case it == "" || p.skipping:
	case p.list != "":
		p.listItems = append(p.listItems, strings.TrimRight(it, ".;"))
	default:
		p.items = append(p.items, it)
	}
}

func (p *proseBuilder) line(t string) {
	if p.list != "" || p.skipping {
		p.endBlock()
	}
	p.cur = append(p.cur, t)
}

func (p *proseBuilder) text() string {
	p.endBlock()
	if len(p.paras) == 0 && len(p.items) > 0 {
		return strings.Join(p.items[:min(len(p.items), 6)], "\n")
	}
	return strings.Join(p.paras, "\n\n")
}
