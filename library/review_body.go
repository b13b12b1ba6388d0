package library

import (
	"strings"
)

// Reading a review from the body, where a reader sees it: rating lines
// ("Our rating: 9/10", a row of stars, a score table), "Product:" and
// "Price:" lines, lists under Pros and Cons headings or bold labels, the
// Verdict section, and an Alternatives section. A body with several
// products each under its own heading, with its own rating or pros, is a
// listing: those are its picks.

// bodyReview is what scanReviewBody found.
type bodyReview struct {
	rating                string // the article's own rating, "value/scale"; "" when none or unclear
	parts                 []RatingPart
	product, brand, model string
	price                 string
	pros, cons            []string
	verdict               string
	verdictHeading        int // -1: none
	listing               bool
	picks, alternatives   []Alternative
}

// ratingLine is a line that reads "label: rating".
type ratingLine struct {
	label, rating string
	heading       int  // the heading whose section holds it, -1 above the first
	overall       bool // its label says overall, ours, final…
	run           int  // the run of rating lines it belongs to
}

// group is a list of pros or cons, and the heading of what it is about.
type group struct {
	cons  bool
	owner int // the section it sits in, past label headings; -1: the article
	items []string
}

// maxReviewItems caps each list read from the body.
const maxReviewItems = 30

// scanReviewBody reads the review parts of a's body, split into lines.
func scanReviewBody(a *Article, lines []line) bodyReview {
	b := bodyReview{verdictHeading: -1}
	s := reviewScan{a: a, lines: lines, b: &b, heading: -1}
	s.scan()
	s.decide()
	return b
}

// reviewScan is the state of one scan.
type reviewScan struct {
	a       *Article
	lines   []line
	b       *bodyReview
	heading int // the heading whose section the line is in
	next    int // the next heading's index

	ratings      []ratingLine
	groups       []group
	runs         int // rating runs seen; a run ends at a line that is not a rating
	inRun        bool
	boldVerdicts []string
	kinds        []headingKind // per heading, read once: kind
}

// headingKind is what a heading names for a review.
type headingKind struct {
	pros, cons, both bool // a pros, cons, or pros-and-cons heading
	verdict          int  // verdictStrength
	alternatives     bool
}

// kind is what heading h names, read once per scan.
func (s *reviewScan) kind(h int) headingKind {
	if s.kinds == nil {
		s.kinds = make([]headingKind, len(s.a.Headings))
		for i, x := range s.a.Headings {
			if !mayLabel(x.Text) {
				continue // most headings: no word of any label
			}
			key := labelKey(x.Text)
			k := headingKind{verdict: verdictStrengthOf(key), alternatives: alternativeLabels.hasLabel(key)}
			if cons, ok := prosOrCons(key, false); ok {
				k.pros, k.cons = !cons, cons
			} else {
				k.both = prosConsLabels.hasLabel(key)
			}
			s.kinds[i] = k
		}
	}
	return s.kinds[h]
}

// labelHeading reports a heading that labels a part of the review
// (pros, cons, verdict) rather than naming what it is about.
func (k headingKind) labelHeading() bool { return k.pros || k.cons || k.both || k.verdict > 0 }

func (s *reviewScan) scan() {
	hs := s.a.Headings
	for i := 0; i < len(s.lines); i++ {
		for s.next < len(hs) && hs[s.next].Line <= i {
			s.heading, s.next = s.next, s.next+1
		}
		l := s.lines[i]
		if l.code {
			s.inRun = false
			continue
		}
		if s.heading >= 0 && hs[s.heading].Line == i {
			s.inRun = false
			continue // a heading line: its text is in Headings
		}
		t := strings.TrimSpace(l.text)
		if t == "" {
			continue // a blank line keeps a run of rating lines going (a table may be spaced)
		}
		if n := s.labelGroup(i, t); n > 0 {
			s.inRun = false
			i += n - 1
			continue
		}
		if !s.ratingLine(t) {
			s.inRun = false
			s.fieldLine(t)
		}
	}
	for h := range hs {
		s.headingGroup(h)
	}
}

