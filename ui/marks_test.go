package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// visibleSlugs are an articles list's rows, in order.
func visibleSlugs(m lists.Articles) []string {
	var out []string
	for _, it := range m.List().Model().VisibleItems() {
		out = append(out, it.(lists.ArticleItem).Slug)
	}
	return out
}

func TestBookmarkFromListAndReader(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	k := d.m.keys.Marks
	d.press(k.Bookmark) // the clinic article, selected first
	if !strings.Contains(d.screenText(), "• ★ Exosomes vs PRP") {
		t.Fatalf("no bookmark mark:\n%s", d.screenText())
	}
	d.press(k.Bookmarks)
	if d.m.top() != bookmarksScreen || !slices.Equal(visibleSlugs(d.m.bookmarks), []string{seedSlug}) {
		t.Fatalf("Bookmarks: top %v, %v", d.m.top(), visibleSlugs(d.m.bookmarks))
	}
	if !strings.Contains(d.screenText(), "[4 Bookmarks]") {
		t.Errorf("tab bar does not mark Bookmarks:\n%s", d.screenText())
	}

	// Open it from Bookmarks; m in the reader takes the bookmark away.
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || !strings.Contains(d.screenText(), "★") {
		t.Fatalf("reader from Bookmarks, status without ★:\n%s", d.screenText())
	}
	d.press(k.Bookmark)
	if d.m.mem.marks[seedSlug].Bookmarked || strings.Contains(d.screenText(), "★") {
		t.Fatal("m in the reader did not remove the bookmark")
	}
	d.press(d.m.keys.Global.Back)
	if s := d.screenText(); d.m.top() != bookmarksScreen || !strings.Contains(s, "No bookmarks yet") {
		t.Fatalf("Bookmarks after removing the only one:\n%s", s)
	}
	d.press(k.Bookmark) // nothing selected: nothing happens
}

func TestReadToEndMarksRead(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	r := d.m.keys.Reader
	d.press(r.PageDown)
	if d.m.mem.marks[seedSlug].Read {
		t.Fatal("read after one page")
	}
	d.press(r.Bottom, d.m.keys.Global.Back)
	if !d.m.mem.marks[seedSlug].Read || !strings.Contains(d.screenText(), "✓   Exosomes vs PRP") {
		t.Fatalf("not marked read at the end:\n%s", d.screenText())
	}
}

// A short article is read as soon as it is open: it fits on one screen.
func TestShortArticleReadOnOpen(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, fixtureLibrary(), 100, 40).openFiltered("bom")
	if !d.m.mem.marks["bom"].Read {
		t.Fatal("a one-screen article is not marked read")
	}
}

func TestUnreadOnly(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	k := d.m.keys.Marks
	d.openSeed().press(d.m.keys.Reader.Bottom, d.m.keys.Global.Back)
	d.press(d.m.keys.List.ClearFilter, k.Unread)
	if got := visibleSlugs(d.m.articles); !slices.Equal(got, []string{reviewSlug}) {
		t.Fatalf("unread only: %v", got)
	}
	if !strings.Contains(d.screenText(), "Articles · unread only · by date") {
		t.Errorf("title bar does not say unread only:\n%s", d.screenText())
	}
	// It applies to the narrowed lists too, and toggles back.
	d.press(d.m.keys.Global.Tags).filter("Exosomes").press(d.m.keys.List.Open)
	if got := visibleSlugs(d.m.narrowed); !slices.Equal(got, []string{reviewSlug}) {
		t.Fatalf("narrowed, unread only: %v", got)
	}
	d.press(k.Unread)
	if got := visibleSlugs(d.m.narrowed); len(got) != 2 || strings.Contains(d.screenText(), "unread only") {
		t.Fatalf("toggled back: %v\n%s", got, d.screenText())
	}
}

