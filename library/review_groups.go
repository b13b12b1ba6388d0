package library

import (
	"strings"
)

// labelGroup reads a line that is a pros or cons label ("**Pros:**",
// "What we liked", "👍 Pros"), or a table of pros and cons, with the list
// below it; it gives the lines it took, 0 when line i is no such label.
func (s *reviewScan) labelGroup(i int, t string) int {
	if t[0] == '|' {
		if i+1 < len(s.lines) && isTableSeparator(s.lines[i+1].text) { // a header row
			return s.tableGroup(i, t)
		}
		return 0
	}
	if len(t) > 160 {
		return 0
	}
	t, item := stripListMarker(t)
	if item && (len(t) > 60 || !endsWithColon(t)) {
		return 0 // a list item, not a label over one ("- Pros:")
	}
	if len(t) > 40 && labelSep(t) < 0 {
		return 0 // prose
	}
	if !mayLabelLine(t) {
		return 0 // no word of a label: not worth cleaning (most lines)
	}
	plain := inlineText(t)
	head, rest, colon := cutLabel(plain)
	if !colon {
		head = plain
	}
	key := labelKey(head)
	cons, ok := prosOrCons(key, colon)
	if !ok {
		return 0
	}
	g := group{cons: cons, owner: s.owner(s.heading)}
	if rest != "" { // "Pros: light, quiet"
		g.items = splitInline(rest)
	}
	n := 1
	for j := i + 1; j < len(s.lines) && len(g.items) < maxReviewItems; j++ {
		l := s.lines[j]
		lt := strings.TrimSpace(l.text)
		if lt == "" {
			if len(g.items) > 0 && j+1 < len(s.lines) && !isListLine(s.lines[j+1].text) {
				break
			}
			n++
			continue
		}
		if l.code || !isListLine(lt) && !markedItem(lt) {
			break
		}
		if it := itemText(lt); it != "" {
			g.items = append(g.items, it)
		}
		n++
	}
	if len(g.items) == 0 {
		return 0
	}
	s.groups = append(s.groups, g)
	return n
}

// prosOrCons says whether a cleaned label names pros or cons.
func prosOrCons(key string, colon bool) (cons, ok bool) {
	switch {
	case prosLabels.hasLabel(key), colon && shortProsLabels[key]:
		return false, true
	case consLabels.hasLabel(key), colon && shortConsLabels[key]:
		return true, true
	}
	return false, false
}

// tableGroup reads a table whose header row is "Pros | Cons".
func (s *reviewScan) tableGroup(i int, t string) int {
	cells := tableCells(t)
	if len(cells) < 2 || len(cells) > 3 {
		return 0
	}
	col := map[int]bool{} // column: cons
	for c, cell := range cells {
		if cons, ok := prosOrCons(labelKey(cell), false); ok {
			col[c] = cons
		}
	}
	if len(col) < 2 {
		return 0
	}
	pros, cons := group{owner: s.owner(s.heading)}, group{cons: true, owner: s.owner(s.heading)}
	n := 1
	for j := i + 1; j < len(s.lines); j++ {
		row := strings.TrimSpace(s.lines[j].text)
		if !strings.HasPrefix(row, "|") {
			break
		}
		n++
		rc := tableCells(row)
		if strings.Trim(strings.Join(rc, ""), "-: ") == "" {
			continue // the separator row
		}
		for c, isCons := range col {
			if c >= len(rc) {
				continue
			}
			it := itemText(rc[c])
			switch {
			case it == "":
			case isCons:
				cons.items = append(cons.items, it)
			default:
				pros.items = append(pros.items, it)
			}
		}
	}
	for _, g := range []group{pros, cons} {
		if len(g.items) > 0 {
			s.groups = append(s.groups, g)
		}
	}
	return n
}

// headingGroup reads the pros or cons under heading h when it is a pros,
// cons, or pros-and-cons heading: its list items, or its subheadings
// when it holds no list ("What we like" over "### Stability").
func (s *reviewScan) headingGroup(h int) {
	hs := s.a.Headings
	k := s.kind(h)
	cons, both := k.cons, k.both
	if !k.pros && !k.cons && !both {
		return
	}
	end := len(s.lines)
	sub := -1 // the first subheading
	for k := h + 1; k < len(hs); k++ {
		if sub < 0 {
			sub = k
		}
		if hs[k].Level <= hs[h].Level {
			end = hs[k].Line
			if sub == k {
				sub = -1
			}
			break
		}
	}
	pros, conList := group{owner: s.owner(h)}, group{cons: true, owner: s.owner(h)}
	add := func(it string, isCons bool) {
		if isCons {
			conList.items = appendCapped(conList.items, it)
		} else {
			pros.items = appendCapped(pros.items, it)
		}
	}
	stop := end
	if sub >= 0 {
		stop = hs[sub].Line
	}
	for j := hs[h].Line + 1; j < stop; j++ {
		l := s.lines[j]
		lt := strings.TrimSpace(l.text)
		if l.code || !isListLine(lt) && !markedItem(lt) {
			continue
		}
		if it := itemText(lt); it != "" {
			switch m := itemMark(lt); {
			case both && m != 0:
				add(it, m < 0)
			case !both:
				add(it, cons)
			}
		}
	}
	if !both && len(pros.items)+len(conList.items) == 0 && sub >= 0 { // items as subheadings
		for k := sub; k < len(hs) && hs[k].Line < end; k++ {
			if hs[k].Level == hs[sub].Level {
				add(hs[k].Text, cons)
			}
		}
	}
	for _, g := range []group{pros, conList} {
		if len(g.items) > 0 {
			s.groups = append(s.groups, g)
		}
	}
}

func appendCapped(items []string, it string) []string {
	if len(items) >= maxReviewItems {
		return items
	}
	return append(items, it)
}

// owner is the section a group under heading h is about: h, or the
// first heading above it that is not a pros, cons or verdict heading;
// -1 for the article as a whole.
func (s *reviewScan) owner(h int) int {
	hs := s.a.Headings
	for h >= 0 {
		if !s.kind(h).labelHeading() {
			return h
		}
		level := hs[h].Level
		for h--; h >= 0 && hs[h].Level >= level; h-- {
		}
	}
	return -1
}
