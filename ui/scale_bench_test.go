package ui

import (
	"os"
	"sync"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/muesli/termenv"
)

// The reader on a large library, as the scaling goals state it
// (docs/scaling.md): the review library of internal/synth, loaded as
// folio loads it — summaries, through a warm index cache. FOLIO_SCALE_DIR
// names a library written by `go run ./tools/genlib -shape review`
// (tools/scalebench runs these at 1,000 to 300,000 articles); without
// it, 10,000 articles are written to a temporary folder.

var scaleLib = sync.OnceValues(func() (*library.Library, error) {
	dir := os.Getenv("FOLIO_SCALE_DIR")
	if dir == "" {
		tmp, err := os.MkdirTemp("", "folio-scale-")
		if err != nil {
			return nil, err
		}
		scaleCleanup = func() { os.RemoveAll(tmp) }
		dir = tmp + "/lib"
		if err := synth.WriteReviews(dir, 10000); err != nil {
			return nil, err
		}
		if err := synth.Age(dir); err != nil {
			return nil, err
		}
	}
	cache, err := os.MkdirTemp("", "folio-scale-cache-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(cache)
	src, err := library.DirSource(dir)
	if err != nil {
		return nil, err
	}
	opts := library.Options{Summaries: true, CacheDir: cache}
	library.Load(opts, src) // writes the index
	return library.Load(opts, src), nil
})

var scaleCleanup = func() {}

func scaleLibrary(b *testing.B) *library.Library {
	b.Helper()
	lib, err := scaleLib()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(len(lib.Articles)), "articles")
	return lib
}

// BenchmarkScaleKeystroke is one keystroke of the Articles list's filter:
// a word typed a letter at a time and taken away again, each key with
// its filter, result and frame.
func BenchmarkScaleKeystroke(b *testing.B) {
	d := &driver{t: b, m: New(scaleLibrary(b), testOptions)}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	d.press(d.m.keys.List.Filter)
	word := []rune("treatment")
	back := tea.KeyMsg{Type: tea.KeyBackspace}
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		if k := i % (2 * len(word)); k < len(word) {
			d.typeText(string(word[k]))
		} else {
			d.send(back)
		}
		_ = d.m.View()
	}
}

// BenchmarkScaleOpen is Enter on an article to its first screen, as
// BenchmarkOpenFirstScreen, over the articles of the library in turn:
// its text read, its related articles found, the preview rendered.
func BenchmarkScaleOpen(b *testing.B) {
	lib := scaleLibrary(b)
	d := &driver{t: b, m: New(lib, Options{Style: "dark", Color: true, Profile: termenv.TrueColor})}
	d.m.update(tea.WindowSizeMsg{Width: 100, Height: 40})
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		slug := lib.Articles[(i*7919)%len(lib.Articles)].Slug
		for _, msg := range d.run(d.m.update(common.OpenArticleMsg{Slug: slug})) {
			d.m.update(msg)
		}
		if !d.m.reader.Shown().Previewing {
			b.Fatalf("%s: no preview", slug)
		}
		_ = d.m.View()
		d.m.pop()
	}
}
