package ui

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/web"
)

// savePage is the web page the test article links to.
const savePage = `<!doctype html><html lang="en"><head><title>Tea guide</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Tea guide</h1>
<p>Green tea wants water well below boiling, about eighty degrees, and no more than two minutes in the pot, or it turns bitter.</p>
<h2>Black tea</h2><p>Black tea takes boiling water and four minutes.</p></article></body></html>`

// saveLinkDriver opens an article whose links lead to a page that
// exists and one that does not, on a local server, with pages saved
// into a fresh folder.
func saveLinkDriver(t *testing.T) (*driver, string) {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/tea" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html")
		w.Write([]byte(savePage))
	}))
	t.Cleanup(srv.Close)
	src := "---\ntitle: Reading list\n---\n\nRead [the tea guide](" + srv.URL + "/tea), [a gone page](" + srv.URL +
		"/gone) and [a local file](notes.md).\n"
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"list.md": {Data: []byte(src)}}})
	dir := t.TempDir()
	opts := testOptions
	opts.SaveDir, opts.Save = dir, web.Save // as cmd/folio passes it: the whole way from a link to a saved article
	d := &driver{t: t, m: New(lib, opts)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return d.openSlug("list"), dir
}

func TestSaveLinkOpensTheSavedPage(t *testing.T) {
	t.Parallel()
	d, dir := saveLinkDriver(t)
	d.chooseLinkNoOpen("the tea guide")
	if s := d.screenText(); !strings.Contains(s, "a save page") {
		t.Errorf("the links help lacks the save key:\n%s", s)
	}
	d.press(d.m.keys.Nav.SaveLink)
	if d.m.top() != readerScreen || d.m.reader.Article() == nil || d.m.reader.Article().Title != "Tea guide" {
		t.Fatalf("after a: top %v, want the reader on the saved page", d.m.top())
	}
	path := filepath.Join(dir, "tea-guide.md")
	if d.m.reader.Article().Path != path {
		t.Errorf("reader on %s, want %s", d.m.reader.Article().Path, path)
	}
	if _, ok := d.m.lib.Article("tea-guide"); !ok {
		t.Error("the saved page is not in the library")
	}
	if data, err := os.ReadFile(path); err != nil || strings.Contains(string(data), "Home") {
		t.Errorf("saved file: %v\n%s", err, data)
	}
}

func TestSaveLinkFailures(t *testing.T) {
	t.Parallel()
	d, dir := saveLinkDriver(t)
	d.chooseLinkNoOpen("a gone page")
	d.press(d.m.keys.Nav.SaveLink)
	if d.m.top() != linksScreen || !strings.Contains(d.screenText(), "/gone: not found (HTTP 404)") {
		t.Errorf("top %v: want the links list saying the page was not found:\n%s", d.m.top(), d.screenText())
	}
	d.press(d.m.keys.List.Down)
	d.press(d.m.keys.Nav.SaveLink)
	if !strings.Contains(d.screenText(), "not a web page") {
		t.Errorf("a local link:\n%s", d.screenText())
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files left: %v", entries)
	}
}

// chooseLinkNoOpen opens the links list and moves to the link, without
// following it.
func (d *driver) chooseLinkNoOpen(text string) *driver {
	d.t.Helper()
	d.press(d.m.keys.Nav.Links)
	for {
		if d.linkText() == text {
			return d
		}
		i := d.m.nav.links.List().Model().Index()
		d.press(d.m.keys.List.Down)
		if d.m.nav.links.List().Model().Index() == i {
			d.t.Fatalf("no link %q", text)
		}
	}
}

// A save that fails says why on the links list, and one that never
// answers — whether it heeds its context or not — is given up after the
// save's time limit, with a note saying so: "Saving…" never stays.
func TestSaveLinkThatFailsOrHangs(t *testing.T) {
	t.Parallel()
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	for _, tc := range []struct {
		name string
		save SaveFunc
		want string
	}{
		{"fails", func(context.Context, string, string) (string, error) {
			return "", errors.New("the disk is full")
		}, "the disk is full"},
		{"heeds its context", func(ctx context.Context, _, _ string) (string, error) {
			<-ctx.Done()
			return "", ctx.Err()
		}, "not saved: no answer within 50ms"},
		{"never returns", func(context.Context, string, string) (string, error) {
			<-release
			return "", nil
		}, "not saved: no answer within 50ms"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d, _ := saveLinkDriver(t)
			d.m.opts.Save, d.m.opts.saveTimeout = tc.save, 50*time.Millisecond
			d.chooseLinkNoOpen("the tea guide")
			start := time.Now()
			d.press(d.m.keys.Nav.SaveLink)
			if s := d.screenText(); !strings.Contains(s, tc.want) || strings.Contains(s, "Saving") {
				t.Errorf("the links list says, after %v:\n%s\nwant %q", time.Since(start), s, tc.want)
			}
		})
	}
}
