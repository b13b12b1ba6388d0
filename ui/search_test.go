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
	if d.m.top() == searchScreen || d.m.list(d.m.top()).list.FilterValue() != "s" {
		t.Fatalf("s while filtering: top %v", d.m.top())
	}
}

func TestSearchTypingUpdatesResults(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).quick()
	d.press(d.m.keys.Nav.Search)
	// q and ? are letters of the query here, not quit and help
	d.typeText("q?")
	if d.m.top() != searchScreen || d.m.nav.search.input.Value() != "q?" {
		t.Fatalf("typing q? on the search: top %v, query %q", d.m.top(), d.m.nav.search.input.Value())
	}
	d.send(keyMsg(t, "backspace"), keyMsg(t, "backspace")).typeText("marine")
	hits := d.searchHits()
	if len(hits) != 1 || hits[0].slug != reviewSlug {
		t.Fatalf("marine finds %v, want the review", hits)
	}
	d.typeText(" sponges")
	s := d.screenText()
	for _, want := range []string{"Search: marine sponges", "1 article", "Do Exosomes Work?", "· body", "derived from marine sponges that help"} {
		if !strings.Contains(s, want) {
			t.Errorf("search screen lacks %q:\n%s", want, s)
		}
	}
	d.typeText(" zebra")
	if hits := d.searchHits(); len(hits) != 0 || !strings.Contains(d.screenText(), "No article matches “marine sponges zebra”") {
		t.Fatalf("marine sponges zebra finds %v:\n%s", hits, d.screenText())
	}
}

// Title and tag hits rank above body hits, as the library ranks them.
func TestSearchRanksTitleAboveBody(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, twoArticles(t), 80, 24)
	d.press(d.m.keys.Nav.Search).typeText("beta")
	hits := d.searchHits()
	if len(hits) != 2 || hits[0].slug != "beta" || hits[0].field != "title" || hits[1].field != "body" {
		t.Fatalf("beta: %+v, want Beta's title hit above Alpha's body hit", hits)
	}
	s := d.screenText()
	if !strings.Contains(s, "Beta Notes · title") || !strings.Contains(s, "Alpha Guide · body") || !strings.Contains(s, "2 articles") {
		t.Errorf("screen:\n%s", s)
	}
}

// A result or a debounce tick for a query no longer typed is dropped.
func TestSearchStaleResultsDropped(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).quick()
	d.press(d.m.keys.Nav.Search).typeText("marine")
	lib := d.m.lib
	d.send(searchResultMsg{query: "mar", hits: lib.Search("prp")})
	if hits := d.searchHits(); len(hits) != 1 || hits[0].slug != reviewSlug {
		t.Fatalf("a result for an older query replaced the results: %v", hits)
	}
	s, cmd := d.m.nav.search.update(searchTickMsg{query: "mari"})
	if cmd != nil {
		t.Fatal("a tick for a query no longer typed started a search")
	}
	if _, cmd = s.update(searchTickMsg{query: "marine"}); cmd == nil {
		t.Fatal("a tick for the typed query started no search")
	}
}

// Enter opens the article at the passage that matched, highlighted, at
// several widths (the phrase may wrap).
func TestSearchEnterOpensAtPassage(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{80, 24}, {60, 20}, {120, 40}, {40, 12}, {100, 30}} {
		d := newDriver(t, size[0], size[1]).quick()
		d.press(d.m.keys.Nav.Search).typeText("marine sponges").press(d.m.keys.Search.Open)
		if d.m.top() != readerScreen || d.m.reader.art.Slug != reviewSlug {
			t.Fatalf("%v: enter opened %v", size, d.m.top())
		}
		if !strings.Contains(d.foldedView(), "marine sponges") {
			t.Fatalf("%v: the passage is not in view:\n%s", size, d.screenText())
		}
		if v := d.m.reader.vp.View(); !strings.Contains(v, markCurOn) {
			t.Errorf("%v: the match is not highlighted", size)
		}
		if !strings.Contains(d.screenText(), "1/1") {
			t.Errorf("%v: no match count:\n%s", size, d.screenText())
		}
		// esc clears the highlight, then goes back to the results
		d.press(d.m.keys.Global.Back)
		if d.m.top() != readerScreen || d.m.reader.find.active() || strings.Contains(d.m.reader.vp.View(), markOn) {
			t.Fatalf("%v: esc did not clear the search", size)
		}
		d.press(d.m.keys.Global.Back)
		if d.m.top() != searchScreen || len(d.searchHits()) != 1 {
			t.Fatalf("%v: second esc: %v", size, d.m.top())
		}
	}
}

func TestSearchKeysMoveAndHelp(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).quick()
	k := d.m.keys.Search
	d.press(d.m.keys.Nav.Search)
	if s := d.screenText(); !strings.Contains(s, "esc back") || strings.Contains(s, "enter open") {
		t.Errorf("empty search footer:\n%s", s)
	}
	d.typeText("exosome")
	if got := len(d.searchHits()); got != 2 {
		t.Fatalf("exosome: %d hits", got)
	}
	d.press(k.Down)
	if d.m.nav.search.list.Index() != 1 {
		t.Fatal("down did not move")
	}
	d.press(k.Up)
	if d.m.nav.search.list.Index() != 0 {
		t.Fatal("up did not move")
	}
	if s := d.screenText(); !strings.Contains(s, "enter open at the match") {
		t.Errorf("footer:\n%s", s)
	}
	// a title hit opens at the passage its snippet shows
	d.press(k.Open)
	if d.m.top() != readerScreen || d.m.reader.find.query != "exosome" || !strings.Contains(d.foldedView(), "exosome") {
		t.Fatalf("title hit: top %v, search %q", d.m.top(), d.m.reader.find.query)
	}
}

func (d *driver) searchHits() []hitItem {
	var out []hitItem
	for _, it := range d.m.nav.search.list.Items() {
		out = append(out, it.(hitItem))
	}
	return out
}
