package lists

import (
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// A list's filter through its memo ranks exactly as FuzzyFilter does,
// whatever was typed before: letters added, taken away, a word pasted,
// the items replaced — and over enough targets to be split between the
// cores.
func TestFilterMemoMatchesFuzzyFilter(t *testing.T) {
	t.Parallel()
	n := parallelTargets + 5000
	if raceEnabled {
		n = 3000
	}
	targets := articleTargets(n)
	targets = append(targets, "Exosomes vs PRP treatment", "ÉCLAT Crème", "ſkin KELVIN \u212a", "retinol/RETINOL.retinol")
	m := &filterMemo{}
	gen := 0
	r := rand.New(rand.NewPCG(3, 4))
	alphabet := []rune("retinolguidpa Ék\u212a")
	term := ""
	for step := range 400 {
		switch k := r.IntN(10); {
		case k < 5: // a letter typed
			term += string(alphabet[r.IntN(len(alphabet))])
		case k < 8 && term != "": // a backspace
			rs := []rune(term)
			term = string(rs[:len(rs)-1])
		case k == 8: // the items replaced: a batch of articles came
			gen++
			if gen%2 == 0 {
				targets = targets[:len(targets)-1]
			} else {
				targets = append(targets, "Retinol guide, part late")
			}
		default: // a word pasted
			term = []string{"retinol guide", "part 1", "", "e"}[r.IntN(4)]
		}
		got, want := m.fuzzy(gen)(term, targets), FuzzyFilter(term, targets)
		if len(got) != len(want) {
			t.Fatalf("step %d, term %q: %d ranks, FuzzyFilter %d", step, term, len(got), len(want))
		}
		// The memo's ranks leave the matched indexes to the rows drawn
		// (matchIndexes): the same as FuzzyFilter's.
		for i := range got {
			if got[i].Index != want[i].Index || got[i].MatchedIndexes != nil {
				t.Fatalf("step %d, term %q: rank %d is %+v, FuzzyFilter's %+v", step, term, i, got[i], want[i])
			}
			if i%97 == 0 || i < 20 {
				if mi := matchIndexes(term, targets[got[i].Index]); !reflect.DeepEqual(mi, want[i].MatchedIndexes) {
					t.Fatalf("step %d, term %q, %q: matchIndexes %v, FuzzyFilter %v", step, term, targets[got[i].Index], mi, want[i].MatchedIndexes)
				}
			}
		}
		if strings.Count(term, " ") > 3 {
			term = ""
		}
	}
}
