package ui

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// While the library loads in the background and no key has been
// pressed, the first row, the newest article, stays selected; the
// bundled article the list started with does not keep the selection.
func TestLoadingSelectsNewestUntilTouched(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	first := d.m.articles.SelectedSlug()
	newest, _, err := library.Parse("lib/newest.md", []byte("---\ntitle: Newest\ndate: 2099-01-01\n---\n\nNew.\n"))
	if err != nil {
		t.Fatal(err)
	}
	arts := append(synthArticles(t, 0, 40), newest)
	d.send(batch(arts))
	d.send(finished(bundled(t).Articles, arts))
	if got, want := d.m.articles.SelectedSlug(), d.m.lib.Articles[0].Slug; got != want || got == first {
		t.Errorf("after loading, %s is selected; want the newest, %s (the list started on %s)", got, want, first)
	}
	if d.m.articles.List().Model().Index() != 0 {
		t.Errorf("selected row %d, want 0", d.m.articles.List().Model().Index())
	}

	// once a key moved the selection, it stays where the person put it
	d = loadingDriver(t)
	d.send(batch(arts[:10]))
	d.press(d.m.keys.List.Down)
	sel := d.m.articles.SelectedSlug()
	d.send(batch(arts[10:]))
	d.send(finished(bundled(t).Articles, arts))
	if got := d.m.articles.SelectedSlug(); got != sel {
		t.Errorf("the selection moved from %s to %s after a key", sel, got)
	}
}

// Options.Open opens the reader on an article at start, selected in the
// list beneath.
func TestOpenAtStart(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	want := lib.Articles[len(lib.Articles)-1].Slug
	opts := testOptions
	opts.Open = want
	d := &driver{t: t, m: New(lib, opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	for _, msg := range d.run(d.m.Init()) {
		d.send(msg)
	}
	if d.m.top() != readerScreen || d.m.reader.Article() == nil || d.m.reader.Article().Slug != want {
		t.Fatalf("the reader is not open on %s (screen %v)", want, d.m.top())
	}
	d.press(d.m.keys.Global.Back)
	if got := d.m.articles.SelectedSlug(); got != want {
		t.Errorf("back from the reader, %s is selected, want %s", got, want)
	}
}
