package ui

import (
	"fmt"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
)

// twoArticles is a library of two articles that link to each other,
// each long enough to scroll.
func twoArticles(t testing.TB) *library.Library {
	t.Helper()
	para := func(word string, n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "%s paragraph %d says little, at some length, so the article scrolls.\n\n", word, i)
		}
		return b.String()
	}
	alpha := "---\ntitle: Alpha Guide\ndate: 2024-02-01\ntags: [shared, alpha]\n---\n" +
		"# Alpha intro\n\n" + para("Alpha", 8) +
		"## Alpha middle\n\nRead [the beta article](beta.md) or [beta's ending](/blog/beta#beta-end).\n\n" + para("Middle", 8) +
		"## Alpha end\n\n" + para("Closing", 4)
	beta := "---\ntitle: Beta Notes\ndate: 2024-01-01\ntags: [shared]\n---\n" +
		"# Beta start\n\nBack to [the alpha guide](alpha.md). Skip to [the end](#beta-end). " +
		"A [lost page](/blog/nowhere), [a web page](https://example.com/page) and ![a picture](/img/p.png).\n\n" +
		para("Beta", 12) + "## Beta end\n\nThe last words of beta.\n"
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{
		"alpha.md": {Data: []byte(alpha)},
		"beta.md":  {Data: []byte(beta)},
	}})
	if len(lib.Articles) != 2 || len(lib.Problems) > 0 {
		t.Fatalf("fixture library: %d articles, problems %v", len(lib.Articles), lib.Problems)
	}
	return lib
}

// newLibDriver drives the TUI over a given library; library searches
// start at once.
func newLibDriver(t testing.TB, lib *library.Library, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(lib, testOptions)}
	d.m.nav.searchDelay = time.Millisecond
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// quick makes the library search start without waiting.
func (d *driver) quick() *driver {
	d.m.nav.searchDelay = time.Millisecond
	return d
}

// openSlug opens an article from the Articles list.
func (d *driver) openSlug(slug string) *driver {
	d.t.Helper()
	for d.m.articles.SelectedSlug() != slug {
		i := d.m.articles.List().Model().Index()
		d.press(d.m.keys.List.Down)
		if d.m.articles.List().Model().Index() == i {
			d.t.Fatalf("no article %q in the list", slug)
		}
	}
	d.press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != slug || !d.m.reader.Shown().Rendered {
		d.t.Fatalf("reader did not open %s (top %v)", slug, d.m.top())
	}
	return d
}

// chooseLink opens the links list and follows the link with the text.
func (d *driver) chooseLink(text string) *driver {
	d.t.Helper()
	d.press(d.m.keys.Nav.Links)
	if d.m.top() != linksScreen {
		d.t.Fatalf("l opened %v, want the links", d.m.top())
	}
	for {
		if d.linkText() == text {
			break
		}
		i := d.m.nav.links.List().Model().Index()
		d.press(d.m.keys.List.Down)
		if d.m.nav.links.List().Model().Index() == i {
			d.t.Fatalf("no link %q", text)
		}
	}
	return d.press(d.m.keys.List.Open)
}

// topHeading is the heading whose section is at the reader's top line.
func (d *driver) topHeading() string {
	h := d.m.reader.CurrentHeading()
	if h < 0 {
		return ""
	}
	return d.m.reader.Article().Headings[h].Text
}

// foldedView is the reader's visible text, lines joined, spaces folded,
// lower-cased: a phrase broken across lines still reads as one.
func (d *driver) foldedView() string {
	return strings.ToLower(strings.Join(strings.Fields(plainJoin(d.viewportLines())), " "))
}

func plainJoin(lines []string) string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = ansi.Strip(l)
	}
	return strings.Join(out, " ")
}

// linkText is the text of the link under the links list's cursor, as
// the list shows it.
func (d *driver) linkText() string {
	l, _ := d.m.nav.links.SelectedLink()
	if t := strings.TrimSpace(l.Text); t != "" {
		return t
	}
	return l.URL
}