// ratingLine takes a line reading as a rating: "label: 4/5", a table row
// "| label | 4/5 |", or stars alone.
func (s *reviewScan) ratingLine(t string) bool {
	if !mayBeRating(t) {
		return false
	}
	label, r, ok := parseRatingLine(t)
	if !ok {
		return false
	}
	if !s.inRun {
		s.runs++
		s.inRun = true
	}
	key := labelKey(label)
	rl := ratingLine{label: label, rating: r, heading: s.heading, run: s.runs}
	if label == "" || ratingLabels.hasLabel(key) {
		rl.overall = label == "" || containsAny(key, overallWords)
		rl.label = ""
	}
	s.ratings = append(s.ratings, rl)
	return true
}

// parseRatingLine reads a line as a rating: its label ("" for stars
// alone, or a rating label) and the rating.
func parseRatingLine(t string) (label, rating string, ok bool) {
	if len(t) > 200 {
		return "", "", false
	}
	if t[0] == '|' {
		cells := tableCells(t)
		if len(cells) < 2 {
			return "", "", false
		}
		for _, c := range cells[1:] {
			if r, ok := ratingText(inlineText(c)); ok {
				return inlineText(cells[0]), r, true
			}
		}
		return "", "", false
	}
	t = strings.TrimLeft(strings.TrimPrefix(t, ">"), " ")
	t, _ = stripListMarker(t)
	plain := inlineText(t)
	if r, ok := onlyStars(plain); ok {
		return "", r, true
	}
	label, value, ok := cutLabel(plain)
	if !ok || len(label) > 48 {
		return "", "", false
	}
	r, ok := ratingText(value)
	if !ok {
		return "", "", false
	}
	return label, r, true
}

// cutLabel splits "Label: value" (or "Label – value") at its separator.
func cutLabel(s string) (label, value string, ok bool) {
	for _, sep := range []string{":", "：", " – ", " — ", " - "} {
		if i := strings.Index(s, sep); i > 0 {
			return strings.TrimSpace(s[:i]), strings.TrimSpace(s[i+len(sep):]), true
		}
	}
	return "", "", false
}

// tableCells splits a table row into its cells.
func tableCells(t string) []string {
	t = strings.Trim(strings.TrimSpace(t), "|")
	cells := strings.Split(t, "|")
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}

// fieldLine reads "Product: X", "Brand:", "Model:" and "Price:" lines,
// and a verdict given on one bold line ("**Bottom line:** Buy it.").
func (s *reviewScan) fieldLine(t string) {
	if len(t) > 600 || labelSep(t) < 0 {
		return
	}
	t, _ = stripListMarker(t)
	label, value, ok := cutLabel(inlineText(t))
	if !ok || value == "" || len(label) > 40 {
		return
	}
	key := labelKey(label)
	b := s.b
	switch {
	case productLabels[key] && len(value) <= 80 && b.product == "":
		b.product = value
	case brandLabels[key] && len(value) <= 60 && b.brand == "":
		b.brand = value
	case modelLabels[key] && len(value) <= 60 && b.model == "":
		b.model = value
	case priceLabels[key] && len(value) <= 60 && b.price == "":
		b.price = value
	case verdictStrength(label) > 0 && len(value) >= 20:
		s.boldVerdicts = append(s.boldVerdicts, value)
	}
}

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

// isListLine reports a list item.
func isListLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 2 {
		return false
	}
	switch t[0] {
	case '-', '*', '+':
		return t[1] == ' ' || t[1] == '\t'
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		_, ok := stripListMarker(t)
		return ok
	}
	return strings.HasPrefix(t, "• ")
}

// itemMarks open an item that is a pro (1) or a con (-1) by itself.
var itemMarks = map[string]int{"✅": 1, "✔": 1, "✓": 1, "👍": 1, "➕": 1, "🟢": 1, "+": 1,
	"❌": -1, "✗": -1, "✘": -1, "👎": -1, "➖": -1, "🔴": -1, "⛔": -1, "⚠️": -1, "−": -1}

