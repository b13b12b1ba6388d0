package ui

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/muesli/termenv"
)

// synthArticles parses generated articles from..to-1, as a load reads them.
func synthArticles(t testing.TB, from, to int) []*library.Article {
	t.Helper()
	var out []*library.Article
	for i := from; i < to; i++ {
		a, _, err := library.Parse(fmt.Sprintf("lib/post-%03d.md", i), []byte(synth.Article(i, 1500)))
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, a)
	}
	return out
}

// batch is a load's message for articles read: sorted, with their items.
func batch(arts []*library.Article) loadedMsg {
	arts = slices.Clone(arts)
	slices.SortFunc(arts, newestFirst)
	return loadedMsg{arts: arts} // the model makes the rows
}

// finished is a load's last message: the whole library, built from
// copies, as LoadStream's holds values of its own.
func finished(arts ...[]*library.Article) loadedMsg {
	var all []*library.Article
	for _, as := range arts {
		for _, a := range as {
			c := *a
			all = append(all, &c)
		}
	}
	lib := library.New(all)
	return loadedMsg{done: &loadDone{lib: lib}}
}

func loadingDriver(t *testing.T) *driver {
	t.Helper()
	opts := testOptions
	opts.Load = func(func(*library.Article)) *library.Library { panic("the test sends the batches") }
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	return d
}

func slugsOf(items []list.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, lists.ArticleKey(it))
	}
	return out
}

// While the library loads, the list grows newest first under a title
// that counts it, the selection stays on its article, and a filter
// being typed takes in the new articles.
func TestLoadingListUsable(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	if s := d.screenText(); !strings.Contains(s, "Loading… 2 articles") {
		t.Fatalf("first frame does not say the library is loading:\n%s", s)
	}
	first, second, third := synthArticles(t, 0, 30), synthArticles(t, 30, 60), synthArticles(t, 60, 90)
	d.send(batch(first))
	if s := d.screenText(); !strings.Contains(s, "Loading… 32 articles") {
		t.Fatalf("after a batch:\n%s", s)
	}
	want := append(slices.Clone(d.m.lib.Articles), first...)
	slices.SortFunc(want, newestFirst)
	var wantSlugs []string
	for _, a := range want {
		wantSlugs = append(wantSlugs, a.Slug)
	}
	if got := slugsOf(d.m.articles.List().Model().Items()); !slices.Equal(got, wantSlugs) {
		t.Fatalf("list is not newest first:\n%v\nwant\n%v", got, wantSlugs)
	}

	k := d.m.keys.List
	d.press(k.Down, k.Down, k.Down)
	sel := d.m.articles.SelectedSlug()
	d.send(batch(second))
	if got := d.m.articles.SelectedSlug(); got != sel {
		t.Fatalf("selection moved from %s to %s when a batch came", sel, got)
	}
	if n := len(d.m.articles.List().Model().Items()); n != 62 {
		t.Fatalf("%d articles listed, want 62", n)
	}

	// a filter being typed: the next batch's matches join it
	d.press(k.Filter).typeText("microneedling")
	before := len(d.m.articles.List().Model().VisibleItems())
	d.send(batch(third))
	if !d.m.articles.List().Filtering() || d.m.articles.List().Model().FilterValue() != "microneedling" {
		t.Fatal("the batch changed the filter being typed")
	}
	after := d.m.articles.List().Model().VisibleItems()
	if len(after) <= before {
		t.Fatalf("filter matches %d articles after the batch, %d before", len(after), before)
	}
	for _, it := range after {
		if !strings.Contains(strings.ToLower(it.FilterValue()), "microneedling") {
			t.Fatalf("%s does not match the filter", lists.ArticleKey(it))
		}
	}
}

// When loading ends, the whole library replaces the partial one: the
// count is the library's, the tags are counted, and the filter and the
// selected article stay.
func TestLoadingFinishKeepsFilterAndSelection(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	arts := synthArticles(t, 0, 40)
	d.send(batch(arts))
	k := d.m.keys.List
	d.filter("acne").press(k.Down)
	sel := d.m.articles.SelectedSlug()
	if sel == "" || !d.m.articles.List().Filtered() {
		t.Fatal("no filtered selection")
	}
	d.send(finished(bundled(t).Articles, arts))
	if d.m.load != nil || len(d.m.lib.Articles) != 42 {
		t.Fatalf("the library is not in: %d articles", len(d.m.lib.Articles))
	}
	if !d.m.articles.List().Filtered() || d.m.articles.List().Model().FilterValue() != "acne" {
		t.Fatal("the filter was lost")
	}
	if got := d.m.articles.SelectedSlug(); got != sel {
		t.Fatalf("selection moved from %s to %s", sel, got)
	}
	if s := d.screenText(); strings.Contains(s, "Loading") {
		t.Fatalf("still says loading:\n%s", s)
	}
	d.press(k.ClearFilter)
	if s := d.screenText(); !strings.Contains(s, "42 articles") {
		t.Fatalf("no count of the whole library:\n%s", s)
	}
	d.press(d.m.keys.Global.Tags)
	if s := d.screenText(); !strings.Contains(s, "Acne") || strings.Contains(s, "loading") {
		t.Fatalf("tags are not the whole library's:\n%s", s)
	}
}

