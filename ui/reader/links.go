package reader

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

// Links lists the links of the article being read; enter follows
// one. The note line says what became of the last link followed.
type Links struct {
	list    lists.FilterList
	save    key.Binding // saves the chosen link's web page (ui/links.go); no keys: off
	note    string
	offered string // a link not for the browser, offered for copying: OfferExternal
	style   lipgloss.Style
	w, h    int
}

// NewLinks lists a's links, each with where it leads in lib. save is the
// key that saves a link's web page, or a binding with no keys.
func NewLinks(id lists.ID, lib *library.Library, a *library.Article, st *common.Styles, keys keymap.ListKeys, save key.Binding) Links {
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
	return Links{list: fl, style: st.Reader.Notice, save: save}
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
	case External(t.URL):
		return t.URL
	}
	return t.URL + " · not in the library"
}

// External reports that a link leaves for the web or another program
// (it has a scheme or a host), rather than naming a page of the site.
func External(link string) bool {
	u, err := url.Parse(link)
	return err == nil && (u.Scheme != "" || u.Host != "")
}

// SetNote says on the note line what became of the last link followed.
func (m *Links) SetNote(s string) { m.note = s }

// SelectedLink is the link under the cursor.
func (m *Links) SelectedLink() (library.Link, bool) {
	it, ok := m.list.Selected().(linkItem)
	return it.link, ok
}

// OfferExternal decides what following a link that leaves the library
// does: a web link is opened; any other is only offered for copying, and
// copied when it is chosen again. open says to hand it to the opener;
// the note line says which.
func (m *Links) OfferExternal(link string) (open bool) {
	switch {
	case WebLink(link):
		m.offered, m.note = "", "Opening "+link+"…"
	case m.offered == link:
		m.offered, m.note = "", "Copying "+link+"…"
	default:
		m.offered = link
		m.note = "Not opened: folio opens only http, https and mailto links. Press enter again to copy " + link
		return false
	}
	return true
}

func (m Links) update(msg tea.Msg) (Links, tea.Cmd) {
	if k, ok := msg.(tea.KeyMsg); ok && key.Matches(k, m.save) && !m.list.Filtering() {
		if it, ok := m.list.Selected().(linkItem); ok {
			return m, common.Send(common.SaveLinkMsg{Link: it.link})
		}
	}
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Chosen(open).(linkItem); ok {
		link := it.link
		return m, tea.Batch(cmd, common.Send(common.LinkMsg{Link: link}))
	}
	return m, cmd
}

func (m *Links) setSize(w, h int) {
	m.w, m.h = w, h
	if h >= 4 {
		h-- // the note line
	}
	m.list.SetSize(w, h)
}

func (m Links) view() string {
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

// The screen interface (ui/common/screen.go).

func (m *Links) Update(msg tea.Msg) tea.Cmd { return common.Step(m, msg, Links.update) }
func (m *Links) View() string               { return m.view() }
func (m *Links) SetSize(w, h int) tea.Cmd   { m.setSize(w, h); return nil }
func (m *Links) KeyMap(f common.Frame) help.KeyMap {
	var h = lists.ScreenHelp(f, &m.list)
	if len(m.save.Keys()) > 0 && !m.list.Filtering() {
		h = withSave{h, m.save}
	}
	return withCopyLink{h, f.Keys.Nav.CopyLink}
}
func (m *Links) List() *lists.FilterList { return &m.list }

// withCopyLink adds the links list's copy key to its help.
type withCopyLink struct {
	help.KeyMap
	copy key.Binding
}

// ShortHelp implements help.KeyMap.
func (h withCopyLink) ShortHelp() []key.Binding { return append(h.KeyMap.ShortHelp(), h.copy) }

// FullHelp implements help.KeyMap.
func (h withCopyLink) FullHelp() [][]key.Binding {
	return append(h.KeyMap.FullHelp(), []key.Binding{h.copy})
}

// withSave adds the save key to the links list's help.
type withSave struct {
	help.KeyMap
	save key.Binding
}

func (h withSave) ShortHelp() []key.Binding { return append(h.KeyMap.ShortHelp(), h.save) }
func (h withSave) FullHelp() [][]key.Binding {
	out := h.KeyMap.FullHelp()
	if len(out) == 0 {
		return [][]key.Binding{{h.save}}
	}
	out[0] = append(out[0], h.save)
	return out
}

// webSchemes are the only links handed to the system's opener: any
// other scheme (file:, vscode:, javascript:, a custom app's) would let
// an article start a program or open a local file on a keypress.
var webSchemes = []string{"http", "https", "mailto"}

// WebLink reports whether link is an http, https or mailto address.
func WebLink(link string) bool {
	u, err := url.Parse(link)
	if err != nil {
		return false
	}
	for _, s := range webSchemes {
		if strings.EqualFold(u.Scheme, s) {
			return true
		}
	}
	return false
}
