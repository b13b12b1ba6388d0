package lists

import (
	"runtime"
	"strings"
	"sync"

	"github.com/charmbracelet/bubbles/list"
)

// A keystroke of a list's filter looks only among the matches of what
// was typed before it: a target that holds the letters of "retinol" in
// order holds those of "retino", so the matches of a longer term are
// among those of any of its beginnings, with the same scores. A
// backspace finds its term's matches remembered. At 100,000 articles the
// first letter is scored over every title, on every core, and each
// letter after it over what is left (BenchmarkKeystroke100k).

// filterMemo is one list's remembered filter results, for one set of
// items (its generation): results for the items before a Replace are
// not used for the new ones.
type filterMemo struct {
	mu    sync.Mutex
	gen   int
	terms []memoTerm // the most recent last
}

// memoTerm is a term's result: the indexes of the targets matched, in
// order, and its ranks, best first, unless they are many (the ranks of
// tens of thousands of matches are megabytes that every collection would
// go over): a backspace to it then scores its matches again.
type memoTerm struct {
	term  string
	ranks []list.Rank
	hit   []int32
}

// memoTerms is how many terms a list remembers: a word's last
// beginnings, for backspaces; memoRanks the most ranks kept for one.
const (
	memoTerms = 6
	memoRanks = 4096
)

// fuzzy is FuzzyFilter through the memo, for the items of generation gen.
func (m *filterMemo) fuzzy(gen int) list.FilterFunc {
	return func(term string, targets []string) []list.Rank {
		if term == "" {
			return nil
		}
		within, ranks, ok := m.lookup(gen, term)
		if ok {
			return ranks
		}
		ranks, hit := fuzzyWithin(term, targets, within)
		t := memoTerm{term: term, hit: hit}
		if len(ranks) <= memoRanks {
			t.ranks = ranks
		}
		m.keep(gen, t)
		return ranks
	}
}

// lookup is the term's remembered ranks (ok), else the targets its
// matches are among: those of its longest remembered beginning (nil:
// every target).
func (m *filterMemo) lookup(gen int, term string) (within []int32, ranks []list.Rank, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.gen != gen {
		m.gen, m.terms = gen, nil
		return nil, nil, false
	}
	best := -1
	for i, t := range m.terms {
		if t.term == term {
			if t.ranks == nil && len(t.hit) > 0 {
				return t.hit, nil, false // scored again, among its matches
			}
			return nil, t.ranks, true
		}
		if strings.HasPrefix(term, t.term) && (best < 0 || len(t.term) > len(m.terms[best].term)) {
			best = i
		}
	}
	if best >= 0 {
		return m.terms[best].hit, nil, false
	}
	return nil, nil, false
}

func (m *filterMemo) keep(gen int, t memoTerm) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.gen != gen {
		return
	}
	for i, old := range m.terms { // scored again: replace it
		if old.term == t.term {
			m.terms = append(m.terms[:i], m.terms[i+1:]...)
			break
		}
	}
	if len(m.terms) == memoTerms {
		m.terms = append(m.terms[:0], m.terms[1:]...)
	}
	m.terms = append(m.terms, t)
}

// parallelTargets is how many targets make a filter worth splitting
// between the cores.
const parallelTargets = 16384

// fuzzyWithin is FuzzyFilter over the targets whose indexes are within
// (in order; nil: every target), and the indexes matched, in order.
func fuzzyWithin(term string, targets []string, within []int32) ([]list.Rank, []int32) {
	p := newPattern(term)
	n := len(targets)
	if within != nil {
		n = len(within)
	}
	// Each part scores a share of the targets into matches of its own;
	// they are put end to end, in order, and sorted as FuzzyFilter does.
	parts := 1
	if n >= parallelTargets {
		parts = runtime.GOMAXPROCS(0)
	}
	type part struct {
		found []match
		idx   []int
	}
	res := make([]part, parts)
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := w*n/parts, (w+1)*n/parts
		wg.Go(func() {
			found, idx := p.findWithin(targets, within, lo, hi)
			res[w] = part{found, idx}
		})
	}
	wg.Wait()
	var found []match
	var idx []int
	for _, r := range res {
		base := int32(len(idx))
		for _, f := range r.found {
			f.from += base
			found = append(found, f)
		}
		idx = append(idx, r.idx...)
	}
	hit := make([]int32, len(found))
	for i, f := range found {
		hit[i] = f.index
	}
	sortByScore(found)
	out := make([]list.Rank, len(found))
	k := len(p.runes)
	for i, f := range found {
		out[i] = list.Rank{Index: int(f.index), MatchedIndexes: idx[f.from : int(f.from)+k : int(f.from)+k]}
	}
	return out, hit
}

// findWithin is find over the targets at within[lo:hi] (nil within: the
// targets lo to hi), whose matches name them by their index in targets:
// no copy of the targets is made.
func (p pattern) findWithin(targets []string, within []int32, lo, hi int) ([]match, []int) {
	found := make([]match, 0, min(hi-lo, 1024))
	idx := make([]int, 0, min(hi-lo, 1024)*len(p.runes))
	for k := lo; k < hi; k++ {
		i := k
		if within != nil {
			i = int(within[k])
		}
		t := targets[i]
		may, ascii := p.mayMatch(t)
		if !may {
			continue
		}
		start := len(idx)
		var score int
		var ok bool
		if ascii && p.ascii {
			idx, score, ok = p.scoreASCII(t, idx)
		} else {
			idx, score, ok = p.score(t, idx)
		}
		if !ok {
			idx = idx[:start]
			continue
		}
		found = append(found, match{index: int32(i), score: score, from: int32(start)})
	}
	return found, idx
}
