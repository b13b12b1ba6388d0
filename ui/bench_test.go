package ui

import (
	"fmt"
	"slices"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
	"github.com/muesli/termenv"
)

// bigLibrary is n synthetic articles with varied titles, tags and authors.
func bigLibrary(n int) *library.Library {
	words := []string{"exosome", "peptide", "retinol", "collagen", "laser", "serum", "barrier", "microneedling", "sunscreen", "niacinamide"}
	arts := make([]*library.Article, n)
	for i := range arts {
		w := func(k int) string { return words[(i/k)%len(words)] }
		arts[i] = &library.Article{
			Slug:           fmt.Sprintf("article-%05d", i),
			Path:           fmt.Sprintf("lib/article-%05d.md", i),
			Title:          fmt.Sprintf("The %s and %s guide, part %d", w(1), w(7), i),
			Date:           time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%2000),
			Tags:           []string{w(3), w(11)},
			Categories:     []string{w(13)},
			Author:         fmt.Sprintf("Author %d", i%97),
			ReadingMinutes: 3 + i%12,
		}
	}
	return library.New(arts)
}

// BenchmarkKeystroke10k is one typed filter character at 10,000 articles:
// the update, the filter it starts, its result, and the next frame.
func BenchmarkKeystroke10k(b *testing.B) {
	d := &driver{t: b, m: New(bigLibrary(10000), testOptions)}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press(d.m.keys.List.Filter).typeText("retino")
	back := tea.KeyMsg{Type: tea.KeyBackspace}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if i%2 == 0 {
			d.typeText("l")
		} else {
			d.send(back)
		}
		_ = d.m.View()
	}
}

// Browsing a 10,000-article list: one cursor move and the next frame.
func BenchmarkCursor10k(b *testing.B) {
	d := &driver{t: b, m: New(bigLibrary(10000), testOptions)}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	down := d.m.keys.List.Down
	b.ResetTimer()
	for b.Loop() {
		d.press(down)
		_ = d.m.View()
	}
}

// Building the Articles screen over 10,000 articles, as at launch or
// when a background load finishes.
func BenchmarkNew10k(b *testing.B) {
	lib := bigLibrary(10000)
	b.ResetTimer()
	for b.Loop() {
		m := New(lib, testOptions)
		m.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	}
}

// benchReaderLibrary is the bundled articles and a 200 KB generated one.
func benchReaderLibrary(b *testing.B) (*library.Library, []string) {
	b.Helper()
	lib := library.Load(library.Options{}, library.Source{FS: articles.FS}, library.Source{FS: fstest.MapFS{
		"big.md": {Data: []byte(synth.Article(0, 200<<10))},
	}})
	big := lib.Articles[len(lib.Articles)-1].Slug
	for _, a := range lib.Articles {
		if len(a.Body) > 100<<10 {
			big = a.Slug
		}
	}
	return lib, []string{seedSlug, big}
}

// BenchmarkOpenFirstScreen is Enter on an article to the frame showing
// its first screen: the root's Update, the preview's command, the
// preview shown, and View, without the render of the whole document
// that the preview starts.
func BenchmarkOpenFirstScreen(b *testing.B) {
	lib, slugs := benchReaderLibrary(b)
	for _, slug := range slugs {
		a, _ := lib.Article(slug)
		b.Run(fmt.Sprintf("%dKB", len(a.Body)>>10), func(b *testing.B) {
			d := &driver{t: b, m: New(lib, Options{Style: "dark", Color: true, Profile: termenv.TrueColor})}
			d.m.update(tea.WindowSizeMsg{Width: 100, Height: 40})
			for b.Loop() {
				for _, msg := range d.run(d.m.update(common.OpenArticleMsg{Slug: slug})) {
					d.m.update(msg) // the preview; the render it starts is not run
				}
				if !d.m.reader.Shown().Previewing {
					b.Fatal("no preview")
				}
				_ = d.m.View()
				d.m.pop()
			}
		})
	}
}

// BenchmarkOpenWhole is Enter to the whole document on screen: the
// preview, then the background render on every processor.
func BenchmarkOpenWhole(b *testing.B) {
	lib, slugs := benchReaderLibrary(b)
	for _, slug := range slugs {
		a, _ := lib.Article(slug)
		b.Run(fmt.Sprintf("%dKB", len(a.Body)>>10), func(b *testing.B) {
			d := &driver{t: b, m: New(lib, Options{Style: "dark", Color: true, Profile: termenv.TrueColor})}
			d.send(tea.WindowSizeMsg{Width: 100, Height: 40})
			for b.Loop() {
				d.m.cache = reader.NewCache()
				d.send(common.OpenArticleMsg{Slug: slug})
				if !d.m.reader.Shown().Rendered {
					b.Fatal("no document")
				}
				_ = d.m.View()
				d.m.pop()
			}
		})
	}
}

// BenchmarkFirstFrame is launch to the first frame of the Articles list,
// after the process has started: reading the bundled articles, building
// the model, and its first View at the window's size.
func BenchmarkFirstFrame(b *testing.B) {
	for b.Loop() {
		lib := library.Load(library.Options{}, library.Source{FS: articles.FS, Name: "bundled"})
		m := New(lib, Options{Style: "dark", Color: true, Profile: termenv.TrueColor, Load: func(func(*library.Article)) *library.Library { return lib }})
		m.update(tea.WindowSizeMsg{Width: 100, Height: 30})
		_ = m.View()
	}
}

// BenchmarkLoadBatches10k is the update loop's share of a background
// load of 10,000 articles: ten batches merged into the list, each with
// its frame, then the whole library swapped in, and its frame.
func BenchmarkLoadBatches10k(b *testing.B) {
	lib := bigLibrary(10000)
	var batches []loadedMsg
	for i := 0; i < len(lib.Articles); i += 1000 {
		arts := slices.Clone(lib.Articles[i : i+1000])
		batches = append(batches, loadedMsg{arts: arts, items: lists.ArticleItems(arts, nil), keys: sortKeys(arts)})
	}
	done := loadedMsg{done: &loadDone{lib: lib, items: lists.ArticleItems(lib.Articles, nil)}}
	opts := testOptions
	opts.Load = func(func(*library.Article)) *library.Library { return lib }
	first := library.New(nil)
	b.ResetTimer()
	for b.Loop() {
		m := New(first, opts)
		m.update(tea.WindowSizeMsg{Width: 100, Height: 30})
		for _, msg := range batches {
			m.update(msg)
			_ = m.View()
		}
		m.update(done)
		_ = m.View()
	}
}
