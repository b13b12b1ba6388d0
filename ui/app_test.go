package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

func TestArticlesListNewestFirst(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	if d.m.top() != articlesScreen {
		t.Fatalf("starts on %v, want the Articles list", d.m.top())
	}
	if got := d.m.articles.SelectedSlug(); got != seedSlug {
		t.Errorf("first article %q, want the dated %q", got, seedSlug)
	}
	s := d.screenText()
	for _, want := range []string{"Exosomes vs PRP Treatment", "2026-02-02 · Skin Rejuvenation · Exosomes, PRP Treatment", "Do Exosomes Work?", "Exosomes · 7 min"} {
		if !strings.Contains(s, want) {
			t.Errorf("Articles screen lacks %q:\n%s", want, s)
		}
	}
}

func TestFilterAcceptOpen(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ query, slug string }{
		{"prp", seedSlug},
		{"medicube", reviewSlug},
		{"jennifer", seedSlug},          // author
		{"london clinic", seedSlug},     // tag
		{"skin rejuvenation", seedSlug}, // category
	} {
		t.Run(tc.query, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 80, 24).filter(tc.query)
			if !d.m.filtered(articlesScreen) {
				t.Fatal("enter did not apply the filter")
			}
			if got := d.m.articles.SelectedSlug(); got != tc.slug {
				t.Fatalf("filter %q selects %q, want %q", tc.query, got, tc.slug)
			}
			d.press(d.m.keys.List.Open)
			if d.m.top() != readerScreen || d.m.reader.Article().Slug != tc.slug {
				t.Fatalf("enter opened %v, want the reader on %s", d.m.top(), tc.slug)
			}
		})
	}
}

// The filter finds an article by a category that is in none of its other
// fields (the seeds' categories are also in their titles and tags).
func TestFilterByCategoryOnly(t *testing.T) {
	t.Parallel()
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{
		"clocks.md": {Data: []byte("---\ntitle: Quiet Mornings\ncategories: [Horology]\ntags: [calm]\n---\n# Quiet Mornings\n\nText.\n")},
		"plants.md": {Data: []byte("---\ntitle: Zebra Notes\ncategories: [Botany]\ntags: [leaves]\n---\n# Zebra Notes\n\nText.\n")},
	}})
	d := newLibDriver(t, lib, 80, 24).filter("horology")
	if got := d.m.articles.SelectedSlug(); got != "clocks" || len(d.m.articles.List().Model().VisibleItems()) != 1 {
		t.Fatalf("filter on a category selects %q of %d, want clocks alone", got, len(d.m.articles.List().Model().VisibleItems()))
	}
}

// Every key of Back (esc and backspace) steps back once: on a list with
// a filter applied the first step clears the filter. While the filter is
// typed, backspace deletes a letter instead.
func TestEscClearsFilterThenGoesBack(t *testing.T) {
	t.Parallel()
	for _, k := range keymap.Default().Global.Back.Keys() {
		t.Run(k, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 80, 24)
			g := d.m.keys.Global
			back := func() { d.send(keyMsg(t, k)) }
			d.press(g.Tags).filter("exosomes").press(d.m.keys.List.Open)
			if d.m.top() != narrowedScreen {
				t.Fatalf("top %v, want the narrowed articles", d.m.top())
			}
			d.filter("medi")
			back()
			if d.m.top() != narrowedScreen || d.m.filtered(narrowedScreen) {
				t.Fatalf("%s should clear the filter first (top %v, filtered %v)", k, d.m.top(), d.m.filtered(narrowedScreen))
			}
			back()
			if d.m.top() != tagsScreen {
				t.Fatalf("second %s: top %v, want Tags", k, d.m.top())
			}
			back()
			if d.m.top() != tagsScreen || d.quit {
				t.Fatalf("%s on a top-level list must stay (top %v, quit %v)", k, d.m.top(), d.quit)
			}
			// A search shown in the reader is cleared the same way.
			d.press(g.Articles).openSeed().press(d.m.keys.Nav.Find).typeText("prp").press(d.m.keys.Nav.FindAccept)
			back()
			if d.m.top() != readerScreen || d.m.reader.Shown().Finding {
				t.Fatalf("%s in the reader should clear the search (top %v, active %v)", k, d.m.top(), d.m.reader.Shown().Finding)
			}
		})
	}
}

