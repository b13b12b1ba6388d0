package keymap

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Keys that come faster than anyone types — a paste without bracketed
// paste, tmux send-keys of a megabyte, a runaway macro — are a flood:
// each would act (open an overlay, scroll, switch a tab) one after
// another while ctrl+c, which comes after them, waits its turn; 100,000
// t's toggling the contents took 30 s. Keys form a run while each comes
// within runGap of the end of the one before — a burst's runes, and
// keys waiting in line while folio works, always do; no one types or
// repeats a key that fast. Past FloodKeys keys in a run, every key but
// ctrl+c is dropped until none has come for FloodQuiet, and a note says
// so. While keys are dropped the frame is not drawn again (View gives
// the one before), so dropping costs next to nothing whatever the
// flood's size. A burst into a text field goes to it whole, as one key,
// and the field takes at most its character limit (lists.MaxQuery): a
// long paste fills it, then floods.

const (
	FloodKeys  = 64                     // keys acted on in one run before the rest are a flood
	runGap     = 5 * time.Millisecond   // a key this soon after the last one's end continues its run
	FloodQuiet = 100 * time.Millisecond // a flood ends after this long without a key
)

// Flood counts the keys of a run and holds a flood's state.
type Flood struct {
	now     func() time.Time
	limit   int       // FloodKeys, or a test's
	last    time.Time // when the last key was done with
	n       int       // keys acted on in the run
	flooded bool
	Frame   Frame
}

// Frame is the last frame drawn, given again while keys are dropped.
type Frame struct {
	Keep bool
	View string
}

func NewFlood(now func() time.Time, limit int) Flood {
	if limit <= 0 {
		limit = FloodKeys
	}
	return Flood{now: now, limit: limit}
}

func (f *Flood) clock() time.Time {
	if f.now == nil {
		return time.Now()
	}
	return f.now()
}

// KeepFrame says whether the next View may give the last frame again.
func (f *Flood) KeepFrame(keep bool) { f.Frame.Keep = keep }

// Dropping reports that msg comes during a flood and is dropped: any key
// but ctrl+c (or the keys file's force_quit). A key after FloodQuiet
// without one ends the flood and starts a run.
func (f *Flood) Dropping(msg tea.KeyMsg, g GlobalKeys) bool {
	now := f.clock()
	if now.Sub(f.last) > runGap {
		f.n = 0
	}
	if !f.flooded || IsForceQuit(msg, g) {
		return false
	}
	if now.Sub(f.last) > FloodQuiet {
		f.flooded = false
		return false
	}
	f.last = now
	return true
}

// Admit counts a key about to be acted on and reports whether it may
// be: false starts a flood, and the key and those after it are dropped.
func (f *Flood) Admit() bool {
	f.n++
	if f.n <= f.limit {
		return true
	}
	f.flooded, f.last = true, f.clock()
	return false
}

// Done marks the end of a key's handling, from which the next key's gap
// is measured.
func (f *Flood) Done() { f.last = f.clock() }
