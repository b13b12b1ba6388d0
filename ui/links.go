package ui

import (
	"strings"

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
