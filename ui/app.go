// Package ui is folio's terminal interface: lists of articles, tags and
// categories, the reader, and its contents, FAQ and help overlays.
package ui

import (
	"io"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/muesli/termenv"
)

// Options say how to draw.
type Options struct {
	Style   string          // glamour style: "dark", "light" or "notty" (resolved by the caller)
	Color   bool            // false for NO_COLOR or plain output
	Profile termenv.Profile // colour profile for rendered articles when Color is set

	// What folio remembers between runs (see memory.go). With no Store
	// nothing is saved: marks and positions last for the session.
	Store         *state.Store
	Saved         state.State         // what the Store held at startup
	StateWarnings []string            // problems opening it, shown as problems
	StatePath     func(string) string // an article's path as the state keeps it; nil: as shown

	// OpenURL opens a link that leaves the library; nil: the system's
	// opener, or OSC 52. Tests set it so no browser is ever started.
	OpenURL func(url string) tea.Cmd

	// Edit opens an article's file in the editor; nil: $EDITOR, else
	// $VISUAL, else vi, with the TUI suspended. Tests set it so no
	// editor is ever started.
	Edit EditFunc

	// Changes, when set, delivers batches of article files changed on
	// disk (folio --watch); each is read again and the lists and the
	// open reader follow. Drafts says whether draft articles are kept.
	Changes <-chan []string
	Drafts  bool

	// Hyperlinks: the terminal makes OSC 8 hyperlinks clickable, so web
	// addresses in articles are emitted as such.
	Hyperlinks bool

	// Keys are the bindings (see LoadKeys); nil: DefaultKeyMap. Problems
	// are faults found before the TUI started (a bad keys file), shown on
	// the Problems screen.
	Keys     *KeyMap
	Problems []library.Problem
	Load     Loader // when set, the library New gets is shown first and Load's is loaded in the background: loading.go
	Open     string // the slug of an article to open in the reader at start: startopen.go
	// Clipboard is where OSC 52 copies are written (copy.go); nil:
	// stdout. Tests set it.
	Clipboard io.Writer
}

// screenID names a screen; the root keeps a stack of them.
type screenID int

const (
	articlesScreen screenID = iota
	tagsScreen
	categoriesScreen
	narrowedScreen
	readerScreen
	tocScreen
	faqScreen
	helpScreen
	bookmarksScreen
	problemsScreen
	searchScreen
	linksScreen
	relatedScreen
)

// Model is the root model: a stack of screens, the window size, and the
// reading positions of the session.
type Model struct {
	lib    *library.Library
	opts   Options
	keys   KeyMap
	styles *Styles
	cache  *docCache
	stack  []screenID
	w, h   int

	articles, narrowed articlesModel
	tags, categories   taxonomyModel
	reader             readerModel
	toc                tocModel
	faq                faqModel
	help               helpModel
	bookmarks          articlesModel
	problemList        problemsModel
	mem                memory
	nav                navState // library search, links, related, history: nav.go

	positions map[string]position // per slug, kept for the session
	lists     listID              // the last list id handed out
	load      *loadState          // the library so far, while it loads
}

// New builds the TUI over a loaded library.
func New(lib *library.Library, opts Options) Model {
	if opts.Style == "" {
		opts.Style = "dark"
	}
	m := Model{
		lib: lib, opts: opts, keys: DefaultKeyMap(), styles: newStylesPtr(opts),
		cache: newDocCache(), stack: []screenID{articlesScreen}, w: 80, h: 24,
		positions: map[string]position{}, mem: newMemory(lib, opts), nav: newNavState(opts.OpenURL),
	}
	if opts.Keys != nil {
		m.keys = *opts.Keys
	}
	m.mem.problems = append(m.mem.problems, opts.Problems...)
	m.articles = newArticles(m.nextList(), lib.Articles, "Articles", m.styles, m.keys.List)
	m.tags = newTaxonomy(m.nextList(), tagTerms, lib.Tags(), m.styles, m.keys.List)
	m.categories = newTaxonomy(m.nextList(), categoryTerms, lib.Categories(), m.styles, m.keys.List)
	m.bookmarks = newArticles(m.nextList(), lib.Articles, "Bookmarks", m.styles, m.keys.List)
	m.refreshLists()
	if id, ok := m.screenNamed(m.mem.last); ok {
		m.stack[0] = id
	}
	if opts.Load != nil {
		m.load = newLoadState(lib, m.styles)
		m.loadTitles()
	}
	m.resize()
	return m
}

