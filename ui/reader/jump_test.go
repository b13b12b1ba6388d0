package reader

import (
	"fmt"
	"testing"
)

// Every heading of seed 001, chosen in the contents, lands on the
// viewport's first line (or in view with the viewport at its bottom),
// at widths 60, 80 and 120, with the readable measure and in wide mode.
func TestContentsJumpEveryHeading(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		width int
		wide  bool
	}{{60, false}, {80, false}, {120, false}, {120, true}} {
		t.Run(fmt.Sprintf("w%d-wide%v", tc.width, tc.wide), func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, tc.width, 30).openSeed()
			r, l := d.m.keys.Reader, d.m.keys.List
			if tc.wide {
				d.press(r.Wide)
			}
			if got, want := d.m.reader.doc.Options.Width, min(tc.width, readableWidth); !tc.wide && got != want || tc.wide && got != tc.width {
				t.Fatalf("rendered %d wide", got)
			}
			n := len(d.m.reader.art.Headings)
			if n != 47 {
				t.Fatalf("seed has %d headings, want 47", n)
			}
			for i := range n {
				d.press(r.Contents, l.Top)
				for range i {
					d.press(l.Down)
				}
				d.press(l.Open)
				if d.m.top() != readerScreen {
					t.Fatalf("heading %d: top %v", i, d.m.top())
				}
				if err := d.headingOnTop(i); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
