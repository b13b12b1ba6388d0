package ui

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/folio-reader/folio/library"
)

// reviewFiles are reviews in the shapes folio reads, and one article
// that reviews nothing.
var reviewFiles = map[string]string{
	"aero-v9-review.md": "---\ntitle: \"Aero V9 Review\"\ndate: 2026-03-02\nproduct:\n  name: Aero V9\n  brand: Aero\n  price: 649.99\n" +
		"rating:\n  overall: 4.7\n  suction: 5\n  noise: 3.9\npros: [Light, Strong suction]\ncons: [Expensive, Small bin]\n" +
		"verdict: The best cordless vacuum we tested.\nalternatives:\n  - {name: Breeze S5, slug: breeze-s5-review}\n---\n\n## How we tested\n\nThree homes.\n",
	"breeze-s5-review.md": "---\ntitle: Breeze S5 Review\ndate: 2026-02-10\nproduct: Breeze S5\nrating: 4.3\n---\n\n" +
		"## Pros\n\n- Cheap\n\n## Cons\n\n- Loud\n\n## Verdict\n\nA second vacuum for the stairs.\n",
	"aero-v9-second-opinion.md": "---\ntitle: Six Months with the Aero V9\ndate: 2026-05-20\n---\n\n**Product:** Aero V9\n**Our rating: 9/10**\n\nDaily use.\n",
	"kettle.md":                 "---\ntitle: Quiet Kettle Review\ndate: 2026-01-05\n---\n\nRating: ★★★☆☆\n\nIt boils.\n",
	"not-a-review.md":           "---\ntitle: How to Empty a Vacuum Bin\ndate: 2026-01-20\n---\n\nIn our rating of chores, this one is the easiest.\n",
}

func reviewLibrary(t testing.TB) *library.Library {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range reviewFiles {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	lib := library.Load(library.Options{}, library.Source{FS: fsys, Name: "reviews"})
	if len(lib.Problems) > 0 {
		t.Fatalf("problems: %v", lib.Problems)
	}
	return lib
}

// The Products tab lists each product once, with the mean rating of its
// reviews; enter lists those reviews, and enter opens one.
func TestProductsTab(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, reviewLibrary(t), 80, 24)
	d.press(d.m.keys.Reviews.Products)
	if d.m.top() != productsScreen {
		t.Fatalf("top %v, want Products", d.m.top())
	}
	s := d.screenText()
	for _, want := range []string{"6 Products", "Aero V9  ★ 4.6 · 2 reviews", "Breeze S5  ★ 4.3 · 1 review", "Quiet Kettle"} {
		if !strings.Contains(s, want) {
			t.Errorf("Products lacks %q:\n%s", want, s)
		}
	}
	d.press(d.m.keys.List.Open)
	if d.m.top() != narrowedScreen || !strings.Contains(d.screenText(), "Reviews · Aero V9") || len(visibleSlugs(d.m.narrowed)) != 2 {
		t.Fatalf("Aero V9's reviews: top %v\n%s", d.m.top(), d.screenText())
	}
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen {
		t.Fatalf("enter on a review: top %v", d.m.top())
	}
}

// x marks articles to compare (◆ before the title, a count in the
// title bar), c compares them side by side, x again takes a mark away.
func TestCompareMarked(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, reviewLibrary(t), 100, 40)
	r := d.m.keys.Reviews
	d.press(r.Compare)
	if d.m.top() != articlesScreen || !strings.Contains(d.screenText(), "mark two articles or more") {
		t.Fatalf("c with nothing marked:\n%s", d.screenText())
	}
	d.filter("aero v9 review").press(r.Mark).press(d.m.keys.Global.Back)
	d.filter("breeze").press(r.Mark).press(d.m.keys.Global.Back)
	if s := d.screenText(); !strings.Contains(s, "◆ Aero V9 Review") || !strings.Contains(s, "◆ Breeze S5 Review") {
		t.Fatalf("marks not shown:\n%s", s)
	}
	d.press(r.Compare)
	if d.m.top() != compareScreen {
		t.Fatalf("top %v, want Compare", d.m.top())
	}
	s := d.screenText()
	for _, want := range []string{"Compare  2 reviews", "Aero V9 Review", "Breeze S5 Review", "★ 4.7/5", "★ 4.3/5", "Small bin", "Loud", "suction", "A second vacuum"} {
		if !strings.Contains(s, want) {
			t.Errorf("compare lacks %q:\n%s", want, s)
		}
	}
	d.press(d.m.keys.Global.Back).filter("breeze").press(r.Mark).press(d.m.keys.Global.Back).press(r.Compare)
	if d.m.top() == compareScreen || strings.Contains(d.screenText(), "◆ Breeze") {
		t.Fatalf("one mark left, yet:\n%s", d.screenText())
	}
}

