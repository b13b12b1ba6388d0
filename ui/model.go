package ui

import (
	"io"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
	"github.com/folio-reader/folio/ui/render/picture"
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

	// SaveDir is where the links list's save key puts web pages, and Save
	// saves one (cmd/folio passes web.Save); with either unset the key is
	// off.
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
	// Pictures keeps them decoded once for the session, and draws only
	// those inside the folders it was made with (picture.NewCache); nil:
	// no local picture is drawn.
	Images   string
	Pictures *picture.Cache

	// Keys are the bindings (keymap.Load, keymap.FromTable); nil:
	// keymap.Default(). Problems
	// are faults found before the TUI started (a bad keys file), shown on
	// the Problems screen.
	Keys     *keymap.KeyMap
	Problems []library.Problem
	Load     Loader // when set, the library New gets is shown first and Load's is loaded in the background: loading.go

	// Open is the slug of an article to open in the reader at start
	// (open.go); while Load runs, it opens when the batch holding it
	// arrives.
	Open    string
	Measure int // the reader's width in cells (config.toml's width); 0: about 100
	// Clipboard is where OSC 52 copies are written (copy.go); nil:
	// stdout. Tests set it.
	Clipboard io.Writer

	searchDelay time.Duration    // how long typing must pause before the library is searched; 0: 120 ms
	saveTimeout time.Duration    // how long a page's save may take before it is given up; 0: saveTimeout
	clock       func() time.Time // what a flood is timed by; nil: time.Now
	floodKeys   int              // keys acted on in floodWindow before the rest are dropped; 0: keymap.FloodKeys
}

// Model is the root model: a stack of screens, the window size, and the
// reading positions of the session. It is a pointer to them: Bubble Tea
// takes and returns the model by value for every message and calls View
// on a copy, and the screens' bubbles lists make them a quarter of a
// megabyte, which copied and boxed per key made a paste of 100 KB hold
// ctrl+c for seconds (keymap/flood.go).
type Model struct{ *root }

// root is what the model holds.
type root struct {
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
	rowMarks  *lists.Marks               // what the article lists' rows show of marks (articleView keeps it up to date)
	lists     lists.ID                   // the last list id handed out
	load      *loadState                 // the library so far, while it loads
	flood     keymap.Flood               // keys coming faster than anyone types: flood.go
}

// New builds the TUI over a loaded library.
func New(lib *library.Library, opts Options) Model {
	if opts.Style == "" {
		opts.Style = "dark"
	}
	if opts.Pictures == nil {
		opts.Pictures = picture.NewCache() // confined to no folder
	}
	m := Model{&root{
		lib: lib, opts: opts, keys: keymap.Default(), styles: newStyles(opts),
		cache: reader.NewCache(), stack: []screenID{articlesScreen}, w: 80, h: 24,
		positions: map[string]reader.Position{}, mem: newMemory(lib, opts), nav: newNavState(opts.OpenURL, opts.searchDelay),
		flood: keymap.NewFlood(opts.clock, opts.floodKeys),
	}}
	if opts.Keys != nil {
		m.keys = *opts.Keys
	}
	m.mem.problems = append(m.mem.problems, opts.Problems...)
	m.rowMarks = &lists.Marks{Of: m.mem.marks}
	rows := lists.ArticleItems(lib.Articles, m.rowMarks) // one row an article, for both lists
	m.articles = lists.NewArticles(m.nextList(), lib.Articles, rows, "Articles", m.rowMarks, m.styles, m.keys.List)
	m.tags = lists.NewTaxonomy(m.nextList(), common.TagTerm, lib.Tags(), m.styles, m.keys.List)
	m.categories = lists.NewTaxonomy(m.nextList(), common.CategoryTerm, lib.Categories(), m.styles, m.keys.List)
	m.bookmarks = lists.NewArticles(m.nextList(), lib.Articles, rows, "Bookmarks", m.rowMarks, m.styles, m.keys.List)
	m.bookmarks.None = "No bookmarks yet: press m on an article to keep it here."
	m.refreshLists()
	if id, ok := m.screenNamed(m.mem.last); ok {
		m.stack[0] = id
	}
	if opts.Load != nil {
		m.load = newLoadState(lib, m.rowMarks, m.styles)
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
		cmds = append(cmds, startLoad(m.opts.Load, m.rowMarks, m.mem.recallable()), m.load.spin.Tick)
	}
	return tea.Batch(cmds...)
}

// Library is the library the model shows: once a background load has
// finished, the whole of it.
func (m Model) Library() *library.Library { return m.lib }
