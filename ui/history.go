package ui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/reader"
)

// history is the reading history of the session: each article opened,
// with where the reader was in it when it moved on, like a browser's.
type history struct {
	entries []histEntry
	cur     int // the entry being read (or last read); -1 when empty
}

type histEntry struct {
	slug string
	pos  reader.Position
	seen bool // pos is known
}

// visit records that slug is opened now: the current entry keeps the
// place the reader leaves, and the entries ahead of it are dropped.
func (m *Model) visit(slug string) {
	h := &m.nav.hist
	m.leave()
	if len(h.entries) > 0 && h.entries[h.cur].slug == slug {
		return
	}
	h.entries = append(h.entries[:min(len(h.entries), h.cur+1)], histEntry{slug: slug})
	h.cur = len(h.entries) - 1
}

// leave stores the reading position in the current entry: the open
// reader's, or the one kept when the reader was closed.
func (m *Model) leave() {
	h := &m.nav.hist
	if len(h.entries) == 0 {
		return
	}
	e := &h.entries[h.cur]
	if m.has(readerScreen) && m.reader.Article() != nil && m.reader.Article().Slug == e.slug {
		e.pos, e.seen = m.reader.Position(), true
	} else if p, ok := m.positions[e.slug]; ok {
		e.pos, e.seen = p, true
	}
}

// travel moves step entries through the history and opens that article
// where it was left.
func (m *Model) travel(step int) tea.Cmd {
	h := &m.nav.hist
	i := h.cur + step
	if len(h.entries) == 0 || i < 0 || i >= len(h.entries) {
		return nil
	}
	if _, ok := m.lib.Article(h.entries[i].slug); !ok {
		return nil
	}
	m.leave()
	h.cur = i
	e := h.entries[i]
	m.closeReader()
	if e.seen {
		m.positions[e.slug] = e.pos
	}
	return m.open(e.slug)
}
