package ui

import (
	"slices"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/state"
)

// Leaving: quitting saves what the session leaves (the open article's
// place, the screen to start on) and quits when the save ends; a program
// ended another way saves synchronously with SaveNow.

// saved ends a save; a quit waiting for it quits.
func (m *Model) saved(msg savedMsg) tea.Cmd {
	m.mem.saved(msg)
	if m.mem.quitting && len(m.mem.pending) == 0 {
		return tea.Quit
	}
	return nil
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
