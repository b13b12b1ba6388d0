package lists

import (
	"cmp"
	"slices"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/paginator"
)

// FuzzyFilter is bubbles' list.DefaultFilter (sahilm/fuzzy's scoring,
// then its two sorts) made cheap enough for a keystroke over 10,000
// articles: a target that does not hold the term's letters in order is
// dropped by a byte scan before it is scored, a target is read as a
// string rather than through an interface, and the sort counts
// (score, index) pairs instead of moving whole matches. It returns the
// same ranks in the same order (TestFuzzyFilterMatchesDefault).
//
// Why a twin of bubbles' filter is kept: with bubbles' a keystroke over
// 10,000 articles would take about a whole frame; the figures are in
// docs/bench.md (BenchmarkFilter10k, BenchmarkKeystroke10k).
func FuzzyFilter(term string, targets []string) []list.Rank {
	if term == "" {
		return nil
	}
	p := newPattern(term)
	found, idx := p.find(targets, nil, nil) // idx: the matched indexes of every match, end to end
	// fuzzy.Find sorts with sort.Stable and a Less that is true for
	// equal scores, which reverses the order of equals; DefaultFilter
	// sorts again, which restores it: the result is a stable sort.
	sortByScore(found)
	out := make([]list.Rank, len(found))
	n := len(p.runes)
	for i, f := range found {
		out[i] = list.Rank{Index: int(f.index), MatchedIndexes: idx[f.from : int(f.from)+n : int(f.from)+n]}
	}
	return out
}

// matchIndexes are the indexes of target's runes that FuzzyFilter
// matches to term (as its rank's MatchedIndexes), nil when it does not
// match.
func matchIndexes(term, target string) []int {
	if term == "" {
		return nil
	}
	p := newPattern(term)
	idx, _, ok := p.match(target, nil)
	if !ok {
		return nil
	}
	return idx
}

// find scores targets, appending matches to found and their matched
// indexes to idx.
func (p pattern) find(targets []string, found []match, idx []int) ([]match, []int) {
	for i, t := range targets {
		start := len(idx)
		var score int
		var ok bool
		if idx, score, ok = p.match(t, idx); !ok {
			idx = idx[:start]
			continue
		}
		found = append(found, match{index: int32(i), score: score, from: int32(start)})
	}
	return found, idx
}

// sortByScore sorts matches best first, keeping the order of equals:
// by counting when the scores span a short range, as they do.
func sortByScore(found []match) {
	if len(found) < 2 {
		return
	}
	lo, hi := found[0].score, found[0].score
	for _, f := range found {
		lo, hi = min(lo, f.score), max(hi, f.score)
	}
	if hi-lo > 4*len(found)+1024 {
		slices.SortStableFunc(found, func(a, b match) int { return cmp.Compare(b.score, a.score) })
		return
	}
	count := make([]int, hi-lo+2)
	for _, f := range found {
		count[hi-f.score+1]++
	}
	for i := 1; i < len(count); i++ {
		count[i] += count[i-1]
	}
	sorted := make([]match, len(found))
	for _, f := range found {
		k := hi - f.score
		sorted[count[k]] = f
		count[k]++
	}
	copy(found, sorted)
}

type match struct {
	index, from int32
	score       int // grows with each adjacent match: 5, 15, 35, 75…
}

// Scores as sahilm/fuzzy gives them.
const (
	firstCharMatchBonus            = 10
	matchFollowingSeparatorBonus   = 20
	camelCaseMatchBonus            = 20
	adjacentMatchBonus             = 5
	unmatchedLeadingCharPenalty    = -5
	maxUnmatchedLeadingCharPenalty = -15
)

// pattern is a filter term prepared for matching.
type pattern struct {
	runes []rune
	fold  []byte // each rune's lower-case ASCII letter, or noASCII
	ascii bool   // every rune is ASCII
	// stops, for an ASCII term, say for each of its runes which bytes
	// of a target scoreASCII must stop at (asciiStops).
	stops [][256]uint8
}

// noASCII stands for a rune that matches no ASCII letter.
const noASCII = 0xff

