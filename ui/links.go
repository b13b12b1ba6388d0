package ui

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// linkItem is one link of the article: its text, then where it leads.
type linkItem struct {
	link        library.Link
	text, where string
	filter      string
}

func (i linkItem) FilterValue() string { return i.filter }
func (i linkItem) Row() lists.Row {
	r := lists.Row{Text: i.text, Meta: i.where}
	if i.link.Image {
		r.Prefix, r.Marker = "[image] ", true
	}
	return r
}

// linksModel lists the links of the article being read; enter follows
// one. The note line says what became of the last link followed.
type linksModel struct {
	list    lists.FilterList
	save    key.Binding // saves the chosen link's web page (savelink.go)
	note    string
	offered string // a link not for the browser, offered for copying: linkscheme.go
	style   lipgloss.Style
	w, h    int
}

func newLinks(id lists.ID, lib *library.Library, a *library.Article, st *common.Styles, keys keymap.ListKeys) linksModel {
	items := make([]list.Item, len(a.Links))
	for i, l := range a.Links {
		text := strings.TrimSpace(l.Text)
		if text == "" {
			text = l.URL
		}
		items[i] = linkItem{link: l, text: text, where: linkWhere(lib.Resolve(a, l.URL), a), filter: text + " " + l.URL}
	}
	d := lists.RowDelegate{Styles: &st.Row, Lines: 2}
	fl := lists.NewFilterList(id, items, d, st, keys, "Links", "link", "links")
	fl.SetCompact(fmt.Sprintf("%d links · %s", len(items), a.Title))
	return linksModel{list: fl, style: st.Reader.Notice}
}

// linkWhere says where a link leads, as the list shows it.
func linkWhere(t library.Target, from *library.Article) string {
	switch {
	case t.Article == from && t.Heading >= 0:
		return "→ § " + from.Headings[t.Heading].Text
	case t.Article == from:
		return "→ " + t.URL + " (no such heading here)"
	case t.Article != nil && t.Heading >= 0:
		return "→ " + t.Article.Title + " § " + t.Article.Headings[t.Heading].Text
	case t.Article != nil:
		return "→ " + t.Article.Title
	case external(t.URL):
		return t.URL
	}
	return t.URL + " · not in the library"
}

// external reports that a link leaves for the web or another program
// (it has a scheme or a host), rather than naming a page of the site.
func external(link string) bool {
	u, err := url.Parse(link)
	return err == nil && (u.Scheme != "" || u.Host != "")
}

func (m linksModel) update(msg tea.Msg) (linksModel, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.save) && !m.list.Filtering() {
		if it, ok := m.list.Selected().(linkItem); ok {
			return m, common.Send(common.SaveLinkMsg{Link: it.link})
		}
	}
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Selected().(linkItem); ok && open {
		link := it.link
		return m, tea.Batch(cmd, common.Send(common.LinkMsg{Link: link}))
	}
	return m, cmd
}

func (m *linksModel) setSize(w, h int) {
	m.w, m.h = w, h
	if h >= 4 {
		h-- // the note line
	}
	m.list.SetSize(w, h)
}

func (m linksModel) view() string {
	v := m.list.Model().View()
	if m.h < 4 {
		return v
	}
	lines := strings.Split(v, "\n")
	for len(lines) < m.h-1 {
		lines = append(lines, "")
	}
	note := ""
	if m.note != "" {
		note = m.style.Render(ansi.Truncate("  "+termsafe.String(m.note), m.w, "…"))
	}
	return strings.Join(append(lines[:m.h-1], note), "\n")
}

// followLink acts on a link chosen in the links list: a heading of this
// article is jumped to, another article of the library opened, a web
// link opened outside folio; anything else is reported.
func (m *Model) followLink(l library.Link) tea.Cmd {
	from := m.reader.art
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
		var cmd tea.Cmd
		m.reader, cmd = m.reader.update(common.JumpHeading(t.Heading))
		return cmd
	case t.Article == from:
		m.nav.links.note = "This article has no heading " + l.URL[strings.Index(l.URL, "#"):]
	case t.Article != nil:
		return m.follow(common.FollowMsg{Slug: t.Article.Slug, Heading: t.Heading, Offset: -1})
	case external(t.URL):
		return m.openExternal(t.URL)
	case t.Missing:
		m.nav.links.note = "“" + name + "” (" + t.URL + ") is not in the library"
	default:
		m.nav.links.note = t.URL + " is a file of the website, not in the library"
	}
	return nil
}

// The screen interface (screens.go).

func (m *linksModel) Update(msg tea.Msg) tea.Cmd { return common.Step(m, msg, linksModel.update) }
func (m *linksModel) View() string               { return m.view() }
func (m *linksModel) SetSize(w, h int) tea.Cmd   { m.setSize(w, h); return nil }
func (m *linksModel) KeyMap(f common.Frame) help.KeyMap {
	var h = lists.ScreenHelp(f, &m.list)
	if len(m.save.Keys()) > 0 && !m.list.Filtering() {
		h = withSave{h, m.save}
	}
	return withCopyLink{h, f.Keys.Nav.CopyLink}
}
func (m *linksModel) List() *lists.FilterList { return &m.list }
