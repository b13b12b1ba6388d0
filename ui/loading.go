package ui

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/charmbracelet/bubbles/list"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
)

// Loader loads the library in the background. It calls seen with each
// article as soon as it is read, from any goroutine, with a value the
// caller may keep, and returns the whole library. cmd/folio makes one
// with library.LoadStream.
type Loader func(seen func(*library.Article)) *library.Library

// batchEvery is how long the first batch of articles read in the
// background gathers before it is added to the list; each batch after it
// gathers twice as long as the one before, up to batchMost: a small
// library arrives in a batch or two, and a large one in a few more, each
// merged into the list whole, rather than in one every 80 ms, each a
// pass over the list so far.
const (
	batchEvery = 80 * time.Millisecond
	batchMost  = time.Second
)

// loadState is the library while it loads: the articles listed so far,
// newest first, and a spinner for the titles.
type loadState struct {
	arts     []*library.Article
	items    []list.Item       // arts' list items
	keys     []library.SortKey // arts' order
	have     map[string]bool   // the first library's paths, which the load reads again
	narrowed *common.NarrowMsg // what the narrowed list shows, to redo with the whole library
	spin     spinner.Model
	touched  bool   // a key or a click came: keep the selection where it is (touched)
	waiting  string // an article asked for before it was read: opened when it arrives (openArrived)
}

// loadStream carries articles from the loading goroutines to the update
// loop. It is shared by the loader and the commands that wait on it,
// never by the model.
type loadStream struct {
	mu      sync.Mutex
	pending []*library.Article
	done    *library.Library
	wake    chan struct{} // something new: buffered, one signal
	over    chan struct{} // closed when done is set

	marks *lists.Marks                // the rows' marks
	known func(*library.Article) bool // the articles the state file may know (memory.recallable)
	every time.Duration               // how long the next batch gathers
}

// loadedMsg is a batch of articles read, or the whole library.
type loadedMsg struct {
	arts   []*library.Article // newest first
	items  []list.Item        // arts' list items
	keys   []library.SortKey  // arts' order
	recall []*library.Article // those of arts the state file may know
	next   tea.Cmd            // waits for the next batch
	done   *loadDone
}

// loadDone is the whole library with its articles' list items, and
// those of its articles the state file may know.
type loadDone struct {
	lib    *library.Library
	items  []list.Item
	recall []*library.Article
}

func newLoadState(first *library.Library, marks *lists.Marks, st *common.Styles) *loadState {
	s := &loadState{
		arts: slices.Clone(first.Articles), have: map[string]bool{},
		spin: spinner.New(spinner.WithSpinner(spinner.MiniDot), spinner.WithStyle(st.Reader.Spinner)),
	}
	for _, a := range s.arts {
		s.have[a.Path] = true
	}
	s.items = lists.ArticleItems(s.arts, marks)
	s.keys = sortKeys(s.arts)
	return s
}

// sortKeys are the articles' sort keys.
func sortKeys(arts []*library.Article) []library.SortKey {
	keys := make([]library.SortKey, len(arts))
	for i, a := range arts {
		keys[i] = library.NewestFirstKey(a)
	}
	return keys
}

// firstFrame is how long loading waits to start, so that it does not
// take the processors from the first frame of the list.
const firstFrame = 25 * time.Millisecond

// startLoad runs the loader and waits for its first batch; the rows it
// makes show marks.
func startLoad(load Loader, marks *lists.Marks, known func(*library.Article) bool) tea.Cmd {
	return func() tea.Msg {
		s := &loadStream{wake: make(chan struct{}, 1), over: make(chan struct{}), marks: marks, known: known}
		time.Sleep(firstFrame)
		go func() {
			lib := load(s.seen)
			s.mu.Lock()
			s.done = lib
			s.mu.Unlock()
			close(s.over)
		}()
		return s.next()
	}
}

