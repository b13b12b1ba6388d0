package ui

import (
	"fmt"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// bigLibrary is n synthetic articles with varied titles, tags and authors.
func bigLibrary(n int) *library.Library {
	words := []string{"exosome", "peptide", "retinol", "collagen", "laser", "serum", "barrier", "microneedling", "sunscreen", "niacinamide"}
	arts := make([]*library.Article, n)
	for i := range arts {
		w := func(k int) string { return words[(i/k)%len(words)] }
		arts[i] = &library.Article{
			Slug:           fmt.Sprintf("article-%05d", i),
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

// BenchmarkFilter10k is the fuzzy filter a keystroke starts, over
// 10,000 articles: folio's, and bubbles' default it replaces.
func BenchmarkFilter10k(b *testing.B) {
	m := New(bigLibrary(10000), testOptions)
	items := m.articles.list.list.Items()
	targets := make([]string, len(items))
	for i, it := range items {
		targets[i] = it.FilterValue()
	}
	for _, f := range []struct {
		name   string
		filter list.FilterFunc
	}{{"folio", fuzzyFilter}, {"bubbles", list.DefaultFilter}} {
		b.Run(f.name, func(b *testing.B) {
			for b.Loop() {
				f.filter("retinol guide", targets)
			}
		})
	}
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
