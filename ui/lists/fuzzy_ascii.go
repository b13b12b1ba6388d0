package lists

// scoreASCII is score for an ASCII term and target, a byte at a time.
// Most bytes of a target change nothing: neither the term's rune that
// is wanted next nor, after them, the one after it (which would end the
// wanted rune's run of candidates). Those are passed over with a look
// in the pattern's stops, two a byte, before the step that scores a
// byte: at 100,000 titles the scoring was two thirds of a filter
// keystroke.
func (p pattern) scoreASCII(s string, idx []int) ([]int, int, bool) {
	idx, score, ok, _ := p.scoreBytes(s, idx, false)
	return idx, score, ok
}

// match is the match of the term in t: its matched indexes appended to
// idx, its score, and whether it matches. An ASCII term is scored at
// once, a byte at a time, until the target shows a byte past ASCII or a
// NUL: only then is the target looked at first for the term's letters
// in order (mayMatch) and scored a rune at a time, if it holds them. (A
// pass of mayMatch over every target before scoring it was a sixth of
// the scoring at 100,000 titles; for an ASCII target without a NUL, the
// scoring matches only when the letters are there in order.)
func (p pattern) match(t string, idx []int) ([]int, int, bool) {
	start := len(idx)
	if p.ascii {
		var score int
		var ok, plain bool
		if idx, score, ok, plain = p.scoreBytes(t, idx, true); plain {
			return idx, score, ok
		}
		idx = idx[:start]
	}
	may, ascii := p.mayMatch(t)
	if !may {
		return idx, 0, false
	}
	if ascii && p.ascii {
		return p.scoreASCII(t, idx)
	}
	return p.score(t, idx)
}

// scoreBytes is scoreASCII; with plainOnly, it gives up (plain false)
// at a byte past ASCII or a NUL, which sahilm/fuzzy takes for the end
// of the text.
func (p pattern) scoreBytes(s string, idx []int, plainOnly bool) (_ []int, _ int, ok, plain bool) {
	fold := p.fold
	start := len(idx)
	total := 0
	bestScore, matchedIndex, adjacent := -1, -1, 0
	pi := 0
	stops := &p.stops[0]
	for j := 0; j < len(s); j++ {
		for j+1 < len(s) && stops[s[j]]&(stopHere|stopOdd) == 0 && stops[s[j+1]]&stopBefore == 0 {
			j++
		}
		c := s[j]
		if plainOnly && (c == 0 || c >= 0x80) {
			return idx, 0, false, false
		}
		var last byte // the byte before c, as the loop of sahilm/fuzzy keeps it
		if j > 0 {
			last = s[j-1]
		}
		if lowerASCII(c) == fold[pi] {
			score := 0
			if j == 0 {
				score += firstCharMatchBonus
			} else if isSeparator(rune(last)) {
				score += matchFollowingSeparatorBonus
			}
			if 'a' <= last && last <= 'z' && 'A' <= c && c <= 'Z' {
				score += camelCaseMatchBonus
			}
			if len(idx) > start && idx[len(idx)-1] == j-1 {
				bonus := adjacent*2 + adjacentMatchBonus
				score += bonus
				adjacent += bonus
			}
			if score > bestScore {
				bestScore, matchedIndex = score, j
			}
		}
		// commit the best match of this rune when the next rune of the
		// term comes next, or at the end
		next := j+1 == len(s) || s[j+1] == 0
		if !next && pi+1 < len(fold) {
			next = lowerASCII(s[j+1]) == fold[pi+1]
		}
		if next && matchedIndex > -1 {
			if len(idx) == start {
				bestScore += max(matchedIndex*unmatchedLeadingCharPenalty, maxUnmatchedLeadingCharPenalty)
			}
			total += bestScore
			idx = append(idx, matchedIndex)
			bestScore = -1
			if pi++; pi == len(fold) {
				if plainOnly && j+1 < len(s) {
					return idx, 0, false, false // the last rune ended at a NUL
				}
				break
			}
			stops = &p.stops[pi]
		}
	}
	n := len(idx) - start
	return idx, total + n - len(s), n == len(fold), true
}

// What a byte of a target is to scoreASCII, while it wants a rune of
// the term: stopHere, the rune itself (in either case), to be scored;
// stopBefore, the rune after it or a NUL (which sahilm/fuzzy takes for
// the end), so that the byte before it may end the wanted rune's run.
// stopOdd, a NUL or a byte past ASCII, which scoreBytes may give up at.
const (
	stopHere   = 1
	stopBefore = 2
	stopOdd    = 4
)

// asciiStops are the stops of each rune of an ASCII term folded to fold.
func asciiStops(fold []byte) [][256]uint8 {
	stops := make([][256]uint8, len(fold))
	for pi := range fold {
		for c := range 256 {
			lc := lowerASCII(byte(c))
			if lc == fold[pi] {
				stops[pi][c] |= stopHere
			}
			if c == 0 || pi+1 < len(fold) && lc == fold[pi+1] {
				stops[pi][c] |= stopBefore
			}
			if c == 0 || c >= 0x80 {
				stops[pi][c] |= stopOdd
			}
		}
	}
	return stops
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}
