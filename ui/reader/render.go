package reader

import (
	"runtime"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

// renderCmd renders an article off the update loop, on every processor.
// It captures only plain values (the article is never written after
// loading) and builds its own renderers, since a Renderer is not safe
// for concurrent use.
func renderCmd(a *library.Article, k docKey, profile termenv.Profile, pics *picture.Cache) tea.Cmd {
	return func() tea.Msg {
		o := render.Options{Width: k.width, Style: k.style, Color: k.color, Profile: profile, Hyperlinks: k.links, Images: k.images, PictureRows: k.rows, Pictures: pics}
		d, err := render.RenderParallel(o, a, runtime.GOMAXPROCS(0))
		return RenderedMsg{key: k, doc: d, err: err}
	}
}

// Cache keeps rendered documents for the session, so reopening an
// article or returning to a width shows at once. It is used from Update
// only.
type Cache struct {
	docs  map[docKey]*render.Document
	order []docKey
	revs  map[string]int // per slug: how many times its file was read again
}

// Bump makes the documents of slug stale: its file was read again.
func (c *Cache) Bump(slug string) {
	if c.revs == nil {
		c.revs = map[string]int{}
	}
	c.revs[slug]++
}

func (c *Cache) rev(slug string) int { return c.revs[slug] }

const docCacheSize = 32

func NewCache() *Cache { return &Cache{docs: map[docKey]*render.Document{}} }

func (c *Cache) get(k docKey) *render.Document { return c.docs[k] }

// Keep keeps a finished render, whether or not its reader is still open,
// so returning to the article shows at once.
func (c *Cache) Keep(msg RenderedMsg) { c.put(msg.key, msg.doc) }

func (c *Cache) put(k docKey, d *render.Document) {
	if _, ok := c.docs[k]; ok || d == nil {
		return
	}
	if len(c.order) == docCacheSize {
		delete(c.docs, c.order[0])
		c.order = c.order[1:]
	}
	c.docs[k] = d
	c.order = append(c.order, k)
}

// RenderedMsg is a finished render. It says which article, width, style
// and colour it was made for, so the reader drops results it no longer
// wants (a later resize, another article).
type RenderedMsg struct {
	key docKey
	doc *render.Document
	err error
}

// docKey identifies a rendered document.
type docKey struct {
	slug   string
	width  int
	style  string
	color  bool
	rev    int    // the article's version: it changes when its file is read again
	links  bool   // web addresses as OSC 8 hyperlinks
	images string // how pictures are drawn: render.ImagesBlocks or off
	rows   int    // the most rows a picture takes: half the reader's height, 0 for an article without pictures
}
