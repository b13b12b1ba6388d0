package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// A review's rating shows in its list row and under its title in the
// reader; an article without one shows no star.
func TestRatingInRowAndReader(t *testing.T) {
	t.Parallel()
	var arts []*library.Article
	for _, src := range []string{
		"---\ntitle: Kettle review\ndate: 2026-01-03\nrating: 4.5/5\ncategories: [Reviews]\nauthor: Ada\n---\nA kettle.\n",
		"---\ntitle: Toaster review\ndate: 2026-01-02\nrating: 8.5/10\n---\nA toaster.\n",
		"---\ntitle: Plain post\ndate: 2026-01-01\n---\nNo rating.\n",
	} {
		a, warnings, err := library.Parse(strings.Fields(src)[2]+".md", []byte(src))
		if err != nil || len(warnings) > 0 {
			t.Fatalf("%v %q", err, warnings)
		}
		arts = append(arts, a)
	}
	for _, w := range []int{80, 40} {
		d := &driver{t: t, m: New(library.New(arts), testOptions)}
		d.send(tea.WindowSizeMsg{Width: w, Height: 24})
		screen := d.screenText()
		for _, want := range []string{"2026-01-03 · ★ 4.5 · Reviews", "2026-01-02 · ★ 8.5/10"} {
			if !strings.Contains(screen, want) {
				t.Errorf("at %d columns the list lacks %q:\n%s", w, want, screen)
			}
		}
		if n := strings.Count(screen, "★"); n != 2 {
			t.Errorf("at %d columns the list shows %d stars, want 2:\n%s", w, n, screen)
		}
		d.openSlug(arts[0].Slug)
		if s := d.screenText(); !strings.Contains(s, "Ada · 2026-01-03 · ★ 4.5 · Reviews") {
			t.Errorf("at %d columns the reader's byline lacks the rating:\n%s", w, s)
		}
	}
}
