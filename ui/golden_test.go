package ui

import (
	"bytes"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
)

// Golden screens at 80x24 with the ASCII profile, driven through a real
// Bubble Tea program. Regenerate with: go test ./ui -run Golden -update
func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	keys := DefaultKeyMap()
	k := func(s string) tea.Msg { return keyMsg(t, s) }
	open := []tea.Msg{k(keys.List.Open.Keys()[0])}
	for _, tc := range []struct {
		name  string
		steps [][]tea.Msg // each step's keys, then wait for the next text
		waits []string
	}{
		{"Articles", nil, nil},
		{"Tags", [][]tea.Msg{{k("tab")}}, []string{"London Clinic"}},
		{"Reader", [][]tea.Msg{open}, []string{"0%"}}, // the document, not its preview
		{"Contents", [][]tea.Msg{open, {k("t")}}, []string{"This guide explains", "47 headings"}},
		{"FAQ", [][]tea.Msg{open, {k("f")}}, []string{"This guide explains", "18 questions"}},
		{"Help", [][]tea.Msg{open, {k("?")}}, []string{"This guide explains", "Keys · Reader"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tm := teatest.NewTestModel(t, New(bundled(t), testOptions), teatest.WithInitialTermSize(80, 24))
			waitFor(t, tm, "Do Exosomes Work?") // the Articles list is up
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

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
}

// screenText is a frame as a person sees it: no codes, no trailing blanks.
func screenText(view string) string {
	lines := strings.Split(ansi.Strip(view), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n") + "\n"
}
