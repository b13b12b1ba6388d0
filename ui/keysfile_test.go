package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// Keys a keys file rebinds are the keys the screens answer and their
// help shows (the file itself is read in ui/keymap's tests).
func TestKeysFileRebinds(t *testing.T) {
	t.Parallel()
	km, err := keymap.FromTable("keys.toml", map[string]any{
		"reader": map[string]any{"next_heading": []any{"]", "J"}},
		"marks":  map[string]any{"edit": []any{"E"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	opts := testOptions
	opts.Keys = &km
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 40})
	d.openSeed()
	before := d.m.reader.CurrentHeading()
	d.send(keyMsg(t, "J"))
	if d.m.reader.CurrentHeading() <= before {
		t.Fatalf("J did not move to the next heading (%d -> %d)", before, d.m.reader.CurrentHeading())
	}
	d.press(d.m.keys.Global.Help)
	screen := d.screenText()
	if !strings.Contains(screen, "]/J") || !strings.Contains(screen, "E ") {
		t.Fatalf("help does not show the new keys:\n%s", screen)
	}
}

func TestKeysProblemShown(t *testing.T) {
	t.Parallel()
	opts := testOptions
	opts.Problems = []library.Problem{{Path: "keys.toml", Message: "[reader] x: unknown action"}}
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	d.press(d.m.keys.Marks.Problems)
	if !strings.Contains(d.screenText(), "unknown action") {
		t.Fatalf("the problem is not listed:\n%s", d.screenText())
	}
}
