package reader

import (
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// The config's width is the reader's measure: no rendered line is wider,
// in a window wider than it; without it the reader keeps its own.
func TestReaderMeasureFromConfig(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		measure, want int
	}{{0, readableWidth}, {60, 60}, {1000, wideWidth}} {
		d := newDriver(t, 280, 30)
		d.m.tweak = func(c *Config) { c.Measure = tc.measure }
		d.openSeed()
		if got := d.m.reader.vp.Width; got != min(tc.want, 280) {
			t.Errorf("measure %d: reader width %d, want %d", tc.measure, got, min(tc.want, 280))
		}
		for _, l := range d.m.reader.doc.Lines {
			if w := ansi.StringWidth(l); w > min(tc.want, 280) {
				t.Fatalf("measure %d: a line %d cells wide: %q", tc.measure, w, l)
			}
		}
	}
}
