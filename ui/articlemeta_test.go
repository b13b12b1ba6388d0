package ui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// At 80 columns the seed's five tags do not fit beside its date,
// category and reading time: the tags give way, the reading time stays.
func TestArticleMetaKeepsReadingTime(t *testing.T) {
	t.Parallel()
	for _, w := range []int{80, 60, 50} {
		d := newDriver(t, w, 24)
		var meta string
		for _, l := range strings.Split(d.screenText(), "\n") {
			if strings.Contains(l, "2026-02-02 · ") {
				meta = l
			}
		}
		if !strings.Contains(meta, "Skin Rejuvenation · ") || !strings.HasSuffix(strings.TrimSpace(meta), " · 11 min") {
			t.Errorf("at %d columns the seed's meta line is %q, want date, category and reading time", w, meta)
		}
		if ansi.StringWidth(meta) > w {
			t.Errorf("at %d columns the meta line is %d wide", w, ansi.StringWidth(meta))
		}
	}
}
