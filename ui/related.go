package ui

import (
	"github.com/folio-reader/folio/ui/common"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// relatedModel lists the articles sharing the most tags and categories
// with the one being read; enter opens one in its place.
type relatedModel struct {
	list filterList
}

func newRelated(id listID, a *library.Article, related []*library.Article, st *common.Styles, keys keymap.ListKeys) relatedModel {
	items := articleItems(related)
	d := rowDelegate{styles: &st.Row, lines: 2, spacing: 1}
	l := newFilterList(id, items, d, st, keys, "Related", "article", "articles")
	l.compact, l.subtitle = true, a.Title
	return relatedModel{list: l}
}

func (m relatedModel) update(msg tea.Msg) (relatedModel, tea.Cmd) {
	l, cmd, open := m.list.update(msg)
	m.list = l
	if it, ok := m.list.selected().(articleItem); ok && open {
		return m, tea.Batch(cmd, common.Send(common.FollowMsg{Slug: it.slug, Heading: -1, Offset: -1}))
	}
	return m, cmd
}

func (m *relatedModel) setSize(w, h int) { m.list.setSize(w, h) }
func (m relatedModel) view() string      { return m.list.list.View() }

// relatedFooter is drawn after the article: the related articles, and
// the key that opens them. It follows the document's lines, so every
// heading keeps its line.
func (m readerModel) relatedFooter() []string {
	if len(m.related) == 0 {
		return nil
	}
	st := m.styles.Reader
	in, iw := m.margin()
	iw = max(iw, 1)
	fit := func(s string) string { return in + ansi.Truncate(s, iw, "…") }
	lines := []string{"", in + st.Rule.Render(strings.Repeat("─", iw)), fit(st.Title.Render("Related articles")), ""}
	for _, a := range m.related {
		lines = append(lines, fit("• "+termsafe.String(a.Title)))
	}
	if k := m.nav.Related.Help().Key; k != "" {
		lines = append(lines, "", fit(st.Meta.Render("Press "+k+" to open one")))
	}
	return lines
}

// The screen interface (screens.go).

func (m *relatedModel) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, relatedModel.update) }
func (m *relatedModel) View() string                      { return m.view() }
func (m *relatedModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *relatedModel) KeyMap(f common.Frame) help.KeyMap { return listScreenHelp(f, &m.list) }
func (m *relatedModel) List() *filterList                 { return &m.list }
