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
