package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/lists"
)

// articleView is what the article lists show of the marks: read and
// bookmarked, the order, unread only.
func (m *Model) articleView() lists.ArticleView {
	return lists.ArticleView{Marks: m.mem.marks, Sort: m.mem.sort, Unread: m.mem.unread}
}

// refreshLists shows the current marks, order and filter in every
// article list.
func (m *Model) refreshLists() tea.Cmd {
	v := m.articleView()
	return tea.Batch(m.articles.Apply(v, false), m.narrowed.Apply(v, false), m.bookmarks.Apply(v, true))
}
