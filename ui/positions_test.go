package ui

import (
	"testing"
)

func TestReopenReturnsToPosition(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	d.press(d.m.keys.Reader.Contents).filter("when results appear").press(d.m.keys.List.Open)
	d.press(d.m.keys.Reader.Down, d.m.keys.Reader.Down)
	want := d.m.reader.Shown().Top
	d.press(d.m.keys.Global.Back)
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Shown().Top != want {
		t.Fatalf("reopened at %d, want %d", d.m.reader.Shown().Top, want)
	}
	// Another article starts at its top, and the first keeps its place.
	d.press(d.m.keys.Global.Back, d.m.keys.List.ClearFilter, d.m.keys.List.Down, d.m.keys.List.Open)
	if d.m.reader.Article().Slug != reviewSlug || d.m.reader.Shown().Top != 0 {
		t.Fatalf("second article at %s:%d", d.m.reader.Article().Slug, d.m.reader.Shown().Top)
	}
	d.press(d.m.keys.Global.Back, d.m.keys.List.Up, d.m.keys.List.Open)
	if d.m.reader.Shown().Top != want {
		t.Fatalf("first article reopened at %d, want %d", d.m.reader.Shown().Top, want)
	}
}
