package ui

import (
	"slices"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/reader"
)

// The root's side of folio's memory: the mark keys, what opening and
// closing an article saves, marking read, and saving before quitting.

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
		if keymap.IsForceQuit(msg, g) {
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
	case key.Matches(msg, k.Edit) && top == readerScreen:
		return m.edit(m.reader.Article()), true
	case key.Matches(msg, k.Edit) && m.articleList(top):
		return m.edit(m.selectedArticle(top)), true
	case key.Matches(msg, k.Bookmark) && top == readerScreen:
		return m.toggleBookmark(m.reader.Article()), true
	case key.Matches(msg, k.Bookmark) && m.articleList(top):
		if a := m.selectedArticle(top); a != nil {
			return m.toggleBookmark(a), true
		}
	case key.Matches(msg, k.Unread) && m.articleList(top):
		m.mem.unread = !m.mem.unread
		return m.refreshLists(), true
	case key.Matches(msg, k.Sort) && m.articleList(top):
		m.mem.sort = m.mem.sort.Next()
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
	if r := m.reader.Article(); r != nil && r.Slug == a.Slug {
		m.reader.SetBookmarked(on)
	}
	return m.refreshLists()
}

// opened notes that the reader opened a.
func (m *Model) opened(a *library.Article) {
	m.mem.opened = time.Now()
	m.reader.SetBookmarked(m.mem.marks[a.Slug].Bookmarked)
}

// startAt is where the reader opens a: where it was left this session,
// else where it was left in an earlier one.
func (m *Model) startAt(a *library.Article) reader.Position {
	if at, ok := m.positions[a.Slug]; ok {
		return at
	}
	return reader.SavedPosition(a, m.mem.marks[a.Slug].Position)
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

// settle runs after every message: an article read to its end is marked
// read, and queued changes start saving.
func (m *Model) settle() tea.Cmd {
	var cmd tea.Cmd
	if m.top() == readerScreen && m.reader.AtEnd() && !m.mem.marks[m.reader.Article().Slug].Read {
		m.mem.edit(m.reader.Article(), func(r *state.Article) { r.Read = true })
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
	last := m.screenName(m.stack[0])
	m.mem.queue(func(s *state.State) { s.LastScreen = last })
}

// SaveNow saves, synchronously, what the session has not saved: for a
// program that ended without quitting through the model (a signal), or
// whose last save failed. It does nothing after a quit that saved, or
// without a state file.
func (m Model) SaveNow() error { return m.saveLeft(true) }

// SaveAfterHangup is SaveNow for a terminal that went away (SIGHUP): the
// open article's place and the marks are kept, but not the screen, which
// the reader did not choose to leave; the next run starts where the last
// real quit left it.
func (m Model) SaveAfterHangup() error { return m.saveLeft(false) }

func (m Model) saveLeft(screen bool) error {
	mem := &m.mem
	if mem.store == nil || mem.done {
		return nil
	}
	cs := slices.Concat(mem.failed, mem.inflight, mem.pending)
	mem.pending = nil
	switch {
	case mem.quitting: // the quit queued its final changes already
	case screen:
		m.queueFinal()
	case m.has(readerScreen):
		m.queueClose()
	}
	cs = append(cs, mem.pending...)
	if len(cs) == 0 {
		return nil
	}
	return mem.store.Update(func(s *state.State) { apply(s, cs) })
}
