package lists

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/list"
)

// FuzzyFilter gives exactly bubbles' DefaultFilter ranks, order and
// matched indexes included, on the 10k benchmark library, on mixed-case
// and non-ASCII text, and on random strings. Under -race, which finds
// nothing in a function of strings and slows bubbles' filter tenfold, on
// fewer of the library's titles.
func TestFuzzyFilterMatchesDefault(t *testing.T) {
	t.Parallel()
	n := 2000
	if raceEnabled {
		n = 300
	}
	var targets []string
	targets = append(targets, articleTargets(n)...)
	targets = append(targets, "Exosomes vs PRP treatment: what should you choose?", "ÉCLAT Crème — Å la carte",
		"camelCaseMatch_here", "ſkin KELVIN \u212a", "a", "", "retinol/RETINOL.retinol-retinol", "ααα βΒβ")
	r := rand.New(rand.NewPCG(1, 2))
	alphabet := []rune("abkKsSeE -_/.\\xyZ\u212a\u017fÉé")
	for range 300 {
		var b strings.Builder
		for range r.IntN(30) {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		targets = append(targets, b.String())
	}
	terms := []string{"r", "retino", "retinol guide", "PRP", "prp", "xyz", "e", "ek", "k", "s", "\u212a", "ſ", "é", "É", "cme", "a-c",
		"guide, part 1", "peptide laser", "zzzz", " ", "Ab", "βb"}
	for range 100 {
		var b strings.Builder
		for range 1 + r.IntN(4) {
			b.WriteRune(alphabet[r.IntN(len(alphabet))])
		}
		terms = append(terms, b.String())
	}
	for _, term := range terms {
		want, got := list.DefaultFilter(term, targets), FuzzyFilter(term, targets)
		if len(want) == 0 && len(got) == 0 {
			continue
		}
		if !reflect.DeepEqual(got, want) {
			n := min(len(got), len(want), 5)
			t.Errorf("term %q: %d ranks, want %d; first %v, want %v", term, len(got), len(want), got[:n], want[:n])
		}
	}
}

// At 10,000 targets the sort merges many blocks; the order still holds.
func TestFuzzyFilterMatchesDefault10k(t *testing.T) {
	t.Parallel()
	if raceEnabled {
		t.Skip("a function of strings, and ten times slower under -race; the run without -race has it")
	}
	targets := articleTargets(10000)
	for _, term := range []string{"e", "retinol guide", "part 99"} {
		if want, got := list.DefaultFilter(term, targets), FuzzyFilter(term, targets); !reflect.DeepEqual(got, want) {
			t.Errorf("term %q: %d ranks, want %d", term, len(got), len(want))
		}
	}
}

// articleTargets are what n articles' rows filter on (title, tags,
// category, author), worded as the benchmarks' synthetic library words
// them.
func articleTargets(n int) []string {
	words := []string{"exosome", "peptide", "retinol", "collagen", "laser", "serum", "barrier", "microneedling", "sunscreen", "niacinamide"}
	out := make([]string, n)
	for i := range out {
		w := func(k int) string { return words[(i/k)%len(words)] }
		out[i] = fmt.Sprintf("The %s and %s guide, part %d %s %s %s Author %d", w(1), w(7), i, w(3), w(11), w(13), i%97)
	}
	return out
}

// BenchmarkFilter10k is the fuzzy filter a keystroke starts, over
// 10,000 articles: folio's, and bubbles' default it replaces.
func BenchmarkFilter10k(b *testing.B) {
	targets := articleTargets(10000)
	for _, f := range []struct {
		name   string
		filter list.FilterFunc
	}{{"folio", FuzzyFilter}, {"bubbles", list.DefaultFilter}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				f.filter("retinol guide", targets)
			}
		})
	}
}