// * shows only the articles rated at least 3, 4, 4.5 stars on five, then
// all again, and says so in the title.
func TestMinRatingCycles(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, reviewLibrary(t), 100, 40)
	for _, step := range []struct {
		label string
		n     int
	}{{"★ 3+", 4}, {"★ 4+", 3}, {"★ 4.5+", 2}, {"by date", 5}} {
		d.press(d.m.keys.Reviews.MinRating)
		if got := len(visibleSlugs(d.m.articles)); got != step.n || !strings.Contains(d.screenText(), "Articles · "+step.label) {
			t.Fatalf("%s: %d articles, want %d\n%s", step.label, got, step.n, d.screenText())
		}
	}
}

// p shows the review card over the article; enter on an alternative
// the library reviews opens it. An article with no review says so.
func TestReviewCardOverlay(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, reviewLibrary(t), 100, 40).openSlug("aero-v9-review")
	if !strings.Contains(d.screenText(), "★ 4.7") {
		t.Errorf("no rating in the reader's header:\n%s", d.screenText())
	}
	d.press(d.m.keys.Reader.Review)
	if !d.onOverlay("Review") {
		t.Fatalf("top %v, want the review card", d.m.top())
	}
	s := d.screenText()
	for _, want := range []string{"Aero V9", "Price 649.99", "★ 4.7/5", "suction", "noise", "+ Light", "− Small bin", "The best cordless vacuum", "› Breeze S5 · ★ 4.3/5"} {
		if !strings.Contains(s, want) {
			t.Errorf("card lacks %q:\n%s", want, s)
		}
	}
	d.press(d.m.keys.List.Down) // the card fits: down chooses the alternative
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != "breeze-s5-review" {
		t.Fatalf("enter on Breeze S5: top %v", d.m.top())
	}
	d.press(d.m.keys.Global.Back).openSlug("not-a-review").press(d.m.keys.Reader.Review)
	if d.m.top() != readerScreen || !strings.Contains(d.screenText(), "no review here") {
		t.Fatalf("p on no review:\n%s", d.screenText())
	}
	d.press(d.m.keys.Reader.Verdict)
	if !strings.Contains(d.screenText(), "no review here, so no verdict") {
		t.Fatalf("v on no review:\n%s", d.screenText())
	}
}

// v puts the verdict's heading on the reader's first line, from the
// first screen on; a verdict with no heading of its own is on the card.
func TestVerdictJump(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24)
	d.filter("medicube").press(d.m.keys.List.Open)
	a := d.m.reader.Article()
	want := -1
	for i, h := range a.Headings {
		if strings.HasPrefix(h.Text, "The Verdict") {
			want = i
		}
	}
	if want < 0 {
		t.Fatal("no Verdict heading in the bundled review")
	}
	d.press(d.m.keys.Reader.Verdict)
	if err := d.headingOnTop(want); err != nil {
		t.Fatal(err)
	}
	e := newLibDriver(t, reviewLibrary(t), 100, 40).openSlug("aero-v9-review").press(d.m.keys.Reader.Verdict)
	if !strings.Contains(e.screenText(), "the verdict has no heading of its own: p shows it") {
		t.Fatalf("v on a frontmatter verdict:\n%s", e.screenText())
	}
}

// The review keys are in the help of the screens they act on.
func TestReviewKeysInHelp(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, reviewLibrary(t), 120, 60)
	d.press(d.m.keys.Global.Help)
	s := d.screenText()
	for _, want := range []string{"6", "products", "x", "mark to compare", "c", "compare marked", "*", "min rating"} {
		if !strings.Contains(s, want) {
			t.Errorf("the lists' help lacks %q", want)
		}
	}
	d.press(d.m.keys.Global.Back).openSlug("aero-v9-review").press(d.m.keys.Global.Help)
	s = d.screenText()
	for _, want := range []string{"review card", "verdict", "mark to compare"} {
		if !strings.Contains(s, want) {
			t.Errorf("the reader's help lacks %q:\n%s", want, s)
		}
	}
}
