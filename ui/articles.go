package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// articleItem is one article in a list: its title, then
// date · category · tags · reading time.
type articleItem struct {
	slug, title, meta, filter string
	flags                     string // read and bookmark marks
}

func newArticleItem(a *library.Article) articleItem {
	var meta []string
	if d := a.DateString(); d != "" {
		meta = append(meta, d)
	}
	if len(a.Categories) > 0 {
		meta = append(meta, strings.Join(a.Categories, ", "))
	}
	if tags := a.AllTags(); len(tags) > 0 {
		meta = append(meta, strings.Join(tags, ", "))
	}
	if a.ReadingMinutes > 0 {
		meta = append(meta, fmt.Sprintf("%d min", a.ReadingMinutes))
	}
	// The title comes first so the delegate can highlight matches in it.
	filter := strings.Join([]string{a.Title, strings.Join(a.AllTags(), " "),
		strings.Join(a.Categories, " "), a.Author}, " ")
	return articleItem{slug: a.Slug, title: a.Title, meta: strings.Join(meta, " · "), filter: filter}
}

func (i articleItem) FilterValue() string { return i.filter }
func (i articleItem) row() row            { return row{flags: i.flags, text: i.title, meta: i.meta} }

// articlesModel is a list of articles: all of them, or those under one
// tag or category.
type articlesModel struct {
	list  filterList
	arts  []*library.Article // every article the list may show, in library order
	items []list.Item        // arts' rows without marks, made once; nil: made when shown
}

func newArticles(id listID, arts []*library.Article, title string, st *Styles, keys ListKeys) articlesModel {
	items := make([]list.Item, len(arts))
	for i, a := range arts {
		items[i] = newArticleItem(a)
	}
	d := rowDelegate{styles: &st.Row, lines: 2, spacing: 1}
	return articlesModel{list: newFilterList(id, items, d, st, keys, title, "article", "articles"), arts: arts, items: items}
}

func (m articlesModel) update(msg tea.Msg) (articlesModel, tea.Cmd) {
	l, cmd, open, _ := m.list.update(msg)
	m.list = l
	if it, ok := m.list.selected().(articleItem); ok && open {
		slug := it.slug
		return m, tea.Batch(cmd, func() tea.Msg { return openArticleMsg{slug: slug} })
	}
	return m, cmd
}

func (m *articlesModel) setSize(w, h int) { m.list.setSize(w, h) }
func (m articlesModel) view() string      { return m.list.list.View() }

// selectedSlug is the slug under the cursor, or "".
func (m articlesModel) selectedSlug() string {
	if it, ok := m.list.selected().(articleItem); ok {
		return it.slug
	}
	return ""
}
