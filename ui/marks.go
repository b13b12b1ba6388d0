package ui

import (
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
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

// arrange picks and orders the articles to show.
func (v articleView) arrange(arts []*library.Article, bookmarked bool) []*library.Article {
	out := make([]*library.Article, 0, len(arts))
	for _, a := range arts {
		rec := v.marks[a.Slug]
		if bookmarked && !rec.Bookmarked || v.unread && rec.Read {
			continue
		}
		out = append(out, a)
	}
	if less := v.sort.less(); less != nil {
		slices.SortStableFunc(out, less)
	}
	return out
}

// item is an article's row: • unread or ✓ read, then ★ when bookmarked.
func (v articleView) item(a *library.Article) articleItem {
	it := newArticleItem(a)
	rec := v.marks[a.Slug]
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
	arts := v.arrange(m.arts, bookmarked)
	items := make([]list.Item, len(arts))
	for i, a := range arts {
		items[i] = v.item(a)
	}
	m.list.subtitle = v.label()
	return m.list.replaceItems(items, func(it list.Item) string { return it.(articleItem).slug })
}

// replaceItems swaps the list's items, keeping the filter and, when it is
// still shown, the selected item (by id).
func (f *filterList) replaceItems(items []list.Item, id func(list.Item) string) tea.Cmd {
	keep, at := "", f.list.Index()
	if it := f.selected(); it != nil {
		keep = id(it)
	}
	switch {
	case f.filtering():
		cmd := tagFilter(f.id, f.list.FilterValue(), f.list.SetItems(items))
		f.syncTitle()
		return cmd
	case f.filtered():
		q := f.list.FilterValue()
		f.list.SetItems(items) // its asynchronous re-filter is not needed:
		f.list.SetFilterText(q)
		f.list.FilterInput.Blur()
	default:
		f.list.SetItems(items)
	}
	visible := f.list.VisibleItems()
	sel := min(at, len(visible)-1)
	for i, it := range visible {
		if id(it) == keep {
			sel = i
			break
		}
	}
	if sel >= 0 {
		f.list.Select(sel)
	}
	f.syncTitle()
	return nil
}

// refreshLists shows the current marks, order and filter in every
// article list.
func (m *Model) refreshLists() tea.Cmd {
	v := m.articleView()
	return tea.Batch(m.articles.apply(v, false), m.narrowed.apply(v, false), m.bookmarks.apply(v, true))
}

// articleList reports a list of articles.
func (m *Model) articleList(id screenID) bool {
	return id == articlesScreen || id == narrowedScreen || id == bookmarksScreen
}

func (m *Model) selectedArticle(id screenID) *library.Article {
	var slug string
	switch id {
	case articlesScreen:
		slug = m.articles.selectedSlug()
	case narrowedScreen:
		slug = m.narrowed.selectedSlug()
	case bookmarksScreen:
		slug = m.bookmarks.selectedSlug()
	}
	a, _ := m.lib.Article(slug)
	return a
}

// updateMemory handles the end of a save and the mark keys; it reports
// whether msg was used.
func (m *Model) updateMemory(msg tea.Msg) (tea.Cmd, bool) {
	switch msg := msg.(type) {
	case savedMsg:
		m.mem.saved(msg)
		if m.mem.quitting && len(m.mem.pending) == 0 {
			return tea.Quit, true
		}
		return nil, true
	case tea.KeyMsg:
		return m.markKey(msg)
	}
	return nil, false
}

func (m *Model) markKey(msg tea.KeyMsg) (tea.Cmd, bool) {
	g, k, top := m.keys.Global, m.keys.Marks, m.top()
	if m.mem.quitting { // saving: only ctrl+c, to stop waiting
		if key.Matches(msg, g.ForceQuit) {
			return tea.Quit, true
		}
		return nil, true
	}
	if m.capturing(top) || top == helpScreen {
		return nil, false
	}
	switch {
	case key.Matches(msg, k.Problems) && top != problemsScreen:
		m.showProblems()
	case key.Matches(msg, k.Bookmark) && top == readerScreen:
		return m.toggleBookmark(m.reader.art), true
	case key.Matches(msg, k.Bookmark) && m.articleList(top):
		if a := m.selectedArticle(top); a != nil {
			return m.toggleBookmark(a), true
		}
	case key.Matches(msg, k.Unread) && m.articleList(top):
		m.mem.unread = !m.mem.unread
		return m.refreshLists(), true
	case key.Matches(msg, k.Sort) && m.articleList(top):
		m.mem.sort = m.mem.sort.next()
		s := m.mem.sort.String()
		m.mem.queue(func(st *state.State) { st.Sort = s })
		return m.refreshLists(), true
	default:
		return nil, false
	}
	return nil, true
}

func (m *Model) toggleBookmark(a *library.Article) tea.Cmd {
	on := !m.mem.marks[a.Slug].Bookmarked
	m.mem.edit(a, func(r *state.Article) { r.Bookmarked = on })
	if m.reader.art != nil && m.reader.art.Slug == a.Slug {
		m.reader.bookmarked = on
	}
	return m.refreshLists()
}

// opened notes that the reader opened a.
func (m *Model) opened(a *library.Article) {
	m.mem.opened = time.Now()
	m.reader.bookmarked = m.mem.marks[a.Slug].Bookmarked
}

// startAt is where the reader opens a: where it was left this session,
// else where it was left in an earlier one.
func (m *Model) startAt(a *library.Article) position {
	if at, ok := m.positions[a.Slug]; ok {
		return at
	}
	return savedPosition(a, m.mem.marks[a.Slug].Position)
}

// queueClose queues the reader's position and open time for saving.
func (m *Model) queueClose() {
	r := m.reader
	if r.art == nil || r.doc == nil {
		return // never shown: the position is the one it opened at
	}
	p, opened := statePosition(r.art, r.doc, r.after()), m.mem.opened
	m.mem.edit(r.art, func(rec *state.Article) {
		rec.Position = nil
		if p != nil {
			c := *p
			rec.Position = &c
		}
		rec.Opened = opened
	})
}

// atEnd reports that the reader shows the article's last line.
func (m readerModel) atEnd() bool {
	return m.doc != nil && m.shown == m.want && m.vp.AtBottom()
}

// settle runs after every message: an article read to its end is marked
// read, and queued changes start saving.
func (m *Model) settle() tea.Cmd {
	var cmd tea.Cmd
	if m.top() == readerScreen && m.reader.atEnd() && !m.mem.marks[m.reader.art.Slug].Read {
		m.mem.edit(m.reader.art, func(r *state.Article) { r.Read = true })
		cmd = m.refreshLists()
	}
	return tea.Batch(cmd, m.mem.flush())
}

// quit saves what is left, then quits. Without a state file it quits at
// once; ctrl+c while saving stops waiting.
func (m *Model) quit() tea.Cmd {
	if m.mem.store == nil {
		return tea.Quit
	}
	m.mem.quitting = true
	m.queueFinal()
	return nil // settle starts the save; its end quits
}

// queueFinal queues what a session leaves: the open article's position
// and the screen to start on next time.
func (m *Model) queueFinal() {
	if m.has(readerScreen) {
		m.queueClose()
	}
	last := screenName(m.stack[0])
	m.mem.queue(func(s *state.State) { s.LastScreen = last })
}

// tabs are the lists the tab bar names, in order.
func (m *Model) tabs() []screenID {
	return []screenID{articlesScreen, tagsScreen, categoriesScreen, bookmarksScreen}
}

// screenName is a list's name in the state file ("" for other screens).
func screenName(id screenID) string {
	return map[screenID]string{articlesScreen: "articles", tagsScreen: "tags",
		categoriesScreen: "categories", bookmarksScreen: "bookmarks"}[id]
}

// screenNamed is the list the state file names, if it is one.
func (m *Model) screenNamed(name string) (screenID, bool) {
	for _, id := range m.tabs() {
		if screenName(id) == name {
			return id, true
		}
	}
	return 0, false
}

// SaveNow saves, synchronously, what the session has not saved: for a
// program that ended without quitting through the model (a signal), or
// whose last save failed. It does nothing after a quit that saved, or
// without a state file.
func (m Model) SaveNow() error {
	mem := &m.mem
	if mem.store == nil || mem.done {
		return nil
	}
	cs := slices.Concat(mem.failed, mem.inflight, mem.pending)
	mem.pending = nil
	if !mem.quitting {
		m.queueFinal()
	}
	cs = append(cs, mem.pending...)
	if len(cs) == 0 {
		return nil
	}
	return mem.store.Update(func(s *state.State) { apply(s, cs) })
}

// viewOr is the list, or the note when it has no articles at all.
func (m articlesModel) viewOr(note string) string {
	if len(m.list.list.Items()) > 0 || m.list.filtering() || m.list.filtered() {
		return m.view()
	}
	ls := m.list.list.Styles
	return ls.TitleBar.Render(ls.Title.Render(m.list.list.Title)) + "\n" + ls.NoItems.Render(note)
}
