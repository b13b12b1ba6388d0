package ui

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Every screen fits the window at the smallest, usual and largest sizes.
func TestEveryScreenFits(t *testing.T) {
	t.Parallel()
	screens := map[string]func(d *driver){
		"articles":   func(d *driver) {},
		"filtering":  func(d *driver) { d.press(d.m.keys.List.Filter).typeText("exo") },
		"tags":       func(d *driver) { d.press(d.m.keys.Global.Tags) },
		"categories": func(d *driver) { d.press(d.m.keys.Global.Categories) },
		"narrowed":   func(d *driver) { d.press(d.m.keys.Global.Tags, d.m.keys.List.Open) },
		"reader":     func(d *driver) { d.openSeed() },
		"contents":   func(d *driver) { d.openSeed().press(d.m.keys.Reader.Contents) },
		"faq":        func(d *driver) { d.openSeed().press(d.m.keys.Reader.FAQ) },
		"help":       func(d *driver) { d.openSeed().press(d.m.keys.Global.Help) },
		"wide":       func(d *driver) { d.openSeed().press(d.m.keys.Reader.Wide) },
	}
	sizes := [][2]int{{20, 5}, {80, 24}, {300, 60}, {1, 1}, {10, 3}, {35, 9}}
	for name, setup := range screens {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 80, 24)
			setup(d)
			for _, s := range sizes {
				d.send(windowSize(s))
				checkFits(t, fmt.Sprintf("%s at %dx%d", name, s[0], s[1]), d.m.View(), s[0], s[1])
			}
		})
		// Built at each size, not only resized into it.
		for _, s := range sizes {
			t.Run(fmt.Sprintf("%s-%dx%d", name, s[0], s[1]), func(t *testing.T) {
				t.Parallel()
				d := newDriver(t, s[0], s[1])
				setup(d)
				checkFits(t, name, d.m.View(), s[0], s[1])
			})
		}
	}
}

func checkFits(t *testing.T, name, view string, w, h int) {
	t.Helper()
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		t.Errorf("%s: %d lines, window has %d", name, len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			t.Errorf("%s: line %d is %d wide, window is %d: %q", name, i, n, w, ansi.Strip(l))
		}
	}
}
