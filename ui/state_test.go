package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
)

const checklist = "Pre-booking quality checklist"

// jumpTo puts a heading of the open article at the top through the
// contents, as a person does: t, filter, enter, enter.
func (d *driver) jumpTo(heading string) *driver {
	d.t.Helper()
	d.press(d.m.keys.Reader.Contents).filter(heading).press(d.m.keys.List.Open)
	if got := d.topHeading(); got != heading {
		d.t.Fatalf("jump to %q: the reader is in %q", heading, got)
	}
	return d
}

// The acceptance story: open the clinic article, jump to a heading, quit
// with q q q; the next run opens it at that heading, at the same width
// and at others.
func TestPositionAcrossRuns(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "folio", "state.json")
	lib := bundled(t)
	first := newRun(t, lib, path, 100, 30).openSeed().jumpTo(checklist)
	first.quitAll()

	rec, ok := saved(t, path).Get(seedSlug, "exosomes-vs-prp.md")
	if !ok || rec.Position == nil || rec.Position.Heading != checklist || rec.Position.Anchor != "pre-booking-quality-checklist" {
		t.Fatalf("saved %+v (found %v), want the checklist heading", rec.Position, ok)
	}
	for _, size := range [][2]int{{100, 30}, {80, 24}, {60, 20}, {200, 50}} {
		next := newRun(t, lib, path, size[0], size[1]).openSeed()
		i := slices.IndexFunc(next.m.reader.Article().Headings, func(h library.Heading) bool { return h.Anchor == rec.Position.Anchor })
		if err := next.headingOnTop(i); err != nil {
			t.Errorf("at %dx%d: %v", size[0], size[1], err)
		}
		if !strings.Contains(next.screenText(), checklist) {
			t.Errorf("at %dx%d the heading is not on screen:\n%s", size[0], size[1], next.screenText())
		}
	}
}

// A place inside a section comes back inside the same section, the same
// number of lines below its heading at the same width.
func TestPositionInsideSectionAcrossRuns(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	lib := bundled(t)
	const heading = "Risks, safety and contraindications"
	first := newRun(t, lib, path, 80, 24).openSeed().jumpTo(heading)
	first.press(first.m.keys.Reader.Down, first.m.keys.Reader.Down, first.m.keys.Reader.Down)
	top := first.m.reader.Shown().Top
	first.press(first.m.keys.Global.Back) // closing the article saves its place
	if rec, _ := saved(t, path).Get(seedSlug, "exosomes-vs-prp.md"); rec.Position == nil || rec.Position.Offset != 3 {
		t.Fatalf("saved on close: %+v", rec.Position)
	}

	same := newRun(t, lib, path, 80, 24).openSeed()
	if got := same.m.reader.Shown().Top; got != top {
		t.Errorf("same width: top line %d, want %d", got, top)
	}
	wider := newRun(t, lib, path, 120, 24).openSeed()
	if got := wider.topHeading(); got != heading {
		t.Errorf("another width: in %q, want %q", got, heading)
	}
}

// ctrl+c in the reader saves its place too, and the last list.
func TestCtrlCSavesPositionAndScreen(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	lib := bundled(t)
	d := newRun(t, lib, path, 80, 24)
	d.press(d.m.keys.Global.Tags, d.m.keys.Global.Articles)
	d.openSeed().jumpTo(checklist).press(d.m.keys.Global.ForceQuit)
	if !d.quit {
		t.Fatal("ctrl+c did not quit")
	}
	savedAtChecklist(t, path, "articles")
}

// A later run starts on the list the last one quit from.
func TestLastScreenReopens(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	for _, tc := range []struct {
		name string
		want screenID
	}{{"tags", tagsScreen}, {"categories", categoriesScreen}, {"bookmarks", bookmarksScreen}, {"articles", articlesScreen}} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "state.json")
			d := newRun(t, lib, path, 80, 24)
			d.send(keyMsg(t, map[screenID]string{articlesScreen: "1", tagsScreen: "2", categoriesScreen: "3", bookmarksScreen: "4"}[tc.want]))
			d.quitAll()
			if got := saved(t, path).LastScreen; got != tc.name {
				t.Fatalf("saved last screen %q", got)
			}
			if next := newRun(t, lib, path, 80, 24); next.m.top() != tc.want || len(next.m.stack) != 1 {
				t.Fatalf("next run starts on %v", next.m.stack)
			}
		})
	}
}