func TestSortCycles(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, fixtureLibrary(), 100, 40)
	o := d.m.keys.Marks.Sort
	for _, want := range []struct {
		label string
		order func(a, b string) bool // a listed before b
	}{
		{"by title", func(a, b string) bool { return strings.ToLower(a) <= strings.ToLower(b) }},
		{"by reading time", nil},
		{"by rating", nil},
		{"by date", nil},
	} {
		d.press(o)
		if !strings.Contains(d.screenText(), "Articles · "+want.label) {
			t.Fatalf("title bar lacks %q:\n%s", want.label, d.screenText())
		}
		slugs := visibleSlugs(d.m.articles)
		for i := 1; i < len(slugs); i++ {
			a, _ := d.m.lib.Article(slugs[i-1])
			b, _ := d.m.lib.Article(slugs[i])
			switch want.label {
			case "by title":
				if !want.order(a.Title, b.Title) {
					t.Errorf("by title: %q before %q", a.Title, b.Title)
				}
			case "by rating":
				ra, okA := library.RatingOnFive(a.Rating)
				rb, okB := library.RatingOnFive(b.Rating)
				if !okA && okB || okA && okB && ra < rb {
					t.Errorf("by rating: %q (%s) before %q (%s)", a.Title, a.Rating, b.Title, b.Rating)
				}
			case "by reading time":
				if a.ReadingMinutes > b.ReadingMinutes {
					t.Errorf("by time: %d min before %d min", a.ReadingMinutes, b.ReadingMinutes)
				}
			case "by date":
				if slugs[i-1] != d.m.lib.Articles[i-1].Slug {
					t.Errorf("by date: %v, want the library's order", slugs)
				}
			}
		}
	}
}

// Sorting keeps the selected article selected, and a filter applied.
func TestSortKeepsSelectionAndFilter(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, fixtureLibrary(), 100, 40)
	d.filter("o") // many match
	d.press(d.m.keys.List.Down)
	sel := d.m.articles.SelectedSlug()
	n := len(d.m.articles.List().Model().VisibleItems())
	d.press(d.m.keys.Marks.Sort)
	if got := d.m.articles.SelectedSlug(); got != sel || !d.m.filtered(articlesScreen) || len(d.m.articles.List().Model().VisibleItems()) != n {
		t.Fatalf("after o: selected %q (was %q), filtered %v, %d items (was %d)", got, sel, d.m.filtered(articlesScreen), len(d.m.articles.List().Model().VisibleItems()), n)
	}
}

// Each mark key acts only where it applies; elsewhere it is inert.
func TestMarkKeysWhereTheyApply(t *testing.T) {
	t.Parallel()
	keys := keymap.Default()
	for _, tc := range []struct {
		name  string
		setup func(d *driver)
		press key.Binding
		check func(d *driver) bool
	}{
		{"m on Tags does nothing", func(d *driver) { d.press(keys.Global.Tags) }, keys.Marks.Bookmark,
			func(d *driver) bool { return len(d.m.mem.marks) == 0 && d.m.top() == tagsScreen }},
		{"u on Tags does nothing", func(d *driver) { d.press(keys.Global.Tags) }, keys.Marks.Unread,
			func(d *driver) bool { return !d.m.mem.unread }},
		{"o in the reader does nothing", func(d *driver) { d.openSeed() }, keys.Marks.Sort,
			func(d *driver) bool { return d.m.mem.sort == lists.ByDate && d.m.top() == readerScreen }},
		{"m typed in a filter is text", func(d *driver) { d.press(keys.List.Filter) }, keys.Marks.Bookmark,
			func(d *driver) bool {
				return len(d.m.mem.marks) == 0 && d.m.articles.List().Model().FilterValue() == "m"
			}},
		{"! typed in a filter is text", func(d *driver) { d.press(keys.List.Filter) }, keys.Marks.Problems,
			func(d *driver) bool { return d.m.top() == articlesScreen }},
		{"! on help does nothing", func(d *driver) { d.press(keys.Global.Help) }, keys.Marks.Problems,
			func(d *driver) bool { return d.m.top() == helpScreen }},
		{"! in the reader opens Problems", func(d *driver) { d.openSeed() }, keys.Marks.Problems,
			func(d *driver) bool {
				return d.m.top() == problemsScreen && d.m.stack[len(d.m.stack)-2] == readerScreen
			}},
		{"4 in the reader does nothing", func(d *driver) { d.openSeed() }, keys.Marks.Bookmarks,
			func(d *driver) bool { return d.m.top() == readerScreen }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 80, 24)
			tc.setup(d)
			d.press(tc.press)
			if !tc.check(d) {
				t.Fatalf("stack %v:\n%s", d.m.stack, d.screenText())
			}
		})
	}
}