// FuzzFuzzyFilter checks FuzzyFilter against bubbles' DefaultFilter on
// a term and three targets it makes up (mostly ASCII: scoreASCII passes
// over the bytes that change nothing).
func FuzzFuzzyFilter(f *testing.F) {
	f.Add("tmt", "Treatment guide", "the TreatMent", "t_r-e a\x00tment")
	f.Add("ab", "aab", "a b", "ba")
	f.Add("k", "\u212a", "K-k", "")
	f.Add("A", "A\x00", "", "")
	f.Fuzz(func(t *testing.T, term, a, b, c string) {
		if term == "" {
			return
		}
		targets := []string{a, b, c}
		got := FuzzyFilter(term, targets) // never panics
		if strings.Contains(term+a+b+c, "\x00") {
			// sahilm/fuzzy takes a NUL for the end of the text, and then
			// panics ("A" in "A\x00") or lets a match it made before
			// complete the term ("m0" in "m\x00"); folio's filter finds
			// the term's letters in order or nothing. Nothing to compare.
			return
		}
		want, ok := defaultFilter(term, targets)
		if !ok {
			t.Fatalf("DefaultFilter(%q, %q) panics", term, targets)
		}
		if len(want) == 0 && len(got) == 0 {
			return
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("term %q on %q: %v, want %v", term, targets, got, want)
		}
	})
}

// defaultFilter is bubbles' DefaultFilter, ok false when it panics.
func defaultFilter(term string, targets []string) (ranks []list.Rank, ok bool) {
	defer func() {
		if recover() != nil {
			ranks, ok = nil, false
		}
	}()
	return list.DefaultFilter(term, targets), true
}

// match, which scores an ASCII term at once and looks for the term's
// letters in order only when the target has a NUL or a byte past ASCII,
// gives what looking first and then scoring gives, on targets with
// NULs, accents and invalid bytes.
func TestMatchIsMayMatchThenScore(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []string{"a", "b", "A", "B", "k", " ", "-", "\x00", "é", "\xff", "\u212a"}
	for range 20000 {
		var term, target strings.Builder
		for range 1 + r.IntN(3) {
			term.WriteString(alphabet[r.IntN(5)])
		}
		for range r.IntN(12) {
			target.WriteString(alphabet[r.IntN(len(alphabet))])
		}
		p := newPattern(term.String())
		gotIdx, gotScore, gotOK := p.match(target.String(), nil)
		var wantIdx []int
		var wantScore int
		var wantOK bool
		if may, ascii := p.mayMatch(target.String()); may {
			if ascii && p.ascii {
				wantIdx, wantScore, wantOK = p.scoreASCII(target.String(), nil)
			} else {
				wantIdx, wantScore, wantOK = p.score(target.String(), nil)
			}
		}
		if gotOK != wantOK || gotOK && (gotScore != wantScore || !reflect.DeepEqual(gotIdx, wantIdx)) {
			t.Fatalf("%q in %q: %v %d %v, want %v %d %v", term.String(), target.String(), gotIdx, gotScore, gotOK, wantIdx, wantScore, wantOK)
		}
	}
}

// scoreASCIIRef is scoreASCII as it was, every byte looked at in turn.
func scoreASCIIRef(p pattern, s string, idx []int) ([]int, int, bool) {
	fold := p.fold
	start := len(idx)
	total := 0
	bestScore, matchedIndex, adjacent := -1, -1, 0
	pi := 0
	var last byte
	for j := 0; j < len(s); j++ {
		c := s[j]
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
		}
		last = c
	}
	n := len(idx) - start
	return idx, total + n - len(s), n == len(fold)
}

// scoreASCII, which passes over bytes, scores as the loop that looks at
// every byte did: on ASCII terms and targets with NULs (which end a
// rune's run of candidates), marks and mixed case.
func TestScoreASCIIIsEveryByteLookedAt(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 6))
	alphabet := []byte("abtTAB k-_/.\x00 xyzabab")
	for range 50000 {
		term := make([]byte, 1+r.IntN(4))
		for i := range term {
			term[i] = alphabet[r.IntN(len(alphabet))]
		}
		target := make([]byte, r.IntN(40))
		for i := range target {
			target[i] = alphabet[r.IntN(len(alphabet))]
		}
		p := newPattern(string(term))
		gotIdx, gotScore, gotOK := p.scoreASCII(string(target), nil)
		wantIdx, wantScore, wantOK := scoreASCIIRef(p, string(target), nil)
		if gotOK != wantOK || gotScore != wantScore || !reflect.DeepEqual(gotIdx, wantIdx) {
			t.Fatalf("%q in %q: %v %d %v, want %v %d %v", term, target, gotIdx, gotScore, gotOK, wantIdx, wantScore, wantOK)
		}
	}
}