// An article listed while loading opens; a tag narrowed while loading
// lists what has loaded, then all its articles once loading ends.
func TestLoadingOpenAndNarrow(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	first, rest := synthArticles(t, 0, 24), synthArticles(t, 24, 48)
	d.send(batch(first))
	d.filter(first[5].Title).press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != first[5].Slug || !d.m.reader.Shown().Rendered {
		t.Fatalf("did not open %s while loading (top %v)", first[5].Slug, d.m.top())
	}
	d.press(d.m.keys.Global.Back, d.m.keys.Global.Back, d.m.keys.Global.Tags)
	d.send(common.NarrowMsg{Kind: common.TagTerm, Name: "Acne"})
	n := len(d.m.narrowed.List().Model().Items())
	if d.m.top() != narrowedScreen || n == 0 {
		t.Fatalf("narrowing while loading: top %v, %d articles", d.m.top(), n)
	}
	d.send(batch(rest), finished(bundled(t).Articles, first, rest))
	if got, want := len(d.m.narrowed.List().Model().Items()), len(d.m.lib.WithTag("Acne")); got != want || got <= n {
		t.Fatalf("narrowed list has %d articles after loading, the library %d (before %d)", got, want, n)
	}
}

// The whole program: the bundled articles are on screen while a folder
// loads, and then all of it, counted.
func TestLoadingProgram(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{}
	for i := range 60 {
		fsys[fmt.Sprintf("d/post-%02d.md", i)] = &fstest.MapFile{Data: []byte(synth.Article(i, 1500))}
	}
	release := make(chan struct{})
	var once sync.Once
	load := func(seen func(*library.Article)) *library.Library {
		n := 0
		var mu sync.Mutex
		return library.LoadStream(library.Options{}, func(a *library.Article) {
			seen(a)
			mu.Lock()
			n++
			hold := n == 20
			mu.Unlock()
			if hold {
				<-release // the rest waits until the partial list has been seen
			}
		}, library.Source{FS: articles.FS, Name: "bundled"}, library.Source{FS: fsys, Name: "lib"})
	}
	opts := testOptions
	opts.Load = load
	tm := teatest.NewTestModel(t, New(bundled(t), opts), teatest.WithInitialTermSize(100, 30))
	defer once.Do(func() { close(release) })
	waitFor(t, tm, "Loading…")
	tm.Send(keyMsg(t, "down"))
	once.Do(func() { close(release) })
	waitFor(t, tm, "62 articles")
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	if final.load != nil || len(final.Library().Articles) != 62 {
		t.Fatalf("final library has %d articles (loading %v)", len(final.Library().Articles), final.load != nil)
	}
}

// While the library loads, the partial list is shown as the whole one
// will be: with its marks, in the chosen order, and a bookmark made
// meanwhile keeps every article listed so far.
func TestLoadingListShowsMarksAndOrder(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	k := d.m.keys.Marks
	if got := d.m.articles.SelectedSlug(); got != seedSlug {
		t.Fatalf("first selected %q", got)
	}
	d.press(k.Bookmark)
	flags := func(slug string) string {
		for _, it := range d.m.articles.List().Model().Items() {
			if it := it.(lists.ArticleItem); it.Slug == slug {
				return it.Row().Flags
			}
		}
		t.Fatalf("%s is not listed", slug)
		return ""
	}
	d.send(batch(synthArticles(t, 0, 30)))
	if f := flags(seedSlug); !strings.Contains(f, "★") || !strings.Contains(f, "•") {
		t.Fatalf("after a batch the bookmarked article shows %q", f)
	}
	d.press(k.Sort) // by title
	d.send(batch(synthArticles(t, 30, 60)))
	items := d.m.articles.List().Model().Items()
	if len(items) != 62 {
		t.Fatalf("%d articles listed, want 62", len(items))
	}
	if !slices.IsSortedFunc(items, func(a, b list.Item) int {
		return strings.Compare(strings.ToLower(a.(lists.ArticleItem).Title), strings.ToLower(b.(lists.ArticleItem).Title))
	}) {
		t.Fatalf("the batch is not listed by title: %v", slugsOf(items))
	}
	d.press(k.Bookmark)
	if n := len(d.m.articles.List().Model().Items()); n != 62 {
		t.Fatalf("a bookmark while loading left %d articles listed, want 62", n)
	}
}

// startDriver is a run of folio asked to open slug at start while the
// library loads in the background; the test sends the batches.
func startDriver(t *testing.T, slug string) *driver {
	t.Helper()
	opts := testOptions
	opts.Load = func(func(*library.Article)) *library.Library { panic("the test sends the batches") }
	opts.Open = slug
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30}, common.OpenArticleMsg{Slug: slug}) // as Init asks
	return d
}

