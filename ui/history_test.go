package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// A reader's trip across two articles that link to each other: open
// Alpha, read down to its middle, follow its link to Beta, jump to
// Beta's end by an anchor link, then back to Alpha where it was left
// and forward to Beta where it was left.
func TestJourneyLinksAndHistory(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, twoArticles(t), 80, 24).openSlug("alpha")
	r, n := d.m.keys.Reader, d.m.keys.Nav

	d.press(r.NextHeading, r.NextHeading, r.Down)
	if d.topHeading() != "Alpha middle" {
		t.Fatalf("reading %q, want Alpha middle", d.topHeading())
	}
	alphaAt := d.m.reader.Shown().Top

	d.chooseLink("the beta article")
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != "beta" || d.m.reader.Shown().Top != 0 {
		t.Fatalf("link to beta: top %v on %s at %d", d.m.top(), d.m.reader.Article().Slug, d.m.reader.Shown().Top)
	}

	d.chooseLink("the end")
	if d.m.reader.Article().Slug != "beta" || d.topHeading() != "Beta end" {
		t.Fatalf("#beta-end: on %s at %q", d.m.reader.Article().Slug, d.topHeading())
	}
	betaAt := d.m.reader.Shown().Top

	d.press(n.HistBack)
	if d.m.reader.Article().Slug != "alpha" || d.m.reader.Shown().Top != alphaAt || d.topHeading() != "Alpha middle" {
		t.Fatalf("H: on %s at %d (%q), want alpha at %d", d.m.reader.Article().Slug, d.m.reader.Shown().Top, d.topHeading(), alphaAt)
	}
	d.press(n.HistBack) // nothing before alpha
	if d.m.reader.Article().Slug != "alpha" || d.m.top() != readerScreen {
		t.Fatal("H at the start of the history moved")
	}

	d.press(n.HistFwd)
	if d.m.reader.Article().Slug != "beta" || d.m.reader.Shown().Top != betaAt {
		t.Fatalf("L: on %s at %d, want beta at %d", d.m.reader.Article().Slug, d.m.reader.Shown().Top, betaAt)
	}
	d.press(n.HistFwd) // nothing after beta
	if d.m.reader.Article().Slug != "beta" {
		t.Fatal("L at the end of the history moved")
	}
	if len(d.m.stack) != 2 {
		t.Fatalf("stack %v: one reader over the Articles list", d.m.stack)
	}

	// alt+left and alt+right do the same
	d.send(tea.KeyMsg{Type: tea.KeyLeft, Alt: true})
	if d.m.reader.Article().Slug != "alpha" {
		t.Fatal("alt+left did not go back")
	}
	d.send(tea.KeyMsg{Type: tea.KeyRight, Alt: true})
	if d.m.reader.Article().Slug != "beta" {
		t.Fatal("alt+right did not go forward")
	}
	// and beta links back to alpha: a new visit drops the forward entries
	d.press(n.HistBack).chooseLink("the beta article")
	d.chooseLink("the alpha guide")
	if h := d.m.nav.hist; len(h.entries) != 3 || h.cur != 2 || d.m.reader.Article().Slug != "alpha" {
		t.Fatalf("history %+v", h)
	}
}

// Articles opened from the lists are in the history too.
func TestHistoryFromLists(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	d.press(d.m.keys.Reader.NextHeading, d.m.keys.Reader.NextHeading)
	at := d.m.reader.Shown().Top
	d.press(d.m.keys.Global.Back, d.m.keys.Global.Back) // the reader, then the filter
	d.openSlug(reviewSlug)
	d.press(d.m.keys.Nav.HistBack)
	if d.m.reader.Article().Slug != seedSlug || d.m.reader.Shown().Top != at {
		t.Fatalf("H: on %s at %d, want %s at %d", d.m.reader.Article().Slug, d.m.reader.Shown().Top, seedSlug, at)
	}
}

func TestRelated(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	d.press(d.m.keys.Reader.Bottom)
	if s := d.screenText(); !strings.Contains(s, "Related articles") || !strings.Contains(s, "• Do Exosomes Work?") || !strings.Contains(s, "Press r") {
		t.Fatalf("bottom lacks the footer:\n%s", s)
	}

	d.press(d.m.keys.Nav.Related)
	if d.m.top() != relatedScreen || !strings.Contains(d.screenText(), "Do Exosomes Work?") {
		t.Fatalf("r: %v\n%s", d.m.top(), d.screenText())
	}
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != reviewSlug || len(d.m.stack) != 2 {
		t.Fatalf("enter: %v on %v, stack %v", d.m.top(), d.m.reader.Article().Slug, d.m.stack)
	}
	d.press(d.m.keys.Nav.HistBack)
	if d.m.reader.Article().Slug != seedSlug || !d.m.reader.AtEnd() {
		t.Fatal("H did not return to the seed's bottom")
	}
}

func TestRelatedNone(t *testing.T) {
	t.Parallel()
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{
		"lone.md": {Data: []byte("---\ntitle: Lone\ntags: [solo]\n---\n# Lone\n\nNothing shares a tag with it.\n")},
	}})
	d := newLibDriver(t, lib, 80, 24).openSlug("lone")
	if strings.Contains(d.screenText(), "Related articles") {
		t.Fatalf("a footer without related articles:\n%s", d.screenText())
	}
	d.press(d.m.keys.Nav.Related)
	if d.m.top() != relatedScreen || !strings.Contains(d.screenText(), "No articles") {
		t.Fatalf("r:\n%s", d.screenText())
	}
}
