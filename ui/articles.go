package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/render"
)

// articleItem is one article in a list: its title, then
// date · rating · category · tags · reading time.
type articleItem struct {
	slug, title, filter string
	meta                articleMeta
	flags               string // read and bookmark marks
}

func newArticleItem(a *library.Article) articleItem {
	meta := articleMeta{head: render.BylineParts(a, render.Date|render.Rating|render.Categories)}
	meta.tags = a.AllTags()
	if a.ReadingMinutes > 0 {
		meta.tail = fmt.Sprintf("%d min", a.ReadingMinutes)
	}
	// The title comes first so the delegate can highlight matches in it.
	filter := strings.Join([]string{a.Title, strings.Join(a.AllTags(), " "),
		strings.Join(a.Categories, " "), a.Author}, " ")
	return articleItem{slug: a.Slug, title: a.Title, meta: meta, filter: filter}
}

func (i articleItem) FilterValue() string { return i.filter }
func (i articleItem) row() row {
	return row{flags: i.flags, text: i.title, fitMeta: i.meta.fit}
}

// articleItems are the rows of arts, in their order.
func articleItems(arts []*library.Article) []list.Item {
	items := make([]list.Item, len(arts))
	for i, a := range arts {
		items[i] = newArticleItem(a)
	}
	return items
}

// articleMeta is the second line of an article's row. A long tag list
// gives way first, so the date, category and reading time stay in view
// in a narrow window.
type articleMeta struct {
	head []string // date, rating, category
	tags []string
	tail string // reading time
}

// fit is the line in at most width cells: every tag when they fit, else
// as many as fit and "+N" for the rest, else "N tags"; beyond that the
// delegate cuts it.
func (m articleMeta) fit(width int) string {
	line := func(tags string) string {
		parts := append([]string(nil), m.head...)
		if tags != "" {
			parts = append(parts, tags)
		}
		if m.tail != "" {
			parts = append(parts, m.tail)
		}
		return strings.Join(parts, " · ")
	}
	for n := len(m.tags); n >= 0; n-- {
		tags := strings.Join(m.tags[:n], ", ")
		switch rest := len(m.tags) - n; {
		case rest > 0 && n > 0:
			tags += ", +" + strconv.Itoa(rest)
		case rest > 0:
			tags = strconv.Itoa(rest) + " " + common.Plural(rest, "tag", "tags")
		}
		if s := line(tags); ansi.StringWidth(s) <= width {
			return s
		}
	}
	return line("")
}

// articlesModel is a list of articles: all of them, or those under one
// tag or category.
type articlesModel struct {
	list  filterList
	arts  []*library.Article // every article the list may show, in library order
	items []list.Item        // arts' rows without marks, made once; nil: made when shown
	none  string             // shown instead of a list with no articles at all; "": the empty list
}

func newArticles(id listID, arts []*library.Article, title string, st *common.Styles, keys keymap.ListKeys) articlesModel {
	items := articleItems(arts)
	d := rowDelegate{styles: &st.Row, lines: 2, spacing: 1}
	return articlesModel{list: newFilterList(id, items, d, st, keys, title, "article", "articles"), arts: arts, items: items}
}

func (m articlesModel) update(msg tea.Msg) (articlesModel, tea.Cmd) {
	l, cmd, open := m.list.update(msg)
	m.list = l
	if it, ok := m.list.selected().(articleItem); ok && open {
		slug := it.slug
		return m, tea.Batch(cmd, func() tea.Msg { return common.OpenArticleMsg{Slug: slug} })
	}
	return m, cmd
}

func (m *articlesModel) setSize(w, h int) { m.list.setSize(w, h) }
func (m articlesModel) view() string      { return m.list.list.View() }

// SelectedSlug is the slug under the cursor, or "".
func (m articlesModel) SelectedSlug() string {
	if it, ok := m.list.selected().(articleItem); ok {
		return it.slug
	}
	return ""
}

// The screen interface (screens.go).

func (m *articlesModel) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, articlesModel.update) }
func (m *articlesModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *articlesModel) KeyMap(f common.Frame) help.KeyMap { return listScreenHelp(f, &m.list) }
func (m *articlesModel) List() *filterList                 { return &m.list }
func (m *articlesModel) View() string {
	if m.none != "" {
		return m.viewOr(m.none)
	}
	return m.view()
}