func TestBackspaceEditsTypedFilter(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.press(d.m.keys.List.Filter).typeText("prpx")
	d.send(tea.KeyMsg{Type: tea.KeyBackspace})
	if got := d.m.articles.List().Model().FilterValue(); got != "prp" || !d.m.articles.List().Filtering() {
		t.Fatalf("backspace while typing: filter %q, typing %v", got, d.m.articles.List().Filtering())
	}
}

func TestTabsSwitchLists(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	g := d.m.keys.Global
	for _, step := range []struct {
		press string
		want  screenID
	}{
		{"tab", tagsScreen}, {"tab", categoriesScreen}, {"tab", bookmarksScreen}, {"tab", questionsScreen}, {"tab", productsScreen},
		{"tab", articlesScreen}, {"shift+tab", productsScreen}, {"shift+tab", questionsScreen}, {"shift+tab", bookmarksScreen},
		{"shift+tab", categoriesScreen}, {"1", articlesScreen}, {"4", bookmarksScreen}, {"6", productsScreen},
		{"5", questionsScreen}, {"3", categoriesScreen}, {"2", tagsScreen},
	} {
		d.send(keyMsg(t, step.press))
		if d.m.top() != step.want {
			t.Fatalf("after %s: %v, want %v", step.press, d.m.top(), step.want)
		}
	}
	// From a narrowed list, tab goes to the next top-level list.
	d.press(d.m.keys.List.Open) // Exosomes, the first tag
	d.press(g.NextTab)
	if len(d.m.stack) != 1 || d.m.top() != categoriesScreen {
		t.Fatalf("tab from narrowed list: stack %v", d.m.stack)
	}
	// Keys typed into a filter are text, not commands.
	d.press(d.m.keys.List.Filter).typeText("1q?")
	if d.m.top() != categoriesScreen || d.quit || d.m.categories.List().Model().FilterValue() != "1q?" {
		t.Fatalf("filter text: top %v quit %v value %q", d.m.top(), d.quit, d.m.categories.List().Model().FilterValue())
	}
}

func TestTagNarrowsArticles(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 100, 30)
	d.press(d.m.keys.Global.NextTab).filter("exosomes").press(d.m.keys.List.Open)
	if d.m.top() != narrowedScreen {
		t.Fatalf("top %v, want narrowed articles", d.m.top())
	}
	items := d.m.narrowed.List().Model().Items()
	if len(items) != 2 {
		t.Fatalf("tag Exosomes lists %d articles, want both bundled ones", len(items))
	}
	s := d.screenText()
	for _, want := range []string{"tag: Exosomes", "Exosomes vs PRP", "Do Exosomes Work"} {
		if !strings.Contains(s, want) {
			t.Errorf("narrowed screen lacks %q:\n%s", want, s)
		}
	}
}

func TestCategoryNarrowsArticles(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.press(d.m.keys.Global.Categories).filter("skin").press(d.m.keys.List.Open)
	if d.m.top() != narrowedScreen || len(d.m.narrowed.List().Model().Items()) != 1 {
		t.Fatalf("top %v, %d items", d.m.top(), len(d.m.narrowed.List().Model().Items()))
	}
	if !strings.Contains(d.screenText(), "category: Skin Rejuvenation") {
		t.Errorf("title bar does not name the category:\n%s", d.screenText())
	}
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != seedSlug {
		t.Fatalf("enter: top %v", d.m.top())
	}
}

func TestQuitAndBack(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	g := d.m.keys.Global
	d.press(d.m.keys.Reader.Contents)
	for _, want := range []screenID{readerScreen, articlesScreen} {
		d.press(g.Quit)
		if d.quit || d.m.top() != want {
			t.Fatalf("q: top %v quit %v, want %v", d.m.top(), d.quit, want)
		}
	}
	d.press(g.Back)
	if d.quit {
		t.Fatal("esc on the top list quit; only q and ctrl+c quit")
	}
	d.press(g.Quit)
	if !d.quit {
		t.Fatal("q on the top list did not quit")
	}
}

