package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/lists"
)

// A reader's day: filter the tags by "Exosomes", see both bundled
// articles, open the clinic's, open its FAQ and choose a question; the
// question is the first line of the viewport.
func TestJourneyTagToFAQAnswer(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	g, l, r := d.m.keys.Global, d.m.keys.List, d.m.keys.Reader

	d.press(g.NextTab)
	if d.m.top() != tagsScreen {
		t.Fatalf("tab: %v, want Tags", d.m.top())
	}
	d.filter("Exosomes").press(l.Open)
	if d.m.top() != narrowedScreen {
		t.Fatalf("enter on tag: %v", d.m.top())
	}
	var titles []string
	for _, it := range d.m.narrowed.List().Model().Items() {
		titles = append(titles, it.(lists.ArticleItem).Title)
	}
	if len(titles) != 2 || !strings.HasPrefix(titles[0], "Exosomes vs PRP") || !strings.HasPrefix(titles[1], "Do Exosomes Work?") {
		t.Fatalf("tag Exosomes lists %q", titles)
	}

	for d.m.narrowed.SelectedSlug() != seedSlug {
		d.press(l.Down)
	}
	d.press(l.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != seedSlug {
		t.Fatalf("open: %v", d.m.top())
	}

	d.press(r.FAQ)
	if !d.onOverlay("FAQ") {
		t.Fatalf("f: %v", d.m.top())
	}
	faq := d.m.list(d.m.top())
	for {
		if it := faq.Selected(); it != nil && it.FilterValue() == "Is stronger always better?" {
			break
		}
		if faq.Model().Index() == len(faq.Model().Items())-1 {
			t.Fatal("question not in the FAQ list")
		}
		d.press(l.Down)
	}
	d.press(l.Open)
	if d.m.top() != readerScreen {
		t.Fatalf("enter on question: %v", d.m.top())
	}
	if first := plain(d.viewportLines()[0]); first != "Is stronger always better?" {
		t.Fatalf("viewport's first line is %q", first)
	}
}

// TestKeysInOneRead: keys that reach folio in one read (tmux send-keys, a
// macro, fast typing) come as one message; they act as if typed one by
// one, so "/medi", enter, enter opens the Medicube review, not the first
// article.
func TestKeysInOneRead(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/medi")})
	d.press(d.m.keys.List.AcceptFilter, d.m.keys.List.Open)
	if d.m.top() != readerScreen || !strings.HasPrefix(d.m.reader.Article().Title, "Do Exosomes Work?") {
		t.Fatalf("screen %v, article %q: the burst did not filter", d.m.top(), d.m.reader.Article().Title)
	}
	pasted := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("q q"), Paste: true}
	d.send(pasted)
	if d.quit {
		t.Fatal("a bracketed paste was taken as keys")
	}
}
