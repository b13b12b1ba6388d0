package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// The navigation stack: the screen on top gets the keys, the one at the
// bottom is a tab.

func (m *Model) top() screenID { return m.stack[len(m.stack)-1] }

func (m *Model) has(id screenID) bool {
	for _, s := range m.stack {
		if s == id {
			return true
		}
	}
	return false
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

// back is esc: it clears the top screen's filter or search first, then
// leaves the screen (never the last one).
func (m *Model) back(top screenID) tea.Cmd {
	switch {
	case m.filtered(top):
		m.clearFilter(top) // every key of Back clears, not only the list's own ClearFilter key
	case len(m.stack) > 1:
		m.pop()
	}
	return nil
}

// closeReader pops the reader and every screen over it, if it is open.
func (m *Model) closeReader() {
	for i, id := range m.stack {
		if id == readerScreen {
			for len(m.stack) > i && len(m.stack) > 1 {
				m.pop()
			}
			return
		}
	}
}

// switchTab moves between the lists of the tab bar: the next or the
// previous one, or the one whose key was pressed.
func (m *Model) switchTab(msg tea.KeyMsg) tea.Cmd {
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
	return nil
}
