package ui

import (
	"io"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
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

	// SaveDir is where the links list's save key puts web pages; ""
	// turns it off. Save saves one; nil: web.Save.
	SaveDir string
	Save    SaveFunc

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

	// Images: how the reader draws an article's local pictures,
	// render.ImagesBlocks or render.ImagesOff ("", the default). Graphics
	// protocols cannot scroll with the text, so the reader uses blocks.
	Images string

	// Keys are the bindings (see LoadKeys); nil: DefaultKeyMap. Problems
	// are faults found before the TUI started (a bad keys file), shown on
	// the Problems screen.
	Keys     *keymap.KeyMap
	Problems []library.Problem
	Load     Loader // when set, the library New gets is shown first and Load's is loaded in the background: loading.go

	previewWait time.Duration // how long Update waits for a first screen: preview.go
	searchDelay time.Duration // how long typing must pause before the library is searched; 0: 120 ms
	still       bool          // spinners show one frame and never tick: tests run every command to its end
	Open        string        // the slug of an article to open in the reader at start: startopen.go
	Measure     int           // the reader's width in cells (config.toml's width); 0: about 100
	// Clipboard is where OSC 52 copies are written (copy.go); nil:
	// stdout. Tests set it.
	Clipboard io.Writer
}

// Model is the root model: a stack of screens, the window size, and the
// reading positions of the session.
type Model struct {
	lib    *library.Library
	opts   Options
	keys   keymap.KeyMap
	styles *common.Styles
	cache  *reader.Cache
	stack  []screenID
	w, h   int

	screens // one model of each screen: screens.go
	mem     memory
	nav     navState // library search, links, related, history: nav.go

	positions map[string]reader.Position // per slug, kept for the session
	lists     lists.ID                   // the last list id handed out
	load      *loadState                 // the library so far, while it loads
}

// New builds the TUI over a loaded library.
func New(lib *library.Library, opts Options) Model {
	if opts.Style == "" {
		opts.Style = "dark"
	}
	m := Model{
		lib: lib, opts: opts, keys: keymap.Default(), styles: newStyles(opts),
		cache: reader.NewCache(), stack: []screenID{articlesScreen}, w: 80, h: 24,
		positions: map[string]reader.Position{}, mem: newMemory(lib, opts), nav: newNavState(opts.OpenURL, opts.searchDelay),
	}
	if opts.Keys != nil {
		m.keys = *opts.Keys
	}
	m.mem.problems = append(m.mem.problems, opts.Problems...)
	m.articles = lists.NewArticles(m.nextList(), lib.Articles, "Articles", m.styles, m.keys.List)
	m.tags = lists.NewTaxonomy(m.nextList(), common.TagTerm, lib.Tags(), m.styles, m.keys.List)
	m.categories = lists.NewTaxonomy(m.nextList(), common.CategoryTerm, lib.Categories(), m.styles, m.keys.List)
	m.bookmarks = lists.NewArticles(m.nextList(), lib.Articles, "Bookmarks", m.styles, m.keys.List)
	m.bookmarks.None = "No bookmarks yet: press m on an article to keep it here."
	m.refreshLists()
	if id, ok := m.screenNamed(m.mem.last); ok {
		m.stack[0] = id
	}
	if opts.Load != nil {
		m.load = newLoadState(lib, m.styles)
		m.loadTitles()
	}
	m.resize()
	m.syncQuestions()
	return m
}

// newStyles builds the styles once; screens share them read-only.
func newStyles(o Options) *common.Styles {
	s := common.NewStyles(o.Style, o.Color)
	return &s
}

func (m *Model) nextList() lists.ID { m.lists++; return m.lists }

// Init implements tea.Model.
func (m Model) Init() tea.Cmd {
	cmds := []tea.Cmd{waitChanges(m.opts.Changes), m.openAtStart()}
	if m.load != nil {
		cmds = append(cmds, startLoad(m.opts.Load))
		if !m.opts.still {
			cmds = append(cmds, m.load.spin.Tick)
		}
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
	return m.step(msg)
}

func (m Model) step(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyMsg); ok {
		m.reader.SetNote("") // a note lasts until the next key
	}
	m.touched(msg)
	cmd, done := m.updateMemory(msg)
	if !done {
		cmd = m.update(msg)
	}
	m.syncQuestions()
	return m, tea.Batch(cmd, m.settle())
}

