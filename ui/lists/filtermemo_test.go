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
		if !reflect.DeepEqual(got, want) && (len(got) > 0 || len(want) > 0) {
			t.Fatalf("step %d, term %q: %d ranks, FuzzyFilter %d, or they differ", step, term, len(got), len(want))
		}
		if strings.Count(term, " ") > 3 {
			term = ""
		}
	}
}
