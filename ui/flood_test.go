package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// floodDriver is a driver whose clock stands still until the test moves
// it, with the flood limit folio has.
func floodDriver(t *testing.T) (*driver, *time.Time) {
	t.Helper()
	d := newDriver(t, 80, 24)
	now := time.Unix(1e9, 0)
	d.m.flood = keymap.NewFlood(func() time.Time { return now }, 0)
	return d, &now
}

// Keys past keymap.FloodKeys within a moment are dropped — the rest of a burst
// and every key after it until they stop — with a note; ctrl+c still
// quits at once; once keys stop for keymap.FloodQuiet, they act again.
func TestFloodDropsKeysButNotCtrlC(t *testing.T) {
	t.Parallel()
	d, now := floodDriver(t)
	d.openSlug("exosomes-vs-prp")
	top := d.m.reader.Shown().Top
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("j", 250))})
	if got := d.m.reader.Shown().Top - top; got > keymap.FloodKeys {
		t.Errorf("a burst of 250 j scrolled %d lines, want at most %d", got, keymap.FloodKeys)
	}
	if !strings.Contains(d.screenText(), "Keys too fast") {
		t.Errorf("no note of the flood:\n%s", d.screenText())
	}
	frame := d.m.View()
	at := d.m.reader.Shown().Top
	for range 1000 {
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("t", 250))}) // contents, toggled
		d.send(tea.KeyMsg{Type: tea.KeyDown})
	}
	if d.m.top() != readerScreen || d.m.reader.Shown().Top != at {
		t.Errorf("keys acted during the flood: top %v, line %d (was %d)", d.m.top(), d.m.reader.Shown().Top, at)
	}
	if d.m.View() != frame {
		t.Error("the frame changed while keys were dropped")
	}
	if fr := d.m.flood.Frame; !fr.Keep || fr.View != frame {
		t.Error("the frame drawn is not kept while keys are dropped: View draws it again for each")
	}
	*now = now.Add(keymap.FloodQuiet + time.Millisecond)
	d.send(tea.KeyMsg{Type: tea.KeyDown})
	if d.m.reader.Shown().Top != at+1 {
		t.Errorf("after the flood, down did not scroll: line %d, want %d", d.m.reader.Shown().Top, at+1)
	}
	for range keymap.FloodKeys + 1 {
		d.send(tea.KeyMsg{Type: tea.KeyDown}) // single keys flood too: a paste of arrow keys
	}
	d.send(tea.KeyMsg{Type: tea.KeyCtrlC})
	if !d.quit {
		t.Error("ctrl+c during a flood did not quit")
	}
}

// A burst into a text field is one key, however long, and the field
// takes at most lists.MaxQuery characters of it: a 100 KB paste into
// the filter (400 bursts) filters on its first 200 characters.
func TestPasteIntoFilterIsCut(t *testing.T) {
	t.Parallel()
	d, _ := floodDriver(t)
	d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/")})
	for range 400 {
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(strings.Repeat("x", 250))})
	}
	q := d.m.articles.List().Model().FilterValue()
	if len(q) != lists.MaxQuery || strings.Trim(q, "x") != "" {
		t.Errorf("filter holds %d characters, want %d x's", len(q), lists.MaxQuery)
	}
}

// pasteMessages are 100 KB of prose pasted without bracketed paste, as
// Bubble Tea delivers them: a message for each run of letters and each
// space.
func pasteMessages() []tea.Msg {
	var msgs []tea.Msg
	for len(msgs) < 100_000/26*2 {
		msgs = append(msgs, tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("abcdefghijklmnoprstuvwxyz")}, tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
	}
	return msgs
}

// BenchmarkUnbracketedPaste is such a paste into the reader, each
// message followed by a frame, as the program runs them: what ctrl+c
// waits behind. BenchmarkUnbracketedPasteNoFlood is the same with every
// key acted on, as before floods were dropped (figures: docs/bench.md).
func BenchmarkUnbracketedPaste(b *testing.B) { benchPaste(b, 0) }

func BenchmarkUnbracketedPasteNoFlood(b *testing.B) { benchPaste(b, 1<<30) }

func benchPaste(b *testing.B, limit int) {
	msgs := pasteMessages()
	for b.Loop() {
		b.StopTimer()
		d := newDriver(b, 80, 24)
		d.openSlug("exosomes-vs-prp")
		d.m.flood = keymap.NewFlood(nil, limit)
		var m tea.Model = d.m
		b.StartTimer()
		for _, msg := range msgs {
			m, _ = m.Update(msg)
			_ = m.View()
		}
	}
}
