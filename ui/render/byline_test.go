package render

import (
	"testing"

	"github.com/folio-reader/folio/library"
)

func TestBylineRating(t *testing.T) {
	t.Parallel()
	all := Author | Date | Rating | Categories | ReadingTime
	short := all &^ ReadingTime // every article has a reading time
	tests := []struct {
		name, fm string
		want     BylinePart
		byline   string
	}{
		{"out of five", "author: Ada\ndate: 2026-01-02\nrating: 4.5/5\ncategories: [Reviews]\nreadtime: 7\n", all, "Ada · 2026-01-02 · ★ 4.5 · Reviews · 7 min read"},
		{"out of ten", "rating: 8.5/10\n", short, "★ 8.5/10"},
		{"a number", "rating: 4\n", short, "★ 4"},
		{"not wanted", "author: Ada\nrating: 4.5/5\n", short &^ Rating, "Ada"},
		{"no rating", "author: Ada\n", short, "Ada"},
		{"a bad rating shows nothing", "author: Ada\nrating: great\n", short, "Ada"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, _, err := library.Parse("r.md", []byte("---\n"+tt.fm+"---\nBody.\n"))
			if err != nil {
				t.Fatal(err)
			}
			if got := Byline(a, tt.want); got != tt.byline {
				t.Errorf("Byline = %q, want %q", got, tt.byline)
			}
		})
	}
}
