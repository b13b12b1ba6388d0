package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
)

// Keys that come faster than anyone types — a paste without bracketed
// paste, tmux send-keys of a megabyte, a runaway macro — are a flood:
// each would act (open an overlay, scroll, switch a tab) one after
// another while ctrl+c, which comes after them, waits its turn; 100,000
// t's toggling the contents took 30 s. Keys form a run while each comes
// within runGap of the end of the one before — a burst's runes, and
// keys waiting in line while folio works, always do; no one types or
// repeats a key that fast. Past floodKeys keys in a run, every key but
// ctrl+c is dropped until none has come for floodQuiet, and a note says
// so. While keys are dropped the frame is not drawn again (View gives
// the one before), so dropping costs next to nothing whatever the
// flood's size. A burst into a text field goes to it whole, as one key,
// and the field takes at most its character limit (lists.MaxQuery): a
// long paste fills it, then floods.

const (
	floodKeys  = 64                     // keys acted on in one run before the rest are a flood
	runGap     = 5 * time.Millisecond   // a key this soon after the last one's end continues its run
	floodQuiet = 100 * time.Millisecond // a flood ends after this long without a key
)

// flood counts the keys of a run and holds a flood's state.
type flood struct {
	now     func() time.Time
	limit   int       // floodKeys, or a test's
	last    time.Time // when the last key was done with
	n       int       // keys acted on in the run
	flooded bool
	frame   frame
}

// frame is the last frame drawn, given again while keys are dropped.
type frame struct {
	keep bool
	view string
}

func newFlood(now func() time.Time, limit int) flood {
	if limit <= 0 {
		limit = floodKeys
	}
	return flood{now: now, limit: limit}
}

func (f *flood) clock() time.Time {
	if f.now == nil {
		return time.Now()
	}
	return f.now()
}

// keepFrame says whether the next View may give the last frame again.
func (f *flood) keepFrame(keep bool) { f.frame.keep = keep }

// dropping reports that msg comes during a flood and is dropped: any key
// but ctrl+c (or the keys file's force_quit). A key after floodQuiet
// without one ends the flood and starts a run.
func (f *flood) dropping(msg tea.KeyMsg, g keymap.GlobalKeys) bool {
	now := f.clock()
	if now.Sub(f.last) > runGap {
		f.n = 0
	}
	if !f.flooded || keymap.IsForceQuit(msg, g) {
		return false
	}
	if now.Sub(f.last) > floodQuiet {
		f.flooded = false
		return false
	}
	f.last = now
	return true
}

// admit counts a key about to be acted on and reports whether it may
// be: false starts a flood, and the key and those after it are dropped.
func (f *flood) admit() bool {
	f.n++
	if f.n <= f.limit {
		return true
	}
	f.flooded, f.last = true, f.clock()
	return false
}

// done marks the end of a key's handling, from which the next key's gap
// is measured.
func (f *flood) done() { f.last = f.clock() }

// floodNote is what the screen says when a flood starts.
const floodNote = "Keys too fast (a paste?): ignored until they stop"

// startFlood shows the note a flood starts with.
func (m *Model) startFlood() tea.Cmd { return m.notify(floodNote) }
