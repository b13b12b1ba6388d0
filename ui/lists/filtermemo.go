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
// letter after it over what is left (BenchmarkScaleKeystroke).

// filterMemo is one list's remembered filter results, for one set of
// items (its generation): results for the items before a Replace are
// not used for the new ones.
type filterMemo struct {
	mu    sync.Mutex
	gen   int
	terms []memoTerm // the most recent last
	kept  *memoItems // while the list is filtered: filtertyping.go
}

// memoTerm is a term's result: the indexes of the targets matched, in
// order, and in rank order, best first (the ranks are made from them
// again: without their matched indexes, which the rows drawn find, a
// rank is the index alone; four bytes a match rather than the 32 of a
// list.Rank, or 100 with its indexes, that every collection goes over).
type memoTerm struct {
	term  string
	order []int32
	hit   []int32
}

// memoTerms is how many terms a list remembers: a word's last
// beginnings, for backspaces.
const memoTerms = 6

// fuzzy is FuzzyFilter through the memo, for the items of generation gen.
func (m *filterMemo) fuzzy(gen int) list.FilterFunc {
	return func(term string, targets []string) []list.Rank {
		if term == "" {
			return nil
		}
		order := m.order(gen, term, targets)
		ranks := make([]list.Rank, len(order))
		for i, k := range order {
			ranks[i] = list.Rank{Index: int(k)}
		}
		return ranks
	}
}

// order is the indexes of the targets the term matches, best first:
// remembered, or found among the matches of its longest remembered
// beginning.
func (m *filterMemo) order(gen int, term string, targets []string) []int32 {
	within, order, ok := m.lookup(gen, term)
	if !ok {
		order, within = fuzzyWithin(term, targets, within)
		m.keep(gen, memoTerm{term: term, order: order, hit: within})
	}
	return order
}

// lookup is the term's remembered order of matches (ok), else the
// targets its matches are among: those of its longest remembered
// beginning (nil: every target).
func (m *filterMemo) lookup(gen int, term string) (within, order []int32, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.gen != gen {
		m.gen, m.terms = gen, nil
		return nil, nil, false
	}
	best := -1
	for i, t := range m.terms {
		if t.term == term {
			return nil, t.order, true
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
	for i, old := range m.terms { // scored by two filters at once: keep one
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
// (in order; nil: every target): the indexes of the targets matched in
// rank order, best first, and in order.
func fuzzyWithin(term string, targets []string, within []int32) (order, hit []int32) {
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
	// Each part finds its matches in its own share of one slice, and
	// they are moved up to follow each other.
	all := make([]match, n)
	res := make([][]match, parts)
	var wg sync.WaitGroup
	for w := range parts {
		lo, hi := w*n/parts, (w+1)*n/parts
		wg.Go(func() { res[w] = p.findWithin(all[lo:lo:hi], targets, within, lo, hi) })
	}
	wg.Wait()
	k := len(res[0])
	for _, r := range res[1:] {
		k += copy(all[k:], r) // r starts at or after k
	}
	found := all[:k]
	hit = make([]int32, len(found))
	for i, f := range found {
		hit[i] = f.index
	}
	sortByScore(found)
	order = make([]int32, len(found))
	for i, f := range found {
		order[i] = f.index
	}
	return order, hit
}

// findWithin is find over the targets at within[lo:hi] (nil within: the
// targets lo to hi), whose matches name them by their index in targets,
// appended to found, which has room for them all: no copy of the
// targets is made, and the matched indexes are not kept.
func (p pattern) findWithin(found []match, targets []string, within []int32, lo, hi int) []match {
	idx := make([]int, 0, len(p.runes)) // scratch: each target's matched indexes
	for k := lo; k < hi; k++ {
		i := k
		if within != nil {
			i = int(within[k])
		}
		var score int
		var ok bool
		if idx, score, ok = p.match(targets[i], idx[:0]); ok {
			found = append(found, match{index: int32(i), score: score})
		}
	}
	return found
}
