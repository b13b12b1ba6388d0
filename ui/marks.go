package ui

import (
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
)

// An article is marked read when the reader shows its last line (at
// once for an article that fits on one screen); nothing marks it unread.
// Bookmarks are toggled with m. Both, the sort order and each article's
// position are kept in the state file; the unread filter lasts for the
// session.

// sortOrder is the order of the article lists.
type sortOrder int

const (
	byDate  sortOrder = iota // newest first, undated last (the library's order)
	byTitle                  // A to Z, ignoring case
	byTime                   // shortest reading time first
)

var sortNames = [...]string{"date", "title", "time"}

// parseSort reads the sort order saved in the state; anything unknown is
// by date.
func parseSort(s string) sortOrder {
	if i := slices.Index(sortNames[:], s); i >= 0 {
		return sortOrder(i)
	}
	return byDate
}

func (o sortOrder) String() string  { return sortNames[o] }
func (o sortOrder) next() sortOrder { return (o + 1) % sortOrder(len(sortNames)) }
func (o sortOrder) label() string   { return [...]string{"by date", "by title", "by reading time"}[o] }
func (o sortOrder) less() func(a, b *library.Article) int {
	switch o {
	case byTitle:
		return func(a, b *library.Article) int {
			return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
		}
	case byTime:
		return func(a, b *library.Article) int { return a.ReadingMinutes - b.ReadingMinutes }
	}
	return nil
}

// articleView is what the article lists show: marks, order, filter.
type articleView struct {
	marks  map[string]state.Article
	sort   sortOrder
	unread bool
}

func (m *Model) articleView() articleView {
	return articleView{marks: m.mem.marks, sort: m.mem.sort, unread: m.mem.unread}
}

// label is the view's part of a list's title.
func (v articleView) label() string {
	if v.unread {
		return "unread only · " + v.sort.label()
	}
	return v.sort.label()
}

// rows are what an article list shows of arts: the articles the view
// keeps, in its order, with their marks. items, when not nil, are arts'
// rows made beforehand (off the update loop, while the library loads);
// only the marks are added to them here.
func (v articleView) rows(arts []*library.Article, items []list.Item, bookmarked bool) []list.Item {
	keep := make([]int, 0, len(arts))
	for i, a := range arts {
		rec := v.marks[a.Slug]
		if bookmarked && !rec.Bookmarked || v.unread && rec.Read {
			continue
		}
		keep = append(keep, i)
	}
	if less := v.sort.less(); less != nil {
		slices.SortStableFunc(keep, func(i, j int) int { return less(arts[i], arts[j]) })
	}
	out := make([]list.Item, len(keep))
	for n, i := range keep {
		var it articleItem
		if items != nil {
			it = items[i].(articleItem)
		} else {
			it = newArticleItem(arts[i])
		}
		out[n] = v.mark(it)
	}
	return out
}

// mark puts the marks on an article's row: • unread or ✓ read, then ★
// when bookmarked.
func (v articleView) mark(it articleItem) articleItem {
	rec := v.marks[it.slug]
	read, mark := "•", " "
	if rec.Read {
		read = "✓"
	}
	if rec.Bookmarked {
		mark = "★"
	}
	it.flags = read + " " + mark + " "
	return it
}

// apply shows the view in an article list, keeping its filter and the
// selected article. bookmarked keeps only bookmarked articles.
func (m *articlesModel) apply(v articleView, bookmarked bool) tea.Cmd {
	if m.list.id == 0 {
		return nil // not built yet
	}
	m.list.subtitle = v.label()
	cmd := m.list.replace(v.rows(m.arts, m.items, bookmarked), articleKey)
	m.list.syncTitle()
	return cmd
}

// refreshLists shows the current marks, order and filter in every
// article list.
func (m *Model) refreshLists() tea.Cmd {
	v := m.articleView()
	return tea.Batch(m.articles.apply(v, false), m.narrowed.apply(v, false), m.bookmarks.apply(v, true))
}

// viewOr is the list, or the note when it has no articles at all.
func (m articlesModel) viewOr(note string) string {
	if len(m.list.list.Items()) > 0 || m.list.filtering() || m.list.filtered() {
		return m.view()
	}
	ls := m.list.list.Styles
	return ls.TitleBar.Render(ls.Title.Render(m.list.list.Title)) + "\n" + ls.NoItems.Render(note)
}