func newPattern(term string) pattern {
	p := pattern{runes: []rune(term)}
	p.fold = make([]byte, len(p.runes))
	p.ascii = true
	for i, r := range p.runes {
		p.ascii = p.ascii && r < utf8.RuneSelf
		switch {
		case r < utf8.RuneSelf:
			p.fold[i] = byte(unicode.ToLower(r))
		case r == '\u212a': // the Kelvin sign folds to k
			p.fold[i] = 'k'
		case r == '\u017f': // the long s folds to s
			p.fold[i] = 's'
		default:
			p.fold[i] = noASCII
		}
	}
	if p.ascii {
		p.stops = asciiStops(p.fold)
	}
	return p
}

// mayMatch reports whether t can match: false only when t is ASCII and
// does not hold the term's letters in order, without regard to case
// (every match is such a subsequence). ascii is false when t has
// non-ASCII text before the point where it was found to match.
func (p pattern) mayMatch(t string) (may, ascii bool) {
	k := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf {
			return true, false // score it: folds beyond ASCII
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c == p.fold[k] {
			if k++; k == len(p.fold) {
				return true, isASCII(t[i+1:])
			}
		}
	}
	return false, true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// score is sahilm/fuzzy's match of the term against s: it appends the
// byte index of each matched rune to idx and reports the score and
// whether every rune matched.
func (p pattern) score(s string, idx []int) ([]int, int, bool) {
	runes := p.runes
	start := len(idx)
	total := 0
	score, bestScore, matchedIndex, adjacent := 0, -1, -1, 0
	pi := 0
	var last rune
	lastIndex := 0
	nextc, nextSize := decodeAt(s, 0)
	for j := 0; j < len(s); {
		candidate, size := nextc, nextSize
		if equalFold(candidate, runes[pi]) {
			score = 0
			if j == 0 {
				score += firstCharMatchBonus
			}
			if isLower(last) && isUpper(candidate) {
				score += camelCaseMatchBonus
			}
			if j != 0 && isSeparator(last) {
				score += matchFollowingSeparatorBonus
			}
			if len(idx) > start && idx[len(idx)-1] == lastIndex {
				bonus := adjacent*2 + adjacentMatchBonus
				score += bonus
				adjacent += bonus
			}
			if score > bestScore {
				bestScore, matchedIndex = score, j
			}
		}
		var nextp rune
		if pi < len(runes)-1 {
			nextp = runes[pi+1]
		}
		nextc, nextSize = decodeAt(s, j+size)
		if (equalFold(nextp, nextc) || nextc == 0) && matchedIndex > -1 {
			if len(idx) == start {
				bestScore += max(matchedIndex*unmatchedLeadingCharPenalty, maxUnmatchedLeadingCharPenalty)
			}
			total += bestScore
			idx = append(idx, matchedIndex)
			score, bestScore = 0, -1
			pi++
			if pi == len(runes) {
				break // nothing after the last match changes the score
			}
		}
		lastIndex, last = j, candidate
		j += size
	}
	n := len(idx) - start
	return idx, total + n - len(s), n == len(runes)
}

func decodeAt(s string, i int) (rune, int) {
	if i >= len(s) {
		return 0, 0
	}
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isLower(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z'
	}
	return unicode.IsLower(r)
}

func isUpper(r rune) bool {
	if r < utf8.RuneSelf {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.IsUpper(r)
}

func isSeparator(r rune) bool {
	switch r {
	case '/', '-', '_', ' ', '.', '\\':
		return true
	}
	return false
}

// equalFold is strings.EqualFold for two runes.
func equalFold(tr, sr rune) bool {
	if tr == sr {
		return true
	}
	if tr < sr {
		tr, sr = sr, tr
	}
	if tr < utf8.RuneSelf {
		return 'A' <= sr && sr <= 'Z' && tr == sr+'a'-'A'
	}
	r := unicode.SimpleFold(sr)
	for r != sr && r < tr {
		r = unicode.SimpleFold(r)
	}
	return r == tr
}

// fitPagination shows the page as "3/800" when the pages outnumber the
// cells for their dots. bubbles would fall back to it too, but only
// after drawing the dots, one string concatenation per page, on every
// update and frame: at 10,000 articles that was most of a keystroke's
// time (BenchmarkKeystroke10k).
func (f *FilterList) fitPagination() {
	p := &f.list.Paginator
	if p.TotalPages > f.list.Width()/2 { // and at width 0, before setSize
		p.Type = paginator.Arabic
	} else {
		p.Type = paginator.Dots
	}
}