func (s *loadStream) seen(a *library.Article) {
	s.mu.Lock()
	s.pending = append(s.pending, a)
	s.mu.Unlock()
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

func (s *loadStream) wait() tea.Cmd { return func() tea.Msg { return s.next() } }

// next waits for articles, lets a batch gather, and returns it sorted,
// with its list items made here, off the update loop.
func (s *loadStream) next() loadedMsg {
	select {
	case <-s.wake:
		s.every = min(max(2*s.every, batchEvery), batchMost)
		select {
		case <-time.After(s.every):
		case <-s.over:
		}
	case <-s.over:
	}
	s.mu.Lock()
	arts, done := s.pending, s.done
	s.pending = nil
	s.mu.Unlock()
	if done != nil {
		// The tags and categories are counted off the update loop, which
		// lists them once it has put the articles in their lists (it waits
		// for the count then, if it has not ended).
		go func() {
			done.Tags()
			done.Categories()
		}()
		return loadedMsg{done: &loadDone{lib: done, items: lists.ArticleItems(done.Articles, s.marks), recall: recallAmong(done.Articles, s.known)}}
	}
	keys := sortKeys(arts)
	order := make([]int, len(arts))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return keys[i].Compare(keys[j]) })
	sorted, sortedKeys := make([]*library.Article, len(arts)), make([]library.SortKey, len(arts))
	for n, i := range order {
		sorted[n], sortedKeys[n] = arts[i], keys[i]
	}
	items := lists.ArticleItems(sorted, s.marks)
	return loadedMsg{arts: sorted, items: items, keys: sortedKeys, recall: recallAmong(sorted, s.known), next: s.wait()}
}

// loaded adds a batch to the lists, or puts the whole library in place
// of the partial one, keeping each list's selection and filter.
func (m *Model) loaded(msg loadedMsg) tea.Cmd {
	if m.load == nil {
		return nil
	}
	if msg.done != nil {
		return m.finishLoad(msg.done)
	}
	if msg.items == nil { // made by the loader, but for tests
		msg.items, msg.keys, msg.recall = lists.ArticleItems(msg.arts, m.rowMarks), sortKeys(msg.arts), msg.arts
	}
	m.load.merge(msg.arts, msg.items, msg.keys)
	m.mem.recall(msg.recall)
	// The lists show the articles so far as they will show the whole
	// library: marked, sorted, unread only if asked. Their rows are made
	// already; only the marks are added here.
	v := m.articleView()
	m.articles.SetArticles(m.load.arts, m.load.items)
	m.bookmarks.SetArticles(m.load.arts, m.load.items)
	cmds := []tea.Cmd{m.articles.Apply(v, false), m.bookmarks.Apply(v, true), msg.next}
	m.keepFirstRow(m.load.touched)
	m.loadTitles()
	if w := m.load.waiting; w != "" && withSlug(msg.arts, w) != nil {
		m.load.waiting = ""
		cmds = append(cmds, m.openArrived(w))
	}
	return tea.Batch(cmds...)
}

// merge adds articles not listed yet, keeping the list newest first.
// The batch comes sorted, with its rows and sort keys made off the
// update loop: merging is a pass over the list that compares keys.
func (s *loadState) merge(arts []*library.Article, items []list.Item, keys []library.SortKey) {
	n := len(s.arts) + len(arts)
	outA, outI, outK := make([]*library.Article, 0, n), make([]list.Item, 0, n), make([]library.SortKey, 0, n)
	i := 0
	for j, a := range arts {
		if len(s.have) > 0 && s.have[a.Path] {
			continue
		}
		for i < len(s.arts) && s.keys[i].Compare(keys[j]) <= 0 {
			outA, outI, outK = append(outA, s.arts[i]), append(outI, s.items[i]), append(outK, s.keys[i])
			i++
		}
		outA, outI, outK = append(outA, a), append(outI, items[j]), append(outK, keys[j])
	}
	s.arts, s.items, s.keys = append(outA, s.arts[i:]...), append(outI, s.items[i:]...), append(outK, s.keys[i:]...)
}