// An article named at start that is not read yet (a slug inside --dir)
// opens when the batch holding it arrives, selected in the list below.
func TestOpenAtStartWaitsForItsBatch(t *testing.T) {
	t.Parallel()
	arts := synthArticles(t, 0, 30)
	want := arts[17].Slug
	d := startDriver(t, want)
	if d.m.top() != articlesScreen {
		t.Fatalf("top %v before the article was read", d.m.top())
	}
	d.send(batch(arts[:10]))
	if d.m.top() != articlesScreen {
		t.Fatalf("top %v before the batch holding the article", d.m.top())
	}
	d.send(batch(arts[10:]))
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != want || !d.m.reader.Shown().Rendered {
		t.Fatalf("the batch holding %s did not open it (top %v)", want, d.m.top())
	}
	d.send(finished(d.m.lib.Articles, arts))
	d.press(d.m.keys.Global.Back)
	if got := d.m.articles.SelectedSlug(); got != want {
		t.Errorf("back from the reader on %q, want the article opened", got)
	}
}

// A screen opened while waiting is left alone when the article arrives.
func TestOpenAtStartYieldsToAScreenOpened(t *testing.T) {
	t.Parallel()
	arts := synthArticles(t, 0, 10)
	d := startDriver(t, arts[5].Slug)
	d.press(d.m.keys.List.Open)
	opened := d.m.reader.Article().Slug
	d.send(batch(arts))
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != opened {
		t.Fatalf("the article arriving replaced the one opened meanwhile (top %v)", d.m.top())
	}
}

// A load that ends without the article says so.
func TestOpenAtStartMissingSaysSo(t *testing.T) {
	t.Parallel()
	arts := synthArticles(t, 0, 10)
	d := startDriver(t, "no-such-article")
	d.send(batch(arts))
	next, _ := d.m.Update(finished(d.m.lib.Articles, arts)) // its command only clears the note, seconds later
	d.m = next.(Model)
	if s := d.screenText(); d.m.top() != articlesScreen || !strings.Contains(s, "No article “no-such-article” in the library") {
		t.Fatalf("top %v:\n%s", d.m.top(), s)
	}
}

// The Categories and Tags tabs open on their first row after the whole
// library replaces the first articles, not on the page holding the term
// that was first among few (issue 22: Categories opened on a later page).
func TestTermTabsOpenOnTheirFirstPage(t *testing.T) {
	t.Parallel()
	var arts []*library.Article
	for i := range 40 {
		src := fmt.Sprintf("---\ntitle: Post %d\ndate: 2025-01-01\ncategories: [Alpha Cat %02d]\ntags: [Alpha Tag %02d]\n---\nBody.\n", i, i, i)
		a, _, err := library.Parse(fmt.Sprintf("lib/p%02d.md", i), []byte(src))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	d := loadingDriver(t)
	d.press(d.m.keys.Global.Categories) // touched: a key came before the load ended
	d.send(batch(arts), finished(d.m.lib.Articles, arts))
	if len(d.m.lib.Categories()) < 40 || len(d.m.lib.Tags()) < 40 {
		t.Fatal("the whole library's terms do not fill a page")
	}
	for _, tab := range []struct {
		key   key.Binding
		first string
	}{{d.m.keys.Global.Categories, d.m.lib.Categories()[0].Name}, {d.m.keys.Global.Tags, d.m.lib.Tags()[0].Name}} {
		d.press(tab.key)
		l := d.m.list(d.m.top())
		if it := l.Selected(); l.Model().Paginator.Page != 0 || it == nil || it.FilterValue() != tab.first {
			t.Errorf("%v opens on page %d at %v, want the first row, %s", d.m.top(), l.Model().Paginator.Page+1, it, tab.first)
		}
	}
}

// The titles' spinner is drawn as a spinner, not as its colour codes
// made safe (issue 22: "␛[38;5;133m⠹␛[0m Loading… 2 articles").
func TestLoadingSpinnerDrawnAsSpinner(t *testing.T) {
	t.Parallel()
	d := loadingDriver(t)
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(termenv.ANSI256)
	d.m.load.spin.Style = r.NewStyle().Foreground(lipgloss.Color("133"))
	if !strings.Contains(d.m.load.spin.View(), "\x1b[") {
		t.Fatal("the test's spinner style draws no colour")
	}
	d.m.loadTitles()
	s := d.screenText()
	if strings.Contains(s, "␛") || !strings.Contains(s, d.m.load.spin.Spinner.Frames[0]+" Loading… 2 articles") {
		t.Fatalf("the Articles title:\n%s", s)
	}
}

// newestFirst orders articles as a Library lists them.
func newestFirst(a, b *library.Article) int {
	return library.NewestFirstKey(a).Compare(library.NewestFirstKey(b))
}
