package ui

import (
	"strings"
	"testing"
)

func TestSearchFromEveryList(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).quick()
	g, n := d.m.keys.Global, d.m.keys.Nav
	for _, tab := range []struct {
		name string
		go_  func()
	}{
		{"Articles", func() {}},
		{"Tags", func() { d.press(g.Tags) }},
		{"Categories", func() { d.press(g.Categories) }},
		{"Contents", func() { d.press(g.Articles).openSeed().press(d.m.keys.Reader.Contents) }},
	} {
		tab.go_()
		d.press(n.Search)
		if d.m.top() != searchScreen {
			t.Fatalf("%s: s opened %v, want the search", tab.name, d.m.top())
		}
		d.press(d.m.keys.Search.Back)
		if d.m.top() == searchScreen {
			t.Fatalf("%s: esc did not leave the search", tab.name)
		}
	}
	// s while typing a filter is a letter of the filter
	d = newDriver(t, 80, 24)
	d.press(d.m.keys.List.Filter).typeText("s")
	if d.m.top() == searchScreen || d.m.list(d.m.top()).Model().FilterValue() != "s" {
		t.Fatalf("s while filtering: top %v", d.m.top())
	}
}

// The search takes every letter: q and ? are letters of the query, not
// quit and help.
func TestSearchTakesEveryLetter(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).quick()
	d.press(d.m.keys.Nav.Search).typeText("q?")
	if d.m.top() != searchScreen || !strings.Contains(d.screenText(), "Search: q?") {
		t.Fatalf("typing q? on the search: top %v\n%s", d.m.top(), d.screenText())
	}
}

// Enter opens the article at the passage that matched, highlighted, at
// several widths (the phrase may wrap).
func TestSearchEnterOpensAtPassage(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}, {40, 12}, {100, 30}} {
		d := newDriver(t, size[0], size[1]).quick()
		d.press(d.m.keys.Nav.Search).typeText("marine sponges").press(d.m.keys.Search.Open)
		if d.m.top() != readerScreen || d.m.reader.Article().Slug != reviewSlug {
			t.Fatalf("%v: enter opened %v", size, d.m.top())
		}
		if !strings.Contains(d.foldedView(), "marine sponges") {
			t.Fatalf("%v: the passage is not in view:\n%s", size, d.screenText())
		}
		if v := d.m.reader.View(); !strings.Contains(v, "\x1b[4;7m") { // the current match: underlined, reversed
			t.Errorf("%v: the match is not highlighted", size)
		}
		if !strings.Contains(d.screenText(), "1/1") {
			t.Errorf("%v: no match count:\n%s", size, d.screenText())
		}
		// esc clears the highlight, then goes back to the results
		d.press(d.m.keys.Global.Back)
		if d.m.top() != readerScreen || d.m.reader.Shown().Finding || strings.Contains(d.m.reader.View(), "\x1b[7m") {
			t.Fatalf("%v: esc did not clear the search", size)
		}
		d.press(d.m.keys.Global.Back)
		if d.m.top() != searchScreen || !strings.Contains(d.screenText(), "1 article") {
			t.Fatalf("%v: second esc: %v", size, d.m.top())
		}
	}
}

// The search's footer offers open only with results; a title hit opens
// at the passage its snippet shows.
func TestSearchFooterAndTitleHit(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).quick()
	d.press(d.m.keys.Nav.Search)
	if s := d.screenText(); !strings.Contains(s, "esc back") || strings.Contains(s, "enter open") {
		t.Errorf("empty search footer:\n%s", s)
	}
	d.typeText("exosome")
	if s := d.screenText(); !strings.Contains(s, "enter open at the match") || !strings.Contains(s, "2 articles") {
		t.Errorf("footer:\n%s", s)
	}
	d.press(d.m.keys.Search.Open)
	if d.m.top() != readerScreen || d.m.reader.Shown().Query != "exosome" || !strings.Contains(d.foldedView(), "exosome") {
		t.Fatalf("title hit: top %v, search %q", d.m.top(), d.m.reader.Shown().Query)
	}
}