func (m *Model) nextList() listID { m.lists++; return m.lists }

// Init implements tea.Model.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{waitChanges(m.opts.Changes), m.openAtStart()}
	if m.load != nil {
		cmds = append(cmds, startLoad(m.opts.Load), m.load.spin.Tick)
	}
	return tea.Batch(cmds...)
}

func (m *Model) top() screenID { return m.stack[len(m.stack)-1] }

func (m *Model) has(id screenID) bool {
	for _, s := range m.stack {
		if s == id {
			return true
		}
	}
	return false
}

// Update implements tea.Model. The model is large (bubbles lists), so
// the work is done on one copy through a pointer.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if keys, ok := msg.(tea.KeyMsg); ok && keys.Type == tea.KeyRunes && len(keys.Runes) > 1 && !keys.Paste {
		return m.eachKey(keys)
	}
	if _, ok := msg.(tea.KeyMsg); ok {
		m.reader.note = "" // a note lasts until the next key
	}
	m.touched(msg)
	cmd, done := m.updateMemory(msg)
	if !done {
		cmd = m.update(msg)
	}
	return m, tea.Batch(cmd, m.settle())
}

// eachKey handles keys that arrived in one read — typed faster than the
// terminal is read, sent by tmux send-keys or a macro — one at a time, as
// if typed slowly: Bubble Tea gives them as a single message, which no
// binding matches, so "/medi" would otherwise not start a filter. A
// bracketed paste is left whole for the text input it is meant for.
func (m Model) eachKey(keys tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	for _, r := range keys.Runes {
		one := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: keys.Alt}
		if r == ' ' {
			one.Type = tea.KeySpace // as Bubble Tea reports a space on its own
		}
		next, cmd := m.Update(one)
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.w, m.h = max(msg.Width, 1), max(msg.Height, 1)
		return m.resize()
	case tea.KeyMsg:
		return m.handleKey(msg)
	case tea.MouseMsg:
		return m.updateScreen(m.top(), msg)
	case openArticleMsg:
		if msg.slug == m.opts.Open {
			m.selectAtStart()
		}
		m.visit(msg.slug)
		return m.open(msg.slug)
	case navMsg:
		return m.navigate(msg)
	case narrowMsg:
		m.narrow(msg)
	case overlayMsg:
		m.overlay(msg.screen)
	case jumpMsg:
		if t := m.top(); t == tocScreen || t == faqScreen {
			m.pop()
		}
		return m.updateScreen(readerScreen, msg)
	case renderedMsg:
		m.cache.put(msg.key, msg.doc)
		if m.has(readerScreen) {
			return m.updateScreen(readerScreen, msg)
		}
	case loadedMsg:
		return m.loaded(msg)
	case spinner.TickMsg:
		cmd := m.loadTick(msg)
		if m.has(readerScreen) {
			return tea.Batch(cmd, m.updateScreen(readerScreen, msg))
		}
		return cmd
	case editedMsg:
		if msg.err != nil {
			return m.notify("editor: " + msg.err.Error())
		}
		return reloadCmd([]string{msg.path})
	case changedMsg:
		return tea.Batch(reloadCmd(msg.paths), waitChanges(m.opts.Changes))
	case reloadedMsg:
		return m.reload(msg.changes)
	case filterMsg:
		for _, id := range m.stack {
			if m.listOf(id) == msg.list {
				return m.updateScreen(id, msg)
			}
		}
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	g, top := m.keys.Global, m.top()
	switch {
	case key.Matches(msg, g.ForceQuit):
		return m.quit()
	case m.capturing(top):
		return m.updateScreen(top, msg)
	case m.isCopyKey(top, msg):
		cmd, _ := m.copyKey(top, msg)
		return cmd
	case top == helpScreen && key.Matches(msg, g.Help, g.Back, g.Quit):
		m.pop()
	case m.list(top) != nil && key.Matches(msg, m.keys.Nav.Search):
		return m.openSearch()
	case key.Matches(msg, g.Help):
		m.help = newHelp(m.title(top), m.keyMap(top), m.styles)
		m.push(helpScreen)
	case key.Matches(msg, g.Back):
		if m.filtered(top) {
			// every key of Back clears, not only the list's own ClearFilter key
			m.clearFilter(top)
			return nil
		}
		if len(m.stack) > 1 {
			m.pop()
		}
	case key.Matches(msg, g.Quit):
		if len(m.stack) == 1 {
			return m.quit()
		}
		m.pop()
	case m.tabbable(top) && key.Matches(msg, g.NextTab, g.PrevTab, g.Articles, g.Tags, g.Categories, m.keys.Marks.Bookmarks):
		m.switchTab(msg)
	default:
		return m.updateScreen(top, msg)
	}
	return nil
}

