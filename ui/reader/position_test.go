package reader

import (
	"testing"

	"github.com/folio-reader/folio/state"
)

// Positions map to headings by anchor, then text, then index.
func TestSavedPositionFindsHeading(t *testing.T) {
	t.Parallel()
	a, _ := bundled(t).Article(seedSlug)
	h := a.Headings[5]
	for _, tc := range []struct {
		name string
		p    *state.Position
		want int
	}{
		{"nil", nil, -1},
		{"anchor", &state.Position{Anchor: h.Anchor, Heading: "renamed", Index: 40}, 5},
		{"text", &state.Position{Anchor: "gone", Heading: h.Text, Index: 40}, 5},
		{"index", &state.Position{Anchor: "gone", Heading: "gone", Index: 5}, 5},
		{"lost", &state.Position{Anchor: "gone", Heading: "gone", Index: 999}, -1},
		{"before the first heading", &state.Position{Offset: 4}, -1},
	} {
		if got := SavedPosition(a, tc.p).heading; got != tc.want {
			t.Errorf("%s: heading %d, want %d", tc.name, got, tc.want)
		}
	}
}
