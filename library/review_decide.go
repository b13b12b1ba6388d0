package library

import (
	"slices"
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// What the lines scanned add up to: one rating or none, the parts, the
// pros and cons, the verdict, and whether the body is a listing.

func (s *reviewScan) decide() {
	b, hs := s.b, s.a.Headings
	b.verdictHeading = s.verdictHeading()
	picks := s.pickHeadings()
	prosGroups := 0
	for _, g := range s.groups {
		if !g.cons {
			prosGroups++
		}
	}
	rated := 0
	for _, r := range s.ratings {
		if r.label == "" && s.owner(r.heading) >= 0 {
			rated++
		}
	}
	strongVerdict := b.verdictHeading >= 0 && s.kind(b.verdictHeading).verdict >= 2
	// several products each with its own pros or rating; notes weighing
	// options with pros and cons are no listing unless a verdict or
	// ratings say so
	b.listing = len(picks) >= 2 && (titleSaysListing(s.a.Title) || s.a.Review != nil && s.a.Review.Listing ||
		prosGroups >= 2 && (rated >= 2 || strongVerdict))
	if b.verdictHeading >= 0 {
		b.verdict = s.sectionProse(b.verdictHeading)
	}
	if b.verdict == "" && len(s.boldVerdicts) == 1 {
		b.verdict = s.boldVerdicts[0]
	}
	if !b.listing && strongVerdict && s.a.Review == nil {
		// "X vs Y" with a verdict: a comparison, its picks the products
		// its title names
		if names := vsNames(s.a.Title); len(names) >= 2 {
			b.listing = true
			for _, n := range names {
				b.picks = append(b.picks, Alternative{Name: n})
			}
			return
		}
	}
	if b.listing {
		for _, h := range picks {
			b.picks = append(b.picks, s.pick(h))
		}
		return
	}
	b.rating, b.parts = s.overallAndParts()
	for _, g := range s.groups {
		if g.cons {
			b.cons = appendUnique(b.cons, g.items...)
		} else {
			b.pros = appendUnique(b.pros, g.items...)
		}
	}
	for h := range hs {
		if s.kind(h).alternatives {
			b.alternatives = s.alternatives(h)
			break
		}
	}
}

// verdictHeading is the heading that most strongly names the verdict,
// the last among equals; -1 for none.
func (s *reviewScan) verdictHeading() int {
	faq := map[int]bool{} // an FAQ's questions ("Is it worth it?") are no verdict
	for _, sec := range s.a.FAQs {
		for _, q := range sec.Questions {
			faq[q.Heading] = true
		}
	}
	best, at := 0, -1
	for h := range s.a.Headings {
		if faq[h] {
			continue
		}
		if v := s.kind(h).verdict; v > 0 && v >= best {
			best, at = v, h
		}
	}
	return at
}

// pickHeadings are the headings whose own section holds a rating line
// or a list of pros or cons: the products of a listing, or in a review
// of one product the parts it scores.
func (s *reviewScan) pickHeadings() []int {
	seen := map[int]bool{}
	var out []int
	add := func(h int) {
		if h < 0 || seen[h] || h == s.b.verdictHeading || s.kind(h).verdict > 0 {
			return
		}
		seen[h] = true
		out = append(out, h)
	}
	for _, r := range s.ratings {
		if r.label == "" {
			add(s.owner(r.heading))
		}
	}
	for _, g := range s.groups {
		add(g.owner)
	}
	slices.Sort(out)
	return out
}

// overallAndParts chooses the article's rating among its rating lines,
// and the parts it scores: a run of "part: rating" lines (a score
// table), or else the rating lines of sections holding nothing else.
func (s *reviewScan) overallAndParts() (string, []RatingPart) {
	var overall, plain []ratingLine
	for _, r := range s.ratings {
		if r.label != "" {
			continue
		}
		if r.overall {
			overall = append(overall, r)
		}
		plain = append(plain, r)
	}
	var parts []RatingPart
	runs := map[int][]RatingPart{}
	for _, r := range s.ratings {
		if r.label != "" {
			runs[r.run] = append(runs[r.run], RatingPart{Name: inlineText(r.label), Rating: r.rating})
		}
	}
	for run := 1; run <= s.runs && parts == nil; run++ {
		if len(runs[run]) >= 2 {
			parts = runs[run]
		}
	}
	// section scores: the rating lines of sections, one each, are the
	// parts; an overall one lies outside them (before the first heading,
	// under the verdict) or says it is overall
	var outside []ratingLine
	var sectionParts []RatingPart
	seen := map[int]bool{}
	for _, r := range plain {
		if h := s.owner(r.heading); h < 0 || r.overall {
			outside = append(outside, r)
		} else if !seen[h] {
			seen[h] = true
			sectionParts = append(sectionParts, RatingPart{Name: s.a.Headings[h].Text, Rating: r.rating})
		}
	}
	if len(sectionParts) < 2 {
		sectionParts = nil
	}
	if parts == nil {
		parts = sectionParts
	}
	var rating string
	switch {
	case len(overall) > 0:
		rating = overall[0].rating
	case len(plain) == 1:
		rating = plain[0].rating
	case len(plain) > 1 && allSame(plain):
		rating = plain[0].rating
	case sectionParts != nil && len(outside) == 1:
		rating = outside[0].rating
	}
	return rating, parts
}

func allSame(rs []ratingLine) bool {
	for _, r := range rs[1:] {
		if r.rating != rs[0].rating {
			return false
		}
	}
	return true
}

// pick is the product of a listing under heading h.
func (s *reviewScan) pick(h int) Alternative {
	name, price := pickName(s.a.Headings[h].Text)
	p := Alternative{Name: name, Price: price}
	for _, r := range s.ratings {
		if r.label == "" && s.owner(r.heading) == h {
			p.Rating = ratingOfText(r.rating)
			break
		}
	}
	for _, g := range s.groups {
		if g.owner != h {
			continue
		}
		if g.cons {
			p.Cons = appendUnique(p.Cons, g.items...)
		} else {
			p.Pros = appendUnique(p.Pros, g.items...)
		}
	}
	return p
}

var (
	pickNumber = lazyre.New(`^(?:#\s*\d+|\d+\s*[.):]|no\.\s*\d+[.:]?|\d+\s+-)\s*`)
	pickPrice  = lazyre.New(`\s*[(\[]([^()\[\]]*[$€£¥₹][^()\[\]]*|[^()\[\]]*\d(?:\s*(?:usd|eur|gbp)))[)\]]\s*$`)
	pickYear   = lazyre.New(`\s*\((?:19|20)\d\d\)\s*$`)
	pickRole   = lazyre.New(`(?i)^(?:best|top|runner|our|budget|premium|overall|editor|also|upgrade|honou?rable|most|cheapest|great|the best|ideal|pick|winner)\b`)
	vsPrefix   = lazyre.New(`(?i)^(?:vs\.?|versus)\s+`)
	pricedHead = lazyre.New(`^(.+?)\s*[(\[]([^()\[\]]*[$€£¥₹][^()\[\]]*)[)\]]\s*(?:[–—|:-])\s*\S.*$`)
)

// pickName reads a listing's heading as the product it names: no
// number ("3."), no role ("Best overall:", "– Best for travel"), and its
// price when it gives one in brackets.
func pickName(t string) (name, price string) {
	t = strings.TrimSpace(pickNumber.ReplaceAllString(t, ""))
	t = strings.TrimLeft(t, "—–-:.|) ") // "#2 — Name"
	t = vsPrefix.ReplaceAllString(t, "")
	t = pickYear.ReplaceAllString(t, "")
	defer func() { // "Name ($299)", once the role is gone
		if m := pickPrice.FindStringSubmatch(name); m != nil && price == "" {
			price = strings.TrimSpace(m[1])
			name = strings.TrimSpace(name[:len(name)-len(m[0])])
		}
	}()
	if m := pickPrice.FindStringSubmatch(t); m != nil {
		price = strings.TrimSpace(m[1])
		t = strings.TrimSpace(t[:len(t)-len(m[0])])
	}
	if m := pricedHead.FindStringSubmatch(t); m != nil { // "Name ($1,999) — Flagship benchmark"
		return strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	}
	for _, sep := range []string{": ", " – ", " — ", " - ", " | "} {
		head, tail, ok := strings.Cut(t, sep)
		switch {
		case !ok:
			continue
		case pickRole.MatchString(head):
			t = strings.TrimSpace(tail)
		case pickRole.MatchString(tail):
			t = strings.TrimSpace(head)
		default:
			continue
		}
		break
	}
	return t, price
}

// alternatives reads the section under heading h, which names other
// products: its subheadings ("vs. Moondrop Chu 2 ($20)"), the first
// column of its table, or the names opening its list items.
func (s *reviewScan) alternatives(h int) []Alternative {
	hs := s.a.Headings
	end := len(s.lines)
	var out []Alternative
	add := func(name, price string) {
		name = strings.TrimSpace(name)
		if name == "" || len(name) > 80 || len(out) >= 10 {
			return
		}
		for _, x := range out {
			if productKey(x.Name) == productKey(name) {
				return
			}
		}
		out = append(out, Alternative{Name: name, Price: price})
	}
	for k := h + 1; k < len(hs); k++ {
		if hs[k].Level <= hs[h].Level {
			end = hs[k].Line
			break
		}
		add(pickName(hs[k].Text))
	}
	if len(out) > 0 {
		return out
	}
	priceCol := -1
	header := true
	for j := hs[h].Line + 1; j < end; j++ {
		t := strings.TrimSpace(s.lines[j].text)
		switch {
		case s.lines[j].code || t == "":
		case t[0] == '|':
			cells := tableCells(t)
			if strings.Trim(strings.Join(cells, ""), "-: ") == "" {
				continue
			}
			if header {
				header = false
				for c, cell := range cells {
					if containsAny(labelKey(cell), []string{"price", "preis", "precio", "prix", "preço", "prezzo", "prijs", "价格", "価格", "가격"}) {
						priceCol = c
					}
				}
				continue
			}
			price := ""
			if priceCol > 0 && priceCol < len(cells) {
				price = inlineText(cells[priceCol])
			}
			add(inlineText(cells[0]), price)
		case isListLine(t):
			if name := leadingName(t); name != "" {
				n, price := pickName(name)
				if price == "" { // "**Chu 2** ($20): cheaper"
					rest := strings.TrimPrefix(strings.TrimSpace(strings.TrimPrefix(inlineText(itemText(t)), name)), ":")
					if m := pickPrice.FindStringSubmatch(strings.SplitN(rest, ":", 2)[0]); m != nil && strings.HasPrefix(strings.TrimSpace(rest), "(") {
						price = strings.TrimSpace(m[1])
					}
				}
				add(n, price)
			}
		}
	}
	return out
}

var (
	boldLead = lazyre.New(`^(?:\*\*|__)([^*_]{2,80})(?:\*\*|__)`)
	linkLead = lazyre.New(`^\[([^\]]{2,80})\]\(`)
)

// leadingName is the name opening a list item: its bold text or link,
// else its text before a dash or colon when short.
func leadingName(t string) string {
	t, _ = stripListMarker(t)
	if m := boldLead.FindStringSubmatch(t); m != nil {
		return strings.TrimRight(inlineText(m[1]), ":")
	}
	if m := linkLead.FindStringSubmatch(t); m != nil {
		return inlineText(m[1])
	}
	if head, _, ok := cutLabel(inlineText(t)); ok && len(head) <= 50 {
		return head
	}
	return ""
}

var (
	vsSplit  = lazyre.New(`(?i)\s+(?:vs\.?|versus)\s+`)
	subtitle = lazyre.New(`\s*(?::|\s[–—-]\s|\?|\().*$`)
)

// vsNames are the products a comparison's title names: "Moondrop
// Blessing 3 vs Truthear Nova: which to buy" gives both; nil when the
// title compares nothing, or names no products (a part too long to be a
// name).
func vsNames(title string) []string {
	if head, tail, ok := strings.Cut(title, ": "); ok { // the comparison is on one side of the colon
		title = head
		if !vsSplit.MatchString(head) {
			title = tail
		}
	}
	parts := vsSplit.Split(title, -1)
	if len(parts) < 2 {
		return nil
	}
	var out []string
	for i, p := range parts {
		if i == len(parts)-1 {
			p = subtitle.ReplaceAllString(p, "")
		}
		p = strings.TrimSpace(pickYear.ReplaceAllString(p, ""))
		if p == "" || len(p) > 60 || len(strings.Fields(p)) > 6 || strings.HasPrefix(p, "$") {
			return nil
		}
		out = append(out, p)
	}
	return out
}