// eachKey handles keys that arrived in one read — typed faster than the
// terminal is read, sent by tmux send-keys or a macro, pasted without
// bracketed paste — as if typed slowly: Bubble Tea gives them as a
// single message, which no binding matches, so "/medi" would otherwise
// not start a filter. Once a screen takes text (the filter started), the
// rest goes to it whole: one message, so a list filters once per burst,
// not once per rune. A bracketed paste is left whole too.
func (m Model) eachKey(keys tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	typing := m.keys.TypingKeys()
	for i, r := range keys.Runes {
		if rest := keys.Runes[i:]; len(rest) > 1 && m.capturing(m.top()) && !m.mem.quitting && !anyRuneMatches(rest, typing) {
			next, cmd := m.step(tea.KeyMsg{Type: tea.KeyRunes, Runes: rest, Alt: keys.Alt})
			return next, tea.Batch(append(cmds, cmd)...)
		}
		one := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: keys.Alt}
		if r == ' ' {
			one.Type = tea.KeySpace // as Bubble Tea reports a space on its own
		}
		next, cmd := m.step(one)
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	return m, tea.Batch(cmds...)
}

// anyRuneMatches reports that one of rs, as a key, matches one of bs.
func anyRuneMatches(rs []rune, bs []key.Binding) bool {
	for _, r := range rs {
		if key.Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}, bs...) {
			return true
		}
	}
	return false
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
	case common.OpenArticleMsg:
		if msg.Slug == m.opts.Open {
			m.selectAtStart()
		}
		m.visit(msg.Slug)
		return m.open(msg.Slug)
	case common.FollowMsg, common.ShowLinksMsg, common.ShowRelatedMsg, common.CloseMsg, common.HistoryMsg, common.LinkMsg,
		common.SaveLinkMsg, linkSavedMsg, openedMsg, copiedMsg, lists.SearchMsg:
		return m.navigate(msg)
	case common.OpenQuestionMsg:
		return m.openQuestion(msg)
	case common.NarrowMsg:
		m.narrow(msg)
	case common.OverlayMsg:
		m.overlay(msg.Overlay)
	case common.JumpMsg:
		if t := m.top(); t == tocScreen || t == faqScreen {
			m.pop()
		}
		return m.updateScreen(readerScreen, msg)
	case reader.PreviewMsg:
		if m.has(readerScreen) {
			return m.updateScreen(readerScreen, msg)
		}
	case reader.RenderedMsg:
		m.cache.Keep(msg)
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
	case lists.FilterMsg:
		for _, id := range m.stack {
			if m.listOf(id) == msg.ListID() {
				return m.updateScreen(id, msg)
			}
		}
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyMsg) tea.Cmd {
	g, top := m.keys.Global, m.top()
	switch {
	case keymap.IsForceQuit(msg, g):
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
	case m.tabbable(top) && key.Matches(msg, m.tabKeys()...):
		m.switchTab(msg)
	case top == narrowedScreen && key.Matches(msg, m.keys.Questions.OfArticles):
		m.showTermQuestions()
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
	m.reader = reader.New(a, m.startAt(a), m.readerConfig(a))
	m.opened(a)
	return m.push(readerScreen)
}

// narrow shows the articles under a tag or category, over the term list.
func (m *Model) narrow(msg common.NarrowMsg) {
	arts := m.articlesUnder(msg)
	title := "Articles · " + msg.Kind.String() + ": " + msg.Name
	m.narrowed = lists.NewArticles(m.nextList(), arts, title, m.styles, m.keys.List)
	m.narrowed.Apply(m.articleView(), false)
	m.push(narrowedScreen)
}

// overlay opens the reader's table of contents or FAQ.
func (m *Model) overlay(o common.Overlay) {
	if m.top() != readerScreen {
		return
	}
	a := m.reader.Article()
	switch o {
	case common.ContentsOverlay:
		m.toc = reader.NewContents(m.nextList(), a, m.reader.CurrentHeading(), m.styles, m.keys.List)
		m.push(tocScreen)
	case common.FAQOverlay:
		m.faq = reader.NewFAQ(m.nextList(), a, m.reader.CurrentQuestion(), m.styles, m.keys.List)
		m.push(faqScreen)
	}
}

// push shows a screen over the others, sized to the window.
func (m *Model) push(id screenID) tea.Cmd {
	m.stack = append(m.stack, id)
	return m.resizeOne(id)
}

// pop leaves the top screen, remembering the reading position.
func (m *Model) pop() {
	if m.top() == readerScreen {
		m.positions[m.reader.Article().Slug] = m.reader.Position()
		m.queueClose()
	}
	m.stack = m.stack[:len(m.stack)-1]
}

// switchTab moves between the lists of the tab bar: the next or the
// previous one, or the one whose key was pressed.
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
	default:
		for i, id := range order {
			if key.Matches(msg, m.spec(id).tabKey(m.keys)) {
				cur = i
			}
		}
	}
	for len(m.stack) > 1 {
		m.pop()
	}
	m.stack[0] = order[cur]
}
