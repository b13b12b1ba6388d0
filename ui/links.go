package ui

import (
	"cmp"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/reader"
)

// followLink acts on a link chosen in the links list: a heading of this
// article is jumped to, another article of the library opened, a web
// link opened outside folio; anything else is reported.
func (m *Model) followLink(l library.Link) tea.Cmd {
	from := m.reader.Article()
	t := m.lib.Resolve(from, l.URL)
	name := strings.TrimSpace(l.Text)
	if name == "" {
		name = l.URL
	}
	switch {
	case t.Article == from && (t.Heading >= 0 || !strings.Contains(l.URL, "#")):
		if m.top() == linksScreen {
			m.pop()
		}
		return m.reader.Update(common.JumpHeading(t.Heading))
	case t.Article == from:
		m.nav.links.SetNote("This article has no heading " + l.URL[strings.Index(l.URL, "#"):])
	case t.Article != nil:
		return m.follow(common.FollowMsg{Slug: t.Article.Slug, Heading: t.Heading, Offset: -1})
	case reader.External(t.URL):
		if m.nav.links.OfferExternal(t.URL) {
			return m.nav.openURL(t.URL)
		}
	case t.Missing:
		m.nav.links.SetNote("“" + name + "” (" + t.URL + ") is not in the library")
	default:
		m.nav.links.SetNote(t.URL + " is a file of the website, not in the library")
	}
	return nil
}

// The links list's "save page" key: the web page a link leads to is
// saved into the library (folio add) and opened.

// SaveFunc saves the web page at url into dir and returns the path of
// the file written. cmd/folio passes web.Save; tests their own, so ui
// never fetches anything itself.
type SaveFunc func(ctx context.Context, url, dir string) (string, error)

// savesPages reports that the links list's save key is on: a folder to
// save into and a way to save.
func (o Options) savesPages() bool { return o.SaveDir != "" && o.Save != nil }

// pageURL reports an http or https address, the only links whose page
// can be saved.
func pageURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// linkSavedMsg is a page saved and read back, or why it was not.
type linkSavedMsg struct {
	url    string
	change fileChange
	err    error
}

// saveLink starts saving the page a web link of the open article leads
// to. The command captures only the URL, the folder and the function.
func (m *Model) saveLink(l library.Link) tea.Cmd {
	t := m.lib.Resolve(m.reader.Article(), l.URL)
	switch {
	case !pageURL(t.URL):
		m.nav.links.SetNote(l.URL + " is not a web page: only http and https links can be saved")
		return nil
	case !m.opts.savesPages():
		m.nav.links.SetNote("No folder to save pages into")
		return nil
	}
	save, url, dir := m.opts.Save, t.URL, m.opts.SaveDir
	limit := cmp.Or(m.opts.saveTimeout, saveTimeout)
	m.nav.links.SetNote("Saving " + url + "…")
	return func() tea.Msg {
		p, err := saveWithin(save, url, dir, limit)
		if err != nil {
			return linkSavedMsg{url: url, err: err}
		}
		return linkSavedMsg{url: url, change: readChange(p)}
	}
}

// saveTimeout bounds a page's save: the fetch has its own 10 s
// (web.DefaultTimeout); this is for everything after it, and for a
// SaveFunc that never returns.
const saveTimeout = 30 * time.Second

// saveWithin runs save with a context that ends after limit, and gives up
// on it a moment later if it has not returned by then, so the note
// "Saving…" always ends: with the path, the save's error, or one saying
// it took too long.
func saveWithin(save SaveFunc, addr, dir string, limit time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	type result struct {
		path string
		err  error
	}
	done := make(chan result, 1) // a save that returns late does not block
	go func() {
		p, err := save(ctx, addr, dir)
		done <- result{p, err}
	}()
	grace := time.NewTimer(limit + limit/10)
	defer grace.Stop()
	select {
	case r := <-done:
		if r.err != nil && ctx.Err() != nil {
			return "", fmt.Errorf("%s: not saved: no answer within %v", addr, limit)
		}
		return r.path, r.err
	case <-grace.C:
		return "", fmt.Errorf("%s: not saved: no answer within %v", addr, limit)
	}
}

// linkSaved puts a saved page into the library and opens it; a failure
// is shown on the links list's note line, or as a note where the
// reader is now.
func (m *Model) linkSaved(msg linkSavedMsg) tea.Cmd {
	err := msg.err
	if err == nil && msg.change.art == nil {
		err = msg.change.err
	}
	if err != nil {
		if m.top() == linksScreen {
			m.nav.links.SetNote(err.Error())
			return nil
		}
		return m.notify(err.Error())
	}
	cmd := m.reload([]fileChange{msg.change})
	a := articleAt(m.lib, msg.change.path)
	if a == nil {
		return cmd
	}
	return tea.Batch(cmd, m.follow(common.FollowMsg{Slug: a.Slug, Heading: -1, Offset: -1}))
}
