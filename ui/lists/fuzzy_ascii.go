package lists

// scoreASCII is score for an ASCII term and target, a byte at a time.
// Most bytes of a target change nothing: neither the term's rune that
// is wanted next nor, after them, the one after it (which would end the
// wanted rune's run of candidates). Those are passed over with a look
// in the pattern's stops, two a byte, before the step that scores a
// byte: at 100,000 titles the scoring was two thirds of a filter
// keystroke.
func (p pattern) scoreASCII(s string, idx []int) ([]int, int, bool) {
	fold := p.fold
	start := len(idx)
	total := 0
	bestScore, matchedIndex, adjacent := -1, -1, 0
	pi := 0
	stops := &p.stops[0]
	for j := 0; j < len(s); j++ {
		for j+1 < len(s) && stops[s[j]]&stopHere == 0 && stops[s[j+1]]&stopBefore == 0 {
			j++
		}
		c := s[j]
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
				break
			}
			stops = &p.stops[pi]
		}
	}
	n := len(idx) - start
	return idx, total + n - len(s), n == len(fold)
}

// What a byte of a target is to scoreASCII, while it wants a rune of
// the term: stopHere, the rune itself (in either case), to be scored;
// stopBefore, the rune after it or a NUL (which sahilm/fuzzy takes for
// the end), so that the byte before it may end the wanted rune's run.
const (
	stopHere   = 1
	stopBefore = 2
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
