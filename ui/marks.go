package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/lists"
)

// Marks on articles: read (set when the reader shows an article's end;
// nothing marks it unread) and bookmarked (m), and how the article lists
// show them: unread only (u, for the session) and the sort order (o).
// Marks and the order are kept in the state file (memory.go).

// articleView is what the article lists show of the marks: read and
// bookmarked, the order, unread only.
func (m *Model) articleView() lists.ArticleView {
	compare := make(map[string]bool, len(m.mem.compare))
	for _, s := range m.mem.compare {
		compare[s] = true
	}
	m.rowMarks.Of, m.rowMarks.Compare = m.mem.marks, compare // the rows read them when drawn
	return lists.ArticleView{Marks: m.mem.marks, Sort: m.mem.sort, Unread: m.mem.unread, MinRating: m.mem.minRating}
}

// refreshLists shows the current marks, order and filter in every
// article list.
func (m *Model) refreshLists() tea.Cmd {
	v := m.articleView()
	return tea.Batch(m.articles.Apply(v, false), m.narrowed.Apply(v, false), m.bookmarks.Apply(v, true))
}

// articleOn is the article the mark keys act on: the reader's, or the
// one under a list's cursor (nil when the list is empty).
func (m *Model) articleOn(top screenID) *library.Article {
	if top == readerScreen {
		return m.reader.Article()
	}
	return m.selectedArticle(top)
}

// toggleBookmark bookmarks a, or takes its bookmark away.
func (m *Model) toggleBookmark(a *library.Article) tea.Cmd {
	if a == nil {
		return nil
	}
	on := !m.mem.marks[a.Slug].Bookmarked
	m.mem.edit(a, func(r *state.Article) { r.Bookmarked = on })
	if r := m.reader.Article(); r != nil && r.Slug == a.Slug {
		m.reader.SetBookmarked(on)
	}
	return m.refreshLists()
}

// toggleUnread shows only unread articles in the lists, or all again.
func (m *Model) toggleUnread() tea.Cmd {
	m.mem.unread = !m.mem.unread
	return m.refreshLists()
}

// nextSort orders the article lists the next way, and keeps it.
func (m *Model) nextSort() tea.Cmd {
	m.mem.sort = m.mem.sort.Next()
	s := m.mem.sort.String()
	m.mem.queue(func(st *state.State) { st.Sort = s })
	return m.refreshLists()
}

// settle runs after every message: an article read to its end is marked
// read, and queued changes start saving.
func (m *Model) settle() tea.Cmd {
	var cmd tea.Cmd
	if s := m.reader.Shown(); m.top() == readerScreen && s.AtEnd && !m.mem.marks[s.Slug].Read {
		m.mem.edit(m.reader.Article(), func(r *state.Article) { r.Read = true })
		cmd = m.refreshLists()
	}
	return tea.Batch(cmd, m.mem.flush())
}
