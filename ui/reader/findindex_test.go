package reader

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestFindIndexAcrossLines(t *testing.T) {
	t.Parallel()
	lines := []string{
		"  \x1b[1mMarine\x1b[0m   sponges and",
		"  more marine",
		"",
		"  sponges here; MARINE SPONGES",
	}
	x := newFindIndex(lines)
	for _, tc := range []struct {
		query string
		want  []findMatch
	}{
		{"marine sponges", []findMatch{
			{spans: []span{{0, 2, 18}}},  // spaces folded, codes left out
			{spans: []span{{3, 16, 30}}}, // any case
			// "more marine" and "sponges here" are a paragraph apart: no match
		}},
		{"and more", []findMatch{{spans: []span{{0, 19, 22}, {1, 2, 6}}}}}, // across a line break
		{"  SPONGES ", []findMatch{{spans: []span{{0, 11, 18}}}, {spans: []span{{3, 2, 9}}}, {spans: []span{{3, 23, 30}}}}},
		{"", nil},
		{"absent", nil},
	} {
		if got := x.find(tc.query); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("find(%q) = %v, want %v", tc.query, got, tc.want)
		}
	}
}

func TestHighlight(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		line  string
		marks []mark
		want  string
	}{
		{"abcd", []mark{{1, 3, false}}, "a" + markOn + "bc" + markOff + "d"},
		{"abcd", []mark{{0, 1, true}, {3, 4, false}}, markCurOn + "a" + markCurOff + "bc" + markOn + "d" + markOff},
		// the line's own reset inside the range is followed by the highlight again
		{"\x1b[1mab\x1b[0mcd", []mark{{1, 3, false}}, "\x1b[1ma" + markOn + "b\x1b[0m" + markOn + "c" + markOff + "d"},
		{"héllo", []mark{{1, 3, false}}, "h" + markOn + "é" + markOff + "llo"},
		{"abc", nil, "abc"},
	} {
		if got := highlight(tc.line, tc.marks); got != tc.want {
			t.Errorf("highlight(%q, %v) = %q, want %q", tc.line, tc.marks, got, tc.want)
		}
	}
}

// In the reader: / aftercare enter shows the count, n and N step
// through the matches with wrap-around, each scrolled into view and
// highlighted; esc clears the search.
func TestFindInArticle(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	n := d.m.keys.Nav
	d.press(n.Find)
	if !d.m.capturing(readerScreen) || !strings.Contains(d.screenText(), "/ ") {
		t.Fatal("/ did not start a search")
	}
	d.typeText("aftercare").press(n.FindAccept)
	f := d.m.reader.find
	total := len(f.matches)
	if total < 3 || f.query != "aftercare" {
		t.Fatalf("aftercare: %d matches", total)
	}
	if want := fmt.Sprintf("1/%d", total); !strings.Contains(d.screenText(), want) {
		t.Fatalf("status lacks %q:\n%s", want, d.screenText())
	}
	check := func(step string, want int) {
		t.Helper()
		f := d.m.reader.find
		if f.cur != want {
			t.Fatalf("%s: match %d, want %d", step, f.cur+1, want+1)
		}
		if !strings.Contains(d.foldedView(), "aftercare") {
			t.Fatalf("%s: match %d not in view", step, want+1)
		}
		if !strings.Contains(d.m.reader.vp.View(), markCurOn) {
			t.Fatalf("%s: the current match is not highlighted", step)
		}
		if s := fmt.Sprintf("%d/%d", want+1, total); !strings.Contains(d.screenText(), s) {
			t.Fatalf("%s: status lacks %s", step, s)
		}
	}
	for i := 1; i < total; i++ {
		d.press(n.FindNext)
		check(fmt.Sprintf("n #%d", i), i)
	}
	d.press(n.FindNext)
	check("n past the last", 0)
	d.press(n.FindPrev)
	check("N before the first", total-1)
	painted := strings.Join(d.m.reader.find.painted, "\n")
	if strings.Count(painted, markOn)+strings.Count(painted, markCurOn) < total {
		t.Errorf("not every match is highlighted")
	}

	d.press(d.m.keys.Global.Back)
	if d.m.top() != readerScreen || d.m.reader.find.active() || strings.Contains(strings.Join(d.m.reader.find.painted, ""), markOn) {
		t.Fatal("esc did not clear the search")
	}
	if strings.Contains(d.screenText(), fmt.Sprintf("/%d", total)) {
		t.Fatal("the count stayed after esc")
	}
}

func TestFindTypingKeys(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	n := d.m.keys.Nav
	// while typing, q t f ? are letters; esc cancels the typing only
	d.press(n.Find).typeText("qtf?")
	if d.m.top() != readerScreen || d.m.reader.find.input.Value() != "qtf?" {
		t.Fatalf("typing: top %v, query %q", d.m.top(), d.m.reader.find.input.Value())
	}
	d.press(n.FindCancel)
	if d.m.top() != readerScreen || d.m.reader.find.typing || d.m.reader.find.active() {
		t.Fatal("esc did not cancel the typing")
	}
	d.press(n.Find).typeText("no such words").press(n.FindAccept)
	if !strings.Contains(d.screenText(), "no match") {
		t.Errorf("no-match status:\n%s", d.screenText())
	}
	before := d.m.reader.vp.YOffset
	d.press(n.FindNext)
	if d.m.reader.vp.YOffset != before {
		t.Error("n moved without matches")
	}
	// an empty query clears the search
	d.press(n.Find, n.FindAccept)
	if d.m.reader.find.active() {
		t.Error("an empty query left a search")
	}
}

// The search survives a resize: the matches are found again in the new
// rendering and the current one keeps its number.
func TestFindKeptOnResize(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	n := d.m.keys.Nav
	d.press(n.Find).typeText("aftercare").press(n.FindAccept, n.FindNext, n.FindNext)
	total := len(d.m.reader.find.matches)
	d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	if f := d.m.reader.find; f.cur != 2 || len(f.matches) != total || d.m.reader.doc.Options.Width != 60 {
		t.Fatalf("after resize: match %d of %d (width %d)", f.cur+1, len(f.matches), d.m.reader.doc.Options.Width)
	}
}

// A match on screen stays on screen when the window shrinks.
func TestFindMatchStaysInViewOnResize(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSlug(reviewSlug)
	d.press(d.m.keys.Nav.Find).typeText("marine sponges").press(d.m.keys.Nav.FindAccept)
	for _, size := range [][2]int{{20, 5}, {45, 8}, {300, 60}, {80, 24}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if !strings.Contains(d.foldedView(), "marine") {
			t.Fatalf("%v: the match left the screen:\n%s", size, d.screenText())
		}
	}
}
