package ui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
)

// Golden screens of the library search and the links list, 80x24, ASCII
// profile. Regenerate with: go test ./ui -run GoldenNav -update
func TestGoldenNavScreens(t *testing.T) {
	t.Parallel()
	keys := keymap.Default()
	k := func(s string) tea.Msg { return keyMsg(t, s) }
	runes := func(s string) tea.Msg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }
	open := k(keys.List.Open.Keys()[0])
	for _, tc := range []struct {
		name  string
		steps [][]tea.Msg
		waits []string
	}{
		{"Search", [][]tea.Msg{{k("s"), runes("exosome")}}, []string{"Medicube Exosome Shot · title"}},
		{"Links", [][]tea.Msg{{open}, {k("l")}}, []string{"This guide explains", "6 links"}},
		{"Related", [][]tea.Msg{{open}, {k("r")}}, []string{"This guide explains", "Related"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			var steps []goldenStep
			for i, keys := range tc.steps {
				steps = append(steps, literal(tc.waits[i], keys...))
			}
			runGolden(t, New(bundled(t), testOptions), "Do Exosomes Work?", steps...)
		})
	}
}

// Every new key is in the help of its screen.
func TestNavKeysInHelp(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 120, 40)
	g := d.m.keys.Global
	d.press(g.Help)
	if s := d.screenText(); !strings.Contains(s, "search library") {
		t.Errorf("Articles help lacks the library search:\n%s", s)
	}
	d.press(g.Back).openSeed().press(g.Help)
	s := d.screenText()
	for _, want := range []string{"search article", "next match", "previous match", "links", "related articles", "H/alt+←", "back in history", "L/alt+→", "forward in history"} {
		if !strings.Contains(s, want) {
			t.Errorf("reader help lacks %q:\n%s", want, s)
		}
	}
	d.press(g.Back)
	for _, want := range []string{"/ search", "l links", "r related", "H/L history"} {
		if !strings.Contains(d.screenText(), want) {
			t.Errorf("reader footer lacks %q:\n%s", want, d.screenText())
		}
	}
}
