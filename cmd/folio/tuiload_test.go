package main

import (
	"io"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui"
)

const probePost = "---\ntitle: Probe One\ndate: 2026-05-01\n---\n\nThe probe opens at its slug.\n"

// folio --dir DIR SLUG, with or without the bundled articles: the slug
// is found once, and the reader is handed the very library it was found
// in, with no second load to lose it.
func TestSlugInDirOpensTheReader(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{"probe-one.md": probePost})
	for _, noBundled := range []bool{false, true} {
		g := &globals{dirs: []string{dir}, noBundled: noBundled}
		e := newEnv(io.Discard, io.Discard)
		slug, err := g.slugOrUnknown(e, "probe-one", nil)
		if err != nil || slug != "probe-one" {
			t.Fatalf("--no-bundled %v: slug %q, %v", noBundled, slug, err)
		}
		lib, o, err := g.readerOptions(e, nil, slug, false)
		if err != nil {
			t.Fatal(err)
		}
		if lib != g.resolved || o.Load != nil || o.Open != slug {
			t.Fatalf("--no-bundled %v: the reader gets another library (%v), a loader (%v), opens %q", noBundled, lib != g.resolved, o.Load != nil, o.Open)
		}
		if s := readerAtStart(t, lib, ui.Options{Open: slug}); !strings.Contains(s, "The probe opens at its slug.") {
			t.Errorf("--no-bundled %v: the reader is not on the article:\n%s", noBundled, s)
		}
	}
}

// With the folder loading in the background, an article of it named at
// start opens when it has been read.
func TestSlugInDirOpensAfterBackgroundLoad(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{"probe-one.md": probePost, "other.md": "# Other\n\nAnother post.\n"})
	g := &globals{dirs: []string{dir}}
	first, load, err := g.tuiLibrary(newEnv(io.Discard, io.Discard), nil)
	if err != nil || load == nil {
		t.Fatalf("tuiLibrary: %v (loader %v)", err, load != nil)
	}
	if _, ok := first.Article("probe-one"); ok {
		t.Fatal("the first library already holds the folder's article")
	}
	if s := readerAtStart(t, first, ui.Options{Open: "probe-one", Load: load}); !strings.Contains(s, "The probe opens at its slug.") {
		t.Errorf("the reader is not on the article once loaded:\n%s", s)
	}
}

// readerAtStart runs the reader's start over lib as runTUI builds it,
// every command to its end (the background load too), and returns the
// screen.
func readerAtStart(t *testing.T, lib *library.Library, opts ui.Options) string {
	t.Helper()
	opts.Style, opts.OpenURL = "notty", func(string) tea.Cmd { return nil }
	r := &tuiRun{t: t, m: ui.New(lib, opts)}
	r.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	r.run(r.m.Init())
	return r.screen()
}
