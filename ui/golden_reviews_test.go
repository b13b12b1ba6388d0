package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
)

// Golden screens of reviews at 80x24: the Products tab, the review card
// over an article, and two reviews compared. Regenerate with: go test
// ./ui -run Golden -update
func TestGoldenReviews(t *testing.T) {
	t.Parallel()
	keys := keymap.Default()
	k := func(s string) tea.Msg { return keyMsg(t, s) }
	down, open := k(keys.List.Down.Keys()[1]), k(keys.List.Open.Keys()[0])
	for _, tc := range []struct {
		name  string
		steps [][]tea.Msg
		waits []string
	}{
		{"Products", [][]tea.Msg{{k("6")}}, []string{"3 products"}},
		// the list is newest first: Six Months, then the Aero V9 review
		{"ReviewCard", [][]tea.Msg{{down, open}, {k("p")}}, []string{"How we tested", "Review  Aero V9"}},
		{"Compare", [][]tea.Msg{{k("x"), down, k("x"), k("c")}}, []string{"Compare  2 reviews"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var steps []goldenStep
			for i, keys := range tc.steps {
				steps = append(steps, literal(tc.waits[i], keys...))
			}
			runGolden(t, New(reviewLibrary(t), testOptions), "Six Months", steps...)
		})
	}
}
