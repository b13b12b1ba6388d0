package ui

import (
	"path/filepath"

	tea "github.com/charmbracelet/bubbletea"
)

// noteUnreadable tells the reader that its article's file changed but
// could not be read again (an editor saved it as binary, a permission
// changed): the text shown is the one from before, which would
// otherwise look like the edit was lost. cmd is passed through.
func (m *Model) noteUnreadable(changed map[string]fileChange, cmd tea.Cmd) tea.Cmd {
	if !m.has(readerScreen) || m.reader.Article() == nil {
		return cmd
	}
	c, ok := changed[m.reader.Article().Path]
	if !ok || c.err == nil || c.gone {
		return cmd
	}
	note := filepath.Base(c.path) + " changed but cannot be read (" + c.err.Error() + "): showing the text from before"
	return tea.Batch(cmd, m.notify(note))
}
