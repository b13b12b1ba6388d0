package ui

import (
	tea "github.com/charmbracelet/bubbletea"
)

// Keys coming faster than anyone types are a flood (keymap/flood.go):
// the root drops them and says so.

// floodNote is what the screen says when a flood starts.
const floodNote = "Keys too fast (a paste?): ignored until they stop"

// startFlood shows the note a flood starts with.
func (m *Model) startFlood() tea.Cmd { return m.notify(floodNote) }