func TestCtrlCQuitsAnywhere(t *testing.T) {
	t.Parallel()
	for name, setup := range map[string]func(d *driver){
		"articles":  func(d *driver) {},
		"filtering": func(d *driver) { d.press(d.m.keys.List.Filter).typeText("ex") },
		"reader":    func(d *driver) { d.openSeed() },
		"faq":       func(d *driver) { d.openSeed().press(d.m.keys.Reader.FAQ) },
		"help":      func(d *driver) { d.press(d.m.keys.Global.Help) },
	} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 80, 24)
			setup(d)
			d.press(d.m.keys.Global.ForceQuit)
			if !d.quit {
				t.Fatal("ctrl+c did not quit")
			}
		})
	}
}

func TestHelpShowsScreenKeys(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	g := d.m.keys.Global
	d.press(g.Help)
	if d.m.top() != helpScreen || !strings.Contains(d.screenText(), "Keys · Articles") || !strings.Contains(d.screenText(), "next list") {
		t.Fatalf("help over Articles:\n%s", d.screenText())
	}
	d.press(g.Help)
	d.openSeed().press(g.Help)
	s := d.screenText()
	for _, want := range []string{"Keys · Reader", "next heading", "previous FAQ question", "contents"} {
		if !strings.Contains(s, want) {
			t.Errorf("reader help lacks %q:\n%s", want, s)
		}
	}
	d.press(g.Back)
	if d.m.top() != readerScreen {
		t.Fatalf("esc from help: %v", d.m.top())
	}
}

func TestFooterShowsShortHelp(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	lines := strings.Split(d.screenText(), "\n")
	if foot := lines[len(lines)-1]; !strings.Contains(foot, "/ filter") || !strings.Contains(foot, "q quit") {
		t.Errorf("footer %q", foot)
	}
	d.press(d.m.keys.List.Filter)
	lines = strings.Split(d.screenText(), "\n")
	if foot := lines[len(lines)-1]; !strings.Contains(foot, "enter apply filter") || strings.Contains(foot, "q quit") {
		t.Errorf("footer while filtering %q", foot)
	}
	// A tag's list with a filter applied: esc clears it, and the footer
	// offers esc once, for that.
	d.press(d.m.keys.List.CancelFilter, d.m.keys.Global.Tags).filter("Exosomes").press(d.m.keys.List.Open).filter("medi")
	d.send(tea.WindowSizeMsg{Width: 200, Height: 24}) // room for every key
	lines = strings.Split(d.screenText(), "\n")
	if foot := lines[len(lines)-1]; !strings.Contains(foot, "esc clear filter") || strings.Count(foot, "esc") != 1 {
		t.Errorf("footer with a filter applied %q", foot)
	}
}

// bubbles' list pages on f, d, b and u and quits on esc; folio's lists
// answer only folio's keys.
func TestListIgnoresBubblesDefaultKeys(t *testing.T) {
	t.Parallel()
	d := &driver{t: t, m: New(bigLibrary(100), testOptions)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	for _, k := range []string{"f", "d", "b", "u", "esc", "backspace", "x"} {
		d.send(keyMsg(t, k))
		if d.quit || d.m.top() != articlesScreen || d.m.articles.List().Model().Index() != 0 {
			t.Fatalf("%q: quit %v, top %v, index %d", k, d.quit, d.m.top(), d.m.articles.List().Model().Index())
		}
	}
	for _, step := range []struct {
		key  string
		want func(i, per int) bool
	}{
		{"j", func(i, _ int) bool { return i == 1 }},
		{"l", func(i, per int) bool { return i == 1+per }},
		{"h", func(i, _ int) bool { return i == 1 }},
		{"G", func(i, _ int) bool { return i == 99 }},
		{"g", func(i, _ int) bool { return i == 0 }},
	} {
		d.send(keyMsg(t, step.key))
		if i, per := d.m.articles.List().Model().Index(), d.m.articles.List().Model().Paginator.PerPage; !step.want(i, per) {
			t.Fatalf("%q: index %d (page of %d)", step.key, i, per)
		}
	}
}
