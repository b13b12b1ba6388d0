package lists

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Note shows s in the list's status bar for d. bubbles'
// NewStatusMessage is called for its text only: the command it returns
// reads the list through a pointer from its own goroutine while folio
// updates the list in place (a data race the race detector found), so
// folio's own tick ends the note, as a NoteEndMsg for this list.
func (f *FilterList) Note(s string, d time.Duration) tea.Cmd {
	_ = f.list.NewStatusMessage(s) // not run: see above
	f.notes++
	id, n := f.id, f.notes
	return tea.Tick(d, func(time.Time) tea.Msg { return NoteEndMsg{list: id, n: n} })
}

// NoteEndMsg ends the note a list showed, unless a newer one took its
// place.
type NoteEndMsg struct {
	list ID
	n    int
}

// ListID is the list the note was shown in.
func (m NoteEndMsg) ListID() ID { return m.list }

// endNote clears the status bar when msg ends the newest note.
func (f *FilterList) endNote(msg NoteEndMsg) {
	if msg.list == f.id && msg.n == f.notes {
		_ = f.list.NewStatusMessage("") // not run: see Note
	}
}