// A corrupt state file is set aside: folio starts, names the problem in
// the tab bar and the Problems screen, and works (and saves) as usual.
func TestCorruptStateFileIsAProblemNotAFailure(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	path := filepath.Join(dir, "state.json")
	if err := os.WriteFile(path, []byte(`{"version": 1, "articles": {`), 0o600); err != nil {
		t.Fatal(err)
	}
	d := newRun(t, bundled(t), path, 80, 24)
	if s := d.screenText(); !strings.Contains(s, "⚠ 1 problem") || !strings.Contains(s, "1 problem") {
		t.Fatalf("no problem count:\n%s", s)
	}
	d.press(d.m.keys.Marks.Problems)
	if s := d.screenText(); d.m.top() != problemsScreen || !strings.Contains(s, path) || !strings.Contains(s, "was unusable") {
		t.Fatalf("Problems screen:\n%s", s)
	}
	d.press(d.m.keys.Global.Back).openSeed().jumpTo(checklist)
	d.quitAll()
	if rec, _ := saved(t, path).Get(seedSlug, "exosomes-vs-prp.md"); rec.Position == nil {
		t.Fatal("after a corrupt file, the new state was not saved")
	}
	aside, _ := filepath.Glob(path + ".corrupt-*")
	if len(aside) != 1 {
		t.Fatalf("corrupt file not set aside: %v", aside)
	}
}

// Marks and the sort order are kept across runs.
func TestMarksAcrossRuns(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	lib := bundled(t)
	d := newRun(t, lib, path, 80, 24)
	k := d.m.keys.Marks
	d.press(d.m.keys.List.Down, k.Bookmark, k.Sort) // bookmark the review; sort by title
	d.openSeed().press(d.m.keys.Reader.Bottom)      // read the clinic article to its end
	d.quitAll()

	st := saved(t, path)
	review, _ := st.Get(reviewSlug, "do-exosomes-work-medicube-review.txt")
	clinic, _ := st.Get(seedSlug, "exosomes-vs-prp.md")
	if !review.Bookmarked || review.Read || !clinic.Read || clinic.Bookmarked || st.Sort != "title" {
		t.Fatalf("saved review %+v, clinic %+v, sort %q", review, clinic, st.Sort)
	}
	next := newRun(t, lib, path, 80, 24)
	s := next.screenText()
	for _, want := range []string{"Articles · by title", "• ★ Do Exosomes Work?", "✓   Exosomes vs PRP"} {
		if !strings.Contains(s, want) {
			t.Errorf("next run lacks %q:\n%s", want, s)
		}
	}
}

// Two folio processes share the file: each saves only what it changed.
func TestTwoRunsKeepEachOthersChanges(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	lib := bundled(t)
	a, b := newRun(t, lib, path, 80, 24), newRun(t, lib, path, 80, 24)
	a.press(a.m.keys.Marks.Bookmark)                     // the clinic article
	b.press(b.m.keys.List.Down, b.m.keys.Marks.Bookmark) // the review
	a.quitAll()
	b.quitAll()
	st := saved(t, path)
	for _, k := range []string{state.Key(seedSlug, "exosomes-vs-prp.md"), state.Key(reviewSlug, "do-exosomes-work-medicube-review.txt")} {
		if !st.Articles[k].Bookmarked {
			t.Errorf("%s lost its bookmark: %+v", k, st.Articles)
		}
	}
}

// Without a state file everything works for the session and q quits at
// once.
func TestNoStateFile(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.press(d.m.keys.Marks.Bookmark, d.m.keys.Marks.Bookmarks)
	if len(d.m.bookmarks.List().Model().Items()) != 1 {
		t.Fatal("bookmark not listed without a state file")
	}
	d.press(d.m.keys.Global.Quit)
	if !d.quit {
		t.Fatal("q did not quit")
	}
	if err := d.m.SaveNow(); err != nil {
		t.Fatal(err)
	}
}

// SaveNow saves what a run killed by a signal left: the open article's
// place and the screen.
func TestSaveNowAfterSignal(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	d := newRun(t, bundled(t), path, 80, 24).openSeed().jumpTo(checklist)
	if err := d.m.SaveNow(); err != nil { // as cmd/folio does when Run returns
		t.Fatal(err)
	}
	savedAtChecklist(t, path, "articles")
}

// SaveAfterHangup keeps the open article's place but not the screen: a
// closed terminal is no choice of where to start next time.
func TestSaveAfterHangupKeepsPlaceNotScreen(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state.json")
	d := newRun(t, bundled(t), path, 80, 24)
	d.press(d.m.keys.Global.Tags)
	d.quitAll() // a real quit from Tags: the next run starts there
	if st := saved(t, path); st.LastScreen != "tags" {
		t.Fatalf("last screen %q after quitting from Tags", st.LastScreen)
	}
	d = newRun(t, bundled(t), path, 80, 24)
	d.press(d.m.keys.Global.Articles).openSeed().jumpTo(checklist)
	if err := d.m.SaveAfterHangup(); err != nil {
		t.Fatal(err)
	}
	savedAtChecklist(t, path, "tags") // a hangup left the screen as it was
}

// savedAtChecklist checks that the state file at path holds the seed
// article's place at the checklist heading, and screen to start on.
func savedAtChecklist(t *testing.T, path, screen string) {
	t.Helper()
	st := saved(t, path)
	if rec, _ := st.Get(seedSlug, "exosomes-vs-prp.md"); rec.Position == nil || rec.Position.Heading != checklist {
		t.Fatalf("saved place %+v, want at %q", rec.Position, checklist)
	}
	if st.LastScreen != screen {
		t.Fatalf("last screen %q, want %q", st.LastScreen, screen)
	}
}
