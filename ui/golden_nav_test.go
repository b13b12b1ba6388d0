package ui

import (
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// Golden screens of the library search and the links list, 80x24, ASCII
// profile. Regenerate with: go test ./ui -run GoldenNav -update
func TestGoldenNavScreens(t *testing.T) {
	t.Parallel()
	keys := DefaultKeyMap()
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
			tm := teatest.NewTestModel(t, New(bundled(t), testOptions), teatest.WithInitialTermSize(80, 24))
			waitFor(t, tm, "Do Exosomes Work?")
			for i, step := range tc.steps {
				for _, msg := range step {
					tm.Send(msg)
				}
				waitFor(t, tm, tc.waits[i])
			}
			if err := tm.Quit(); err != nil {
				t.Fatal(err)
			}
			final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
			golden.RequireEqual(t, []byte(screenText(final.View())))
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