func (m *Model) finishLoad(done *loadDone) tea.Cmd {
	items, recall := done.items, done.recall
	if items == nil { // made by the loader, but for tests
		items, recall = lists.ArticleItems(done.lib.Articles, m.rowMarks), done.lib.Articles
	}
	lib, narrowed, touched, waiting := done.lib, m.load.narrowed, m.load.touched, m.load.waiting
	m.lib, m.load = lib, nil
	m.mem.recall(recall) // the whole library's slugs may differ from the batches' (duplicates)
	// The article lists are rebuilt through their view (marks, sort,
	// unread only), as any change of marks rebuilds them, from the rows
	// the loader made.
	m.articles.SetArticles(lib.Articles, items)
	m.bookmarks.SetArticles(lib.Articles, items)
	if narrowed != nil && m.has(narrowedScreen) {
		m.narrowed.SetArticles(m.articlesUnder(*narrowed), nil)
	}
	cmds := []tea.Cmd{
		m.refreshLists(),
		replaceTerms(m.tags.List(), lib.Tags()),
		replaceTerms(m.categories.List(), lib.Categories()),
	}
	m.keepFirstRow(touched)
	m.loadTitles()
	if waiting != "" {
		cmds = append(cmds, m.openArrived(waiting))
	}
	return tea.Batch(cmds...)
}

// loadTick turns the titles' spinner while loading.
func (m *Model) loadTick(msg spinner.TickMsg) tea.Cmd {
	if m.load == nil {
		return nil
	}
	var cmd tea.Cmd
	m.load.spin, cmd = m.load.spin.Update(msg)
	m.loadTitles()
	return cmd
}

// loadTitles says in the lists' titles that the library is loading,
// and how many articles are listed so far; once it has loaded, the
// Articles title shows its order again.
func (m *Model) loadTitles() {
	arts, terms := m.articleView().Label(), ""
	if m.load != nil {
		// the frame alone: the title is made safe to draw, which would show
		// the spinner's colour codes as text; it takes the title's style
		spin := ansi.Strip(m.load.spin.View())
		arts = fmt.Sprintf("%s Loading… %s articles", spin, thousands(len(m.load.arts)))
		terms = spin + " loading…"
	}
	m.articles.List().SetSubtitle(arts)
	m.tags.List().SetSubtitle(terms)
	m.categories.List().SetSubtitle(terms)
}

// article is the article with the slug, in the library or, while it
// loads, among the articles listed so far.
func (m *Model) article(slug string) (*library.Article, bool) {
	if a, ok := m.lib.Article(slug); ok || m.load == nil {
		return a, ok
	}
	a := withSlug(m.load.arts, slug)
	return a, a != nil
}

// withSlug is the first of arts with the slug, or nil. The articles
// listed while loading are looked through when asked (a link followed,
// an article asked for before it is read), not indexed as each batch
// comes: a map of 100,000 slugs was made on the update loop for the
// rare look-up.
func withSlug(arts []*library.Article, slug string) *library.Article {
	for _, a := range arts {
		if a.Slug == slug {
			return a
		}
	}
	return nil
}

// articlesUnder is the articles under a tag or category: while loading,
// those listed so far (and the narrowing is noted, to redo when the
// whole library is in).
func (m *Model) articlesUnder(n common.NarrowMsg) []*library.Article {
	lib := m.lib
	if m.load != nil {
		m.load.narrowed = &n
		lib = &library.Library{Articles: m.load.arts} // the articles listed so far
	}
	if n.Kind == common.CategoryTerm {
		return lib.InCategory(n.Name)
	}
	return lib.WithTag(n.Name)
}

// thousands writes n with commas: 10,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// touched notes a key or a click: from then on, the library loading in
// the background keeps the row the person selected; before it, the
// first row, the newest article, stays selected as articles arrive.
func (m *Model) touched() {
	if m.load != nil {
		m.load.touched = true
	}
}

// keepFirstRow selects the first row of the articles list while nobody
// has touched a key: the newest article, whichever source it came from.
func (m *Model) keepFirstRow(touched bool) {
	if touched || m.opts.Open != "" {
		return
	}
	l := m.articles.List().Model()
	if l.FilterState() == list.Unfiltered && len(l.Items()) > 0 { // unfiltered, every item is visible: Items does not copy them
		l.Select(0)
	}
}

// replaceTerms puts the whole library's terms in a term list. A list
// nobody has moved in stays on its first row: keeping the term that was
// selected among the first articles' few would open the list on a later
// page.
func replaceTerms(l *lists.FilterList, terms []library.Term) tea.Cmd {
	top := l.AtTop()
	cmd := l.Replace(lists.TermItems(terms), lists.TermKey)
	if top {
		l.Model().Select(0)
	}
	return cmd
}
