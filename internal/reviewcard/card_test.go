package reviewcard

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
)

func review() *library.Review {
	return &library.Review{
		Product: library.Product{Name: "Aero V9", Brand: "Aero", Price: "649.99", SalePrice: "599.99"},
		Rating:  &library.Rating{Value: 4.7, Scale: 5, Parts: []library.Part{{Name: "suction", Value: 5, Scale: 5}, {Name: "noise", Value: 7.8, Scale: 10}}},
		Pros:    []string{"Light shows dust on hard floors"}, Cons: []string{"Small bin"},
		Verdict:      "The best cordless vacuum we tested.\n\nBuy it if: hard floors",
		Alternatives: []library.Alternative{{Name: "Breeze S5", Slug: "breeze-s5-review", Rating: &library.Rating{Value: 4.3, Scale: 5}}, {Name: "Nowhere"}},
	}
}

// The card holds every part, within its width, and says where each
// alternative starts.
func TestLayout(t *testing.T) {
	t.Parallel()
	for _, w := range []int{12, 40, 80, 300} {
		c := Layout("Aero V9 Review", review(), w, Styles{})
		text := strings.Join(c.Lines, "\n")
		for _, want := range []string{"Aero V9", "Price 649.99, on sale 599.99", "★ 4.7/5", "suction", "7.8/10", "+ Light", "− Small", "Verdict", "Buy it if", "Alternatives"} {
			if !strings.Contains(strings.ReplaceAll(text, "\n", " "), want) && w >= 40 {
				t.Errorf("width %d: card lacks %q:\n%s", w, want, text)
			}
		}
		for _, l := range c.Lines {
			if ansi.StringWidth(l) > max(w, 12) {
				t.Errorf("width %d: line %q is wider", w, l)
			}
		}
		first := "› Breeze S5 · ★ 4.3/5"
		if w < 40 {
			first = "›" // wrapped
		}
		if len(c.Alternatives) != 2 || !strings.Contains(c.Lines[c.Alternatives[0]], first) || strings.Contains(c.Lines[c.Alternatives[1]], "›") {
			t.Errorf("width %d: alternatives at %v", w, c.Alternatives)
		}
	}
}

// Text from an article is made safe before it is laid out.
func TestLayoutSanitises(t *testing.T) {
	t.Parallel()
	r := &library.Review{Pros: []string{"evil\x1b]0;title\a"}, Verdict: "x\x1b[2J"}
	for _, l := range Layout("t\x1b[31m", r, 80, Styles{}).Lines {
		if strings.ContainsRune(l, 0x1b) || strings.ContainsRune(l, 0x07) {
			t.Fatalf("control byte in %q", l)
		}
	}
}

// Side by side where each column has MinColumn cells, the cards stacked
// where not; every line within the width.
func TestCompare(t *testing.T) {
	t.Parallel()
	other := &library.Review{Product: library.Product{Name: "Breeze S5"}, Rating: &library.Rating{Value: 9, Scale: 10}, Cons: []string{"Loud"}}
	cs := []Compared{{"Aero V9 Review", review()}, {"Breeze S5 Review", other}, {"How to", nil}}
	wide := Compare(cs, 100, Styles{})
	if !strings.Contains(wide[0], "Aero V9 Review") || !strings.Contains(wide[0], "Breeze S5 Review") {
		t.Errorf("not side by side: %q", wide[0])
	}
	joined := strings.Join(wide, "\n")
	for _, want := range []string{"★ 4.7/5", "★ 9/10 (4.5)", "suction", "Small bin", "Loud", "no review"} {
		if !strings.Contains(joined, want) {
			t.Errorf("compare lacks %q:\n%s", want, joined)
		}
	}
	narrow := Compare(cs, 50, Styles{})
	if strings.Contains(narrow[0], "Breeze") {
		t.Errorf("50 cells for 3 columns should stack: %q", narrow[0])
	}
	for _, w := range []int{50, 100, 300} {
		for _, l := range Compare(cs, w, Styles{}) {
			if ansi.StringWidth(l) > w {
				t.Errorf("width %d: %q", w, l)
			}
		}
	}
}

func TestBar(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		share float64
		cells int
		want  string
	}{{0, 4, "░░░░"}, {1, 4, "████"}, {0.5, 4, "██░░"}, {0.94, 10, "█████████▍"}, {2, 3, "███"}} {
		if got := Bar(tt.share, tt.cells); got != tt.want {
			t.Errorf("Bar(%v, %d) = %q, want %q", tt.share, tt.cells, got, tt.want)
		}
	}
}
