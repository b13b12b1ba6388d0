package reader

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// A filtered FAQ keeps each match under its section's title, and enter
// still opens the best matching question, not the title.
func TestFAQFilterKeepsSections(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 100, 30).openSeed()
	d.press(d.m.keys.Reader.FAQ).filter("stronger always")
	s := d.screenText()
	title, question := strings.Index(s, "Client FAQ for exosomes and PRP planning"), strings.Index(s, "Is stronger always better?")
	if title < 0 || question < 0 || title > question {
		t.Fatalf("the match is not under its section's title:\n%s", s)
	}
	d.press(d.m.keys.List.Open)
	if got := plain(d.viewportLines()[0]); d.m.top() != readerScreen || got != "Is stronger always better?" {
		t.Fatalf("enter opened %v at %q", d.m.top(), got)
	}
}

func TestNoFAQNoteFitsNarrow(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSlug(reviewSlug)
	d.press(d.m.keys.Reader.FAQ)
	d.send(tea.WindowSizeMsg{Width: 20, Height: 5})
	if s := d.screenText(); !strings.Contains(s, "This article has …") {
		t.Fatalf("at 20x5 the note is not cut with an ellipsis:\n%s", s)
	}
}

// { before the first question and } after the last say so.
func TestQuestionKeysSayWhenNoneLeft(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	r := d.m.keys.Reader
	d.press(r.PrevQuestion)
	if s := d.screenText(); !strings.Contains(s, "no earlier question") {
		t.Errorf("{ at the top says nothing:\n%s", s)
	}
	d.press(r.Bottom, r.NextQuestion)
	if s := d.screenText(); !strings.Contains(s, "no later question") {
		t.Errorf("} at the bottom says nothing:\n%s", s)
	}
	d.press(r.Up)
	if s := d.screenText(); strings.Contains(s, "no later question") {
		t.Errorf("the note outlasts the next key:\n%s", s)
	}
}