// open shows the reader on an article, where it was left.
func (m *Model) open(slug string) tea.Cmd {
	a, ok := m.article(slug)
	if !ok {
		return nil
	}
	m.reader = newReader(a, m.startAt(a), m.opts, m.cache, m.styles, m.keys.Reader)
	m.opened(a)
	m.attachNav(a)
	m.push(readerScreen)
	var cmd tea.Cmd
	m.reader, cmd = m.reader.setSize(m.w, m.bodyHeight(readerScreen))
	return cmd
}

// narrow shows the articles under a tag or category, over the term list.
func (m *Model) narrow(msg narrowMsg) {
	arts := m.articlesUnder(msg)
	title := "Articles · " + msg.kind.String() + ": " + msg.name
	m.narrowed = newArticles(m.nextList(), arts, title, m.styles, m.keys.List)
	m.narrowed.apply(m.articleView(), false)
	m.narrowed.setSize(m.w, m.bodyHeight(narrowedScreen))
	m.push(narrowedScreen)
}

// overlay opens the reader's table of contents or FAQ.
func (m *Model) overlay(id screenID) {
	if m.top() != readerScreen {
		return
	}
	a := m.reader.art
	if id == tocScreen {
		m.toc = newTOC(m.nextList(), a, m.reader.currentHeading(), m.styles, m.keys.List)
		m.toc.setSize(m.w, m.bodyHeight(tocScreen))
	} else {
		m.faq = newFAQ(m.nextList(), a, m.reader.currentQuestion(), m.styles, m.keys.List)
		m.faq.setSize(m.w, m.bodyHeight(faqScreen))
	}
	m.push(id)
}

func (m *Model) push(id screenID) {
	m.stack = append(m.stack, id)
	if id == helpScreen {
		m.help.setSize(m.w, m.bodyHeight(helpScreen))
	}
}

// pop leaves the top screen, remembering the reading position.
func (m *Model) pop() {
	if m.top() == readerScreen {
		m.positions[m.reader.art.Slug] = m.reader.position()
		m.queueClose()
	}
	m.stack = m.stack[:len(m.stack)-1]
}

// switchTab moves between the Articles, Tags, Categories and Bookmarks lists.
func (m *Model) switchTab(msg tea.KeyMsg) {
	g := m.keys.Global
	order := m.tabs()
	cur := 0
	for i, id := range order {
		if id == m.stack[0] {
			cur = i
		}
	}
	switch {
	case key.Matches(msg, g.NextTab):
		cur = (cur + 1) % len(order)
	case key.Matches(msg, g.PrevTab):
		cur = (cur + len(order) - 1) % len(order)
	case key.Matches(msg, g.Articles):
		cur = 0
	case key.Matches(msg, g.Tags):
		cur = 1
	case key.Matches(msg, g.Categories):
		cur = 2
	case key.Matches(msg, m.keys.Marks.Bookmarks):
		cur = 3
	}
	for len(m.stack) > 1 {
		m.pop()
	}
	m.stack[0] = order[cur]
}
