// Package reader is folio's reader: one article rendered in a viewport,
// the preview of its first screen while the whole renders, the
// navigator that lands every jump on what is rendered, the search inside
// the article (find), footnotes, and the lists the reader opens over
// itself (contents, FAQ, links).
package reader

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/render"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

const (
	readableWidth = 100 // the reader's measure, centred in wider windows
	wideWidth     = 300 // the measure in wide mode
)

// Config is what a reader needs from the root: how to render, where
// rendered documents are kept, the styles, the keys, and the articles
// related to the one it shows.
type Config struct {
	Style      string          // glamour style: "dark", "light", "notty" or a style file
	Color      bool            // false for NO_COLOR or plain output
	Profile    termenv.Profile // colour profile for rendered articles when Color is set
	Hyperlinks bool            // web addresses as OSC 8 hyperlinks
	Images     string          // render.ImagesBlocks or off ("")
	Pictures   *picture.Cache  // decoded pictures, and the folders they may come from
	Measure    int             // the reader's width in cells; 0: readableWidth

	Cache   *Cache
	Styles  *common.Styles
	Keys    keymap.KeyMap
	Related []*library.Article // shown after the article; r lists them
	// Review reads an article's review with its alternatives linked to
	// the library (Library.Review); nil: library.ReviewOf, unlinked.
	Review func(*library.Article) *library.Review
}

// Model shows one rendered article in a viewport.
type Model struct {
	art        *library.Article
	cfg        Config
	keys       keymap.ReaderKeys
	styles     *common.Styles
	cache      *Cache
	doc        *render.Document // the document shown; may be for an older width
	shown      docKey
	want       docKey
	inflight   map[docKey]bool
	err        error
	start      Position       // where to land when the first document arrives
	preview    *render.Window // the first screen, shown until the first document arrives: preview.go
	previewing docKey         // a preview rendering in the background for this key
	pending    *Position      // a jump beyond the preview, made when the document arrives: navigator.go
	focus      int            // the line last jumped to, which may lie below a viewport stopped at the bottom; -1 after scrolling
	vp         viewport.Model
	spin       spinner.Model
	spinning   bool
	wide       bool
	w, h       int

	bookmarked bool   // shown in the status line
	note       string // a passing note shown in the status line, until the next key
	// the search inside the article, links, related, history: finder.go
	nav     keymap.NavKeys
	related []*library.Article
	find    finder
	lines   []string // the document's lines, then the related footer
}

// New is a reader of a, opening at at; SetSize lays it out and starts
// its render.
func New(a *library.Article, at Position, cfg Config) Model {
	vp := viewport.New(0, 0)
	vp.KeyMap = viewport.KeyMap{} // every key is decided in update
	return Model{
		art: a, cfg: cfg, keys: cfg.Keys.Reader, styles: cfg.Styles, cache: cfg.Cache, start: at, focus: -1,
		inflight: map[docKey]bool{}, vp: vp, nav: cfg.Keys.Nav, related: cfg.Related, find: newFinder(cfg.Styles),
		spin: spinner.New(spinner.WithSpinner(spinner.Dot), spinner.WithStyle(cfg.Styles.Reader.Spinner)),
	}
}

// Reopen is a reader of a, the new version of m's article read again
// from its file, at the place m shows and in its width mode. cfg is a's.
func (m Model) Reopen(a *library.Article, cfg Config) Model {
	at := m.start
	if m.doc != nil {
		at = m.Position()
	}
	n := New(a, at, cfg)
	n.wide, n.bookmarked = m.wide, m.bookmarked
	return n
}

// Article is the article shown; nil before one is opened.
func (m Model) Article() *library.Article { return m.art }

// SetNote shows a passing note in the status line, until the next key.
func (m *Model) SetNote(s string) { m.note = s }

// SetBookmarked shows the article's bookmark in the status line.
func (m *Model) SetBookmarked(on bool) { m.bookmarked = on }

// Shown is what the reader shows, as the root (marking an article read)
// and tests look at it.
type Shown struct {
	Slug       string
	Rendered   bool // the whole document is shown (not the preview, not the spinner)
	Previewing bool // the preview of the first screen is shown
	Pending    bool // a jump waits for the document
	AtEnd      bool // the article's last line is on screen, at the width asked for
	Top        int  // the line at the top of the viewport
	Header     int  // the lines above the viewport in View
	Width      int  // the viewport's
	Height     int  // the viewport's
	Finding    bool // a search inside the article is shown
	Query      string
	Note       string
	Bookmarked bool
}

// Shown is what the reader shows now.
func (m Model) Shown() Shown {
	if m.art == nil {
		return Shown{}
	}
	s := Shown{Rendered: m.doc != nil, Previewing: m.doc == nil && m.preview != nil, Pending: m.pending != nil,
		AtEnd: m.AtEnd(), Top: m.vp.YOffset, Header: m.headerHeight(), Width: m.vp.Width, Height: m.vp.Height,
		Finding: m.find.active(), Query: m.find.query, Note: m.note, Bookmarked: m.bookmarked}
	s.Slug = m.art.Slug
	return s
}

// AtEnd reports that the reader shows the article's last line.
func (m Model) AtEnd() bool {
	return m.doc != nil && m.shown == m.want && m.vp.AtBottom()
}

// StatePosition is where the reader is as the state file keeps it; ok
// is false when no document was shown (the place is the one it opened
// at, not worth saving).
func (m Model) StatePosition() (p *state.Position, ok bool) {
	if m.art == nil || m.doc == nil {
		return nil, false
	}
	return statePosition(m.art, m.doc, m.after()), true
}

// Position is where the reader is, to come back to later.
func (m Model) Position() Position {
	if m.doc == nil && m.preview != nil {
		return m.previewPosition()
	}
	if m.doc == nil {
		return m.start
	}
	return positionAt(m.art, m.doc, m.after())
}

// currentHeading is the heading whose section is at the top, or aboveHeadings.
func (m Model) CurrentHeading() int {
	if m.doc == nil && m.preview != nil {
		return m.previewPosition().heading
	}
	if m.doc == nil {
		return m.start.heading
	}
	return m.doc.HeadingAt(m.after())
}

// currentQuestion is the flat index of the FAQ question being read, or -1.
func (m Model) CurrentQuestion() int {
	if m.doc == nil {
		return -1
	}
	return questionAt(m.doc, m.after())
}

// The screen interface (ui/common/screen.go).

func (m *Model) Update(msg tea.Msg) tea.Cmd { return common.Step(m, msg, Model.update) }
func (m *Model) View() string               { return m.view() }
func (m *Model) Capturing() bool            { return m.find.typing }
func (m *Model) Filtered() bool             { return m.find.active() }
func (m *Model) ClearFilter()               { m.clearFind() }

// SetSize lays the reader out; before an article is opened there is nothing to lay out.
func (m *Model) SetSize(w, h int) tea.Cmd {
	if m.art == nil {
		return nil
	}
	var cmd tea.Cmd
	*m, cmd = m.setSize(w, h)
	return cmd
}

// KeyMap is the reader's help in its current state: its keys with the
// search, links, related and history keys.
func (m *Model) KeyMap(f common.Frame) help.KeyMap {
	return readerNavHelp{readerHelp: readerHelp{g: f.Keys.Global, r: f.Keys.Reader}, n: f.Keys.Nav,
		typing: m.find.typing, finding: m.find.active()}
}
