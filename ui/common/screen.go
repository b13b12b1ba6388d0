// Package common holds what folio's screens share: the Screen interface
// the root model drives them through, the Frame a screen's help is drawn
// in, the messages by which a screen asks the root to act, and the
// styles. It imports no screen; every screen package imports it.
package common

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
)

// Screen is what the root needs of every screen, in the spirit of
// soft-serve's Component. The concrete models keep glow's habit of an
// update that returns their own type; these methods write it back in
// place (see Step).
type Screen interface {
	Update(msg tea.Msg) tea.Cmd
	View() string
	SetSize(w, h int) tea.Cmd
	KeyMap(f Frame) help.KeyMap // the screen's help in its current state
}

// Optional parts of a screen, which the root asks for.
type (
	// Typist is a screen that can be taking text (other than a list's
	// filter), so keys other than ctrl+c go to it.
	Typist interface{ Capturing() bool }
	// Clearer is a screen with a search of its own shown: the first step
	// back clears it.
	Clearer interface {
		Filtered() bool
		ClearFilter()
	}
	// Picker is a screen with an article under the cursor.
	Picker interface{ SelectedSlug() string }
)

// Frame is what a screen's help needs from the root.
type Frame struct {
	Keys keymap.KeyMap
	Tabs bool // the list tabs apply
	Top  bool // the bottom of the stack: q quits rather than going back
}

// Step runs a concrete model's update and writes the result back: the
// one line of a screen's Update method.
func Step[S any](s *S, msg tea.Msg, update func(S, tea.Msg) (S, tea.Cmd)) tea.Cmd {
	var cmd tea.Cmd
	*s, cmd = update(*s, msg)
	return cmd
}

// Send is a command that reports msg.
func Send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Plural is one or many, as n asks.
func Plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
