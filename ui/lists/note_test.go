package lists

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/list"
	"github.com/folio-reader/folio/ui/keymap"
)

// A note shows in the status bar until its own end message; an older
// note's end leaves a newer note alone.
func TestNoteEnds(t *testing.T) {
	f := NewFilterList(7, []list.Item{}, RowDelegate{Styles: &testStyles.Row, Lines: 1}, &testStyles, keymap.Default().List, "T", "thing", "things")
	f.SetSize(60, 10)
	first := f.Note("first note", time.Hour)
	second := f.Note("second note", time.Millisecond)
	if !strings.Contains(f.list.View(), "second note") {
		t.Fatalf("the note is not shown:\n%s", f.list.View())
	}
	_ = first // an hour away: its end would come after the second's
	end := second().(NoteEndMsg)
	f, _, _ = f.Update(NoteEndMsg{list: 7, n: 1}) // the first note's end: too old
	if !strings.Contains(f.list.View(), "second note") {
		t.Fatal("an older note's end removed the newer note")
	}
	f, _, _ = f.Update(end)
	if strings.Contains(f.list.View(), "second note") {
		t.Fatal("the note's end did not remove it")
	}
}