// Every mark key is in the help of the screens it works on.
func TestMarkKeysInHelp(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, fixtureLibrary(), 100, 40)
	d.press(d.m.keys.Global.Help)
	s := d.screenText()
	for _, want := range []string{"m  bookmark", "u  unread only", "o  sort", "problems"} {
		if !strings.Contains(s, want) {
			t.Errorf("Articles help lacks %q:\n%s", want, s)
		}
	}
	if !regexp.MustCompile(`3 +categories +4 +bookmarks`).MatchString(strings.Join(strings.Fields(s), " ")) &&
		!regexp.MustCompile(`(?s)3 +categories.*\n.*4 +bookmarks`).MatchString(s) {
		t.Errorf("4 is not beside the other tabs:\n%s", s)
	}
	d.press(d.m.keys.Global.Back)
	if foot := lastLine(d.screenText()); !strings.HasPrefix(strings.TrimSpace(foot), "! 6 problems") {
		t.Errorf("footer does not start with the problem count: %q", foot)
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// The new screens fit every window, built at its size or resized into it.
func TestMarkScreensFit(t *testing.T) {
	t.Parallel()
	k := keymap.Default()
	screens := map[string]func(d *driver){
		"bookmarks":       func(d *driver) { d.press(k.Marks.Bookmark, k.Marks.Bookmarks) },
		"bookmarks-empty": func(d *driver) { d.press(k.Marks.Bookmarks) },
		"problems":        func(d *driver) { d.press(k.Marks.Problems) },
		"problems-filter": func(d *driver) { d.press(k.Marks.Problems, k.List.Filter).typeText("utf") },
		"unread-by-time":  func(d *driver) { d.press(k.Marks.Unread, k.Marks.Sort, k.Marks.Sort) },
		"reader-marked":   func(d *driver) { d.openFiltered("dup/good").press(k.Marks.Bookmark) },
		"help-articles":   func(d *driver) { d.press(k.Global.Help) },
	}
	sizes := [][2]int{{20, 5}, {80, 24}, {300, 60}, {1, 1}, {10, 3}, {35, 9}}
	for name, setup := range screens {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			d := newLibDriver(t, fixtureLibrary(), 80, 24)
			setup(d)
			for _, s := range sizes {
				d.send(windowSize(s))
				checkFits(t, fmt.Sprintf("%s at %dx%d", name, s[0], s[1]), d.m.View(), s[0], s[1])
			}
			for _, s := range sizes {
				b := newLibDriver(t, fixtureLibrary(), s[0], s[1])
				setup(b)
				checkFits(t, fmt.Sprintf("%s built at %dx%d", name, s[0], s[1]), b.m.View(), s[0], s[1])
			}
		})
	}
}

// Taking away the bookmark of the last article on Bookmarks leaves the
// selection on the new last one, whether or not a filter is applied (a
// filtered list gets its new items from a command).
func TestUnbookmarkKeepsPlace(t *testing.T) {
	t.Parallel()
	for _, filter := range []string{"", "note"} {
		fsys := fstest.MapFS{}
		for i, name := range []string{"alpha", "beta", "gamma", "delta"} {
			fsys[name+".md"] = &fstest.MapFile{Data: []byte(fmt.Sprintf("---\ntitle: Note %s\ndate: 2024-01-0%d\n---\nText.\n", name, 4-i))}
		}
		d := newLibDriver(t, library.Load(library.Options{}, library.Source{FS: fsys}), 80, 40)
		k := d.m.keys
		for range 4 {
			d.press(k.Marks.Bookmark, k.List.Down)
		}
		d.press(k.Marks.Bookmarks)
		if filter != "" {
			d.filter(filter)
		}
		before := visibleSlugs(d.m.bookmarks)
		d.press(k.List.Bottom)
		if len(before) != 4 || d.m.bookmarks.SelectedSlug() != before[3] {
			t.Fatalf("filter %q: %v, %q selected", filter, before, d.m.bookmarks.SelectedSlug())
		}
		d.press(k.Marks.Bookmark)
		want := before[:3]
		if got := visibleSlugs(d.m.bookmarks); !slices.Equal(got, want) {
			t.Fatalf("filter %q: Bookmarks shows %v, want %v", filter, got, want)
		}
		if got := d.m.bookmarks.SelectedSlug(); got != before[2] {
			t.Errorf("filter %q: after the bookmark went, %q is selected, want %q", filter, got, before[2])
		}
	}
}
