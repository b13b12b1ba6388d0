package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

func TestProblemsScreen(t *testing.T) {
	t.Parallel()
	lib := fixtureLibrary()
	d := newLibDriver(t, lib, 100, 40)
	if !strings.Contains(d.screenText(), "⚠ 6 problems") {
		t.Fatalf("tab bar lacks the count:\n%s", d.screenText())
	}
	d.press(d.m.keys.Marks.Problems)
	if d.m.top() != problemsScreen {
		t.Fatalf("! opened %v", d.m.top())
	}
	s := d.screenText()
	for _, p := range lib.Problems[:5] { // the rest are on the next page
		if !strings.Contains(s, p.Path) || !strings.Contains(s, p.Message) {
			t.Errorf("Problems lacks %q:\n%s", p.String(), s)
		}
	}
	// Filterable like the other lists, by path or message; enter opens
	// nothing; esc clears the filter, then goes back.
	d.filter("binary")
	if items := d.m.problemList.List().Model().VisibleItems(); len(items) != 1 || !strings.HasPrefix(items[0].FilterValue(), "fixtures/binary.md ") {
		t.Fatalf("filter binary: %v", items)
	}
	d.press(d.m.keys.List.Open)
	if d.m.top() != problemsScreen {
		t.Fatalf("enter left Problems for %v", d.m.top())
	}
	d.press(d.m.keys.Global.Back, d.m.keys.Global.Back)
	if d.m.top() != articlesScreen {
		t.Fatalf("esc esc: %v", d.m.top())
	}
}

// Scrolling reaches the last problem.
func TestProblemsScroll(t *testing.T) {
	t.Parallel()
	var ps []library.Problem
	for i := range 40 {
		ps = append(ps, library.Problem{Path: strings.Repeat("x", i%7) + "file.md", Message: "broken"})
	}
	ps[39].Path = "the-last-one.md"
	lib := bundled(t)
	lib.Problems = ps
	d := newLibDriver(t, lib, 80, 24)
	d.press(d.m.keys.Marks.Problems, d.m.keys.List.Bottom)
	if !strings.Contains(d.screenText(), "the-last-one.md") {
		t.Fatalf("G did not reach the last problem:\n%s", d.screenText())
	}
	d.press(d.m.keys.List.Top, d.m.keys.List.PageDown)
	if d.m.problemList.List().Model().Paginator.Page != 1 {
		t.Fatal("pgdn did not turn the page")
	}
}

func TestNoProblems(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	if strings.Contains(d.screenText(), "problem") {
		t.Fatalf("a problem count with no problems:\n%s", d.screenText())
	}
	d.press(d.m.keys.Marks.Problems)
	if !strings.Contains(d.screenText(), "No problems") {
		t.Fatalf("empty Problems screen:\n%s", d.screenText())
	}
}

// A long message wraps onto the row's second line.
func TestProblemMessageWraps(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	lib.Problems = []library.Problem{{Path: "state.json", Message: "was unusable (invalid JSON (truncated or damaged): unexpected end of JSON input); moved it to state.json.corrupt-1 and started with an empty state"}}
	d := newLibDriver(t, lib, 80, 24)
	d.press(d.m.keys.Marks.Problems)
	s := d.screenText()
	if !strings.Contains(s, "unexpected end of JSON") || !strings.Contains(s, "moved it to state.json.corrupt-1") {
		t.Fatalf("message not wrapped:\n%s", s)
	}
}

// Golden screens of the Problems and Bookmarks screens at 80x24, ASCII.
// Regenerate with: go test ./ui -run Golden -update
func TestGoldenMarks(t *testing.T) {
	t.Parallel()
	keys := keymap.Default()
	k := func(b ...string) []tea.Msg {
		var out []tea.Msg
		for _, s := range b {
			out = append(out, keyMsg(t, s))
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		lib   func() *library.Library
		ready string
		keys  []tea.Msg
		wait  string
	}{
		{"Problems", fixtureLibrary, "A Good Post", k(keys.Marks.Problems.Keys()[0]), "fixtures/empty.md"},
		{"Bookmarks", func() *library.Library { return bundled(t) }, "Do Exosomes Work?",
			k(keys.Marks.Bookmark.Keys()[0], keys.Marks.Bookmarks.Keys()[0]), "Bookmarks · by date"},
		{"BookmarksEmpty", func() *library.Library { return bundled(t) }, "Do Exosomes Work?",
			k(keys.Marks.Bookmarks.Keys()[0]), "No bookmarks yet"},
		{"UnreadByTitle", func() *library.Library { return bundled(t) }, "Do Exosomes Work?",
			k(keys.Marks.Sort.Keys()[0], keys.Marks.Unread.Keys()[0]), "unread only · by title"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			runGolden(t, New(tc.lib(), testOptions), tc.ready, literal(tc.wait, tc.keys...))
		})
	}
}
