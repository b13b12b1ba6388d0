package lists

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// Related lists the articles sharing the most tags and categories
// with the one being read; enter opens one in its place.
type Related struct {
	list FilterList
}

func NewRelated(id ID, a *library.Article, related []*library.Article, st *common.Styles, keys keymap.ListKeys) Related {
	items := ArticleItems(related, nil)
	d := RowDelegate{Styles: &st.Row, Lines: 2, Blank: 1}
	l := NewFilterList(id, items, d, st, keys, "Related", "article", "articles")
	l.SetCompact(a.Title)
	return Related{list: l}
}

func (m Related) update(msg tea.Msg) (Related, tea.Cmd) {
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Chosen(open).(ArticleItem); ok {
		return m, tea.Batch(cmd, common.Send(common.FollowMsg{Slug: it.Slug, Heading: -1, Offset: -1}))
	}
	return m, cmd
}

func (m *Related) setSize(w, h int) { m.list.SetSize(w, h) }
func (m Related) view() string      { return m.list.list.View() }

// The screen interface (ui/common/screen.go).

func (m *Related) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Related.update) }
func (m *Related) View() string                      { return m.view() }
func (m *Related) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Related) KeyMap(f common.Frame) help.KeyMap { return ScreenHelp(f, &m.list) }
func (m *Related) List() *FilterList                 { return &m.list }
