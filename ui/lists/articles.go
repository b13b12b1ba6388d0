package lists

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/render"
)

// ArticleItem is one article in a list: its title, then
// date · rating · category · tags · reading time. A row is made once for
// an article and shared by the lists that show it (in a list.Item, a
// pointer costs no allocation); its marks are read from Marks when it is
// drawn, so a change of marks, or a batch of articles arriving while the
// library loads, remakes no row.
type ArticleItem = *ArticleRow

// ArticleRow is what an ArticleItem points to. Its filter text is made
// when asked, not kept: a filter asks once for every row, and holding the
// text of every row (some 140 bytes an article) would cost more memory
// than the rows themselves.
type ArticleRow struct {
	Slug, Title string
	art         *library.Article // for its second line and filter text; never changed
	marks       *Marks           // nil: no marks shown (the related articles)
}

// Marks are what the rows of the article lists show of each article,
// shared by them all, and kept up to date by their owner.
type Marks struct {
	Of      map[string]state.Article // by slug: read, bookmarked
	Compare map[string]bool          // by slug: marked to compare
}

// FilterValue is the title, tags, categories and author. The title comes
// first so the delegate can highlight matches in it.
func (i *ArticleRow) FilterValue() string {
	a := i.art
	tags := a.AllTags()
	n := len(i.Title) + len(tags) + len(a.Categories) + len(a.Author) + 3
	for _, t := range tags {
		n += len(t)
	}
	for _, c := range a.Categories {
		n += len(c)
	}
	var b strings.Builder // one allocation: a filter asks every row
	b.Grow(n)
	b.WriteString(i.Title)
	for _, words := range [][]string{tags, a.Categories} {
		b.WriteByte(' ')
		for k, w := range words {
			if k > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(w)
		}
	}
	b.WriteByte(' ')
	b.WriteString(a.Author)
	return b.String()
}

// Article is the article the row shows.
func (i *ArticleRow) Article() *library.Article { return i.art }

// Row is the row with its marks: • unread or ✓ read, then ★ when
// bookmarked, and a ◆ before the title when marked to compare.
func (i *ArticleRow) Row() Row {
	r := Row{Text: i.Title, FitMeta: metaOf(i.art).fit}
	if i.marks == nil {
		return r
	}
	rec := i.marks.Of[i.Slug]
	read, mark := "•", " "
	if rec.Read {
		read = "✓"
	}
	if rec.Bookmarked {
		mark = "★"
	}
	r.Flags = read + " " + mark + " "
	if i.marks.Compare[i.Slug] {
		r.Prefix, r.Marker = "◆ ", true
	}
	return r
}

// ArticleItems are the rows of arts, in their order, with marks.
func ArticleItems(arts []*library.Article, marks *Marks) []list.Item {
	items := make([]list.Item, len(arts))
	rows := make([]ArticleRow, len(arts)) // one allocation for them all
	for i, a := range arts {
		rows[i] = ArticleRow{Slug: a.Slug, Title: a.Title, art: a, marks: marks}
		items[i] = &rows[i]
	}
	return items
}

// metaOf is the second line of a's row: made when the row is drawn, for
// the few rows on screen, rather than for every article of the library.
func metaOf(a *library.Article) articleMeta {
	meta := articleMeta{head: render.BylineParts(a, render.Date|render.Rating|render.Categories), tags: a.AllTags()}
	if a.ReadingMinutes > 0 {
		meta.tail = fmt.Sprintf("%d min", a.ReadingMinutes)
	}
	return meta
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

// Articles is a list of articles: all of them, or those under one
// tag or category.
type Articles struct {
	list  FilterList
	arts  []*library.Article // every article the list may show, in library order
	items []list.Item        // arts' rows, made once; nil: made when shown
	marks *Marks
	None  string // shown instead of a list with no articles at all; "": the empty list
}

// NewArticles lists arts; items are their rows when made already (and
// shared with another list: the Articles and Bookmarks lists show the
// same rows), nil to make them.
func NewArticles(id ID, arts []*library.Article, items []list.Item, title string, marks *Marks, st *common.Styles, keys keymap.ListKeys) Articles {
	if items == nil {
		items = ArticleItems(arts, marks)
	}
	d := RowDelegate{Styles: &st.Row, Lines: 2, Blank: 1}
	return Articles{list: NewFilterList(id, items, d, st, keys, title, "article", "articles"), arts: arts, items: items, marks: marks}
}

func (m Articles) update(msg tea.Msg) (Articles, tea.Cmd) {
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if it, ok := m.list.Chosen(open).(ArticleItem); ok {
		slug := it.Slug
		return m, tea.Batch(cmd, func() tea.Msg { return common.OpenArticleMsg{Slug: slug} })
	}
	return m, cmd
}

func (m *Articles) setSize(w, h int) { m.list.SetSize(w, h) }
func (m Articles) view() string      { return m.list.list.View() }

// SelectedSlug is the slug under the cursor, or "".
func (m Articles) SelectedSlug() string {
	if it, ok := m.list.Selected().(ArticleItem); ok {
		return it.Slug
	}
	return ""
}

// The screen interface (ui/common/screen.go).

func (m *Articles) Update(msg tea.Msg) tea.Cmd        { return common.Step(m, msg, Articles.update) }
func (m *Articles) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Articles) KeyMap(f common.Frame) help.KeyMap { return ScreenHelp(f, &m.list) }
func (m *Articles) List() *FilterList                 { return &m.list }
func (m *Articles) View() string {
	if m.None != "" {
		return m.viewOr(m.None)
	}
	return m.view()
}

// setArticles gives the list articles to show, with their rows when
// they are made already (nil: apply makes them); apply shows them.
func (m *Articles) SetArticles(arts []*library.Article, items []list.Item) {
	m.arts, m.items = arts, items
}

// Arts are the articles the list may show, in library order.
func (m *Articles) Arts() []*library.Article { return m.arts }

// ArticleKey names an article list's item: the slug.
func ArticleKey(it list.Item) string {
	if a, ok := it.(ArticleItem); ok {
		return a.Slug
	}
	return ""
}