// itemMark is the mark opening a list item's text, 0 for none.
func itemMark(t string) int {
	t, _ = stripListMarker(t)
	t = strings.TrimLeft(t, "*_ ")
	for mark, v := range itemMarks {
		if strings.HasPrefix(t, mark) && (len(mark) > 1 || len(t) > 1 && t[1] == ' ') {
			return v
		}
	}
	return 0
}

// markedItem reports a line that is an item by its mark alone ("✅ Light").
func markedItem(t string) bool { return itemMark(t) != 0 && len(t) < 400 }

// itemText is a list item's text, plain, without its marker or mark.
func itemText(t string) string {
	t, _ = stripListMarker(t)
	t = inlineText(t)
	for mark := range itemMarks {
		if strings.HasPrefix(t, mark) && len(mark) > 1 {
			t = strings.TrimSpace(strings.TrimPrefix(t, mark))
		}
	}
	t = strings.TrimLeft(t, "\ufe0f ")
	if r := []rune(t); len(r) > 300 {
		t = string(r[:300]) + "…"
	}
	return t
}

// splitInline splits "light, quiet; cheap" into its items when each is
// short, else keeps it whole.
func splitInline(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '、' || r == '，' })
	for _, p := range parts {
		if len(strings.TrimSpace(p)) > 40 {
			return []string{strings.TrimSpace(s)}
		}
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// stripListMarker takes a list item's marker off ("- ", "* ", "+ ",
// "• ", "1. ", "2) "), as listPattern does, without its cost: it runs on
// every line of every article at load.
func stripListMarker(t string) (string, bool) {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	j := i
	switch {
	case j < len(t) && (t[j] == '-' || t[j] == '*' || t[j] == '+'):
		j++
	case strings.HasPrefix(t[j:], "•"):
		j += len("•")
	default:
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i || j-i > 9 || j >= len(t) || t[j] != '.' && t[j] != ')' {
			return t, false
		}
		j++
	}
	k := j
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	if k == j || k == len(t) {
		return t, false
	}
	return t[k:], true
}

// labelSep is where a label's colon is ("Rating: 4/5", "評価：4/5"), in
// the first 64 bytes; -1 for none.
func labelSep(t string) int {
	head := t[:min(len(t), 64)]
	if i := strings.IndexByte(head, ':'); i >= 0 {
		return i
	}
	if i := strings.IndexByte(head, 0xEF); i >= 0 && strings.HasPrefix(head[i:], "：") {
		return i
	}
	return -1
}

// mayBeRating is a cheap first look at a line before it is read as a
// rating: a table row or a labelled line with a digit, or stars.
func mayBeRating(t string) bool {
	if hasStarGlyph(t) {
		return true
	}
	if t[0] == '|' {
		return strings.ContainsAny(t, "/%")
	}
	sep := labelSep(t)
	if sep < 0 {
		if strings.IndexByte(t, '/') < 0 { // "Rating – 4/5": a dash joins only a fraction
			return false
		}
		for _, dash := range []string{" – ", " — ", " - "} {
			if i := strings.Index(t[:min(len(t), 64)], dash); i >= 0 {
				sep = i
				break
			}
		}
	}
	return sep >= 0 && strings.ContainsAny(t[sep:], "0123456789")
}

// isTableSeparator reports a table's separator row: "|---|:--|".
func isTableSeparator(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && strings.Trim(t, "|-: ") == "" && strings.Contains(t, "-")
}

// hasStarGlyph reports ★, ☆ or ⭐ in t, looking for their lead byte
// rather than decoding every rune.
func hasStarGlyph(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		j := strings.IndexByte(t[i:], 0xE2)
		if j < 0 || i+j+2 >= len(t) {
			return false
		}
		i += j
		if b1, b2 := t[i+1], t[i+2]; b1 == 0x98 && (b2 == 0x85 || b2 == 0x86) || b1 == 0xAD && b2 == 0x90 {
			return true
		}
	}
	return false
}

// endsWithColon reports "Pros:", "**Pros:**", "Pros：".
func endsWithColon(t string) bool {
	t = strings.TrimRight(t, "*_ ")
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}
