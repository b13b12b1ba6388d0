package ui

import (
	"time"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/reader"
)

// Reading positions: where the reader opens an article (where it was
// left this session, else in an earlier one) and what closing it saves.

// startAt is where the reader opens a.
func (m *Model) startAt(a *library.Article) reader.Position {
	if at, ok := m.positions[a.Slug]; ok {
		return at
	}
	return reader.SavedPosition(a, m.mem.marks[a.Slug].Position)
}

// opened notes that the reader opened a.
func (m *Model) opened(a *library.Article) {
	m.mem.opened = time.Now()
	m.reader.SetBookmarked(m.mem.marks[a.Slug].Bookmarked)
}

// queueClose queues the reader's position and open time for saving.
func (m *Model) queueClose() {
	p, ok := m.reader.StatePosition()
	if !ok {
		return // never shown: the position is the one it opened at
	}
	opened := m.mem.opened
	m.mem.edit(m.reader.Article(), func(rec *state.Article) {
		rec.Position = nil
		if p != nil {
			c := *p
			rec.Position = &c
		}
		rec.Opened = opened
	})
}
