package ui

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/folio-reader/folio/ui/keymap"
)

// Golden screens at 80x24 with the ASCII profile, driven through a real
// Bubble Tea program. Regenerate with: go test ./ui -run Golden -update
func TestGoldenScreens(t *testing.T) {
	t.Parallel()
	keys := keymap.Default()
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
			var steps []goldenStep
			for i, keys := range tc.steps {
				steps = append(steps, literal(tc.waits[i], keys...))
			}
			runGolden(t, New(bundled(t), testOptions), "Do Exosomes Work?", steps...) // the Articles list is up
		})
	}
}

// goldenStep sends keys (after do, when set) and waits for text that
// only the screen after them shows: wait is a regular expression over
// the program's output since the step began.
type goldenStep struct {
	do   func()
	keys []tea.Msg
	wait string
}

// done matches a status line once the whole article is shown: the
// heading, then the percentage alone (a spinner stands before it while
// the rest renders).
func done(heading string) string { return regexp.QuoteMeta("§ "+heading) + ` +\d+%` }

// runGolden drives m at 80x24 through the steps and compares the last
// screen with the golden file.
func runGolden(t *testing.T, m Model, ready string, steps ...goldenStep) {
	t.Helper()
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	waitFor(t, tm, ready)
	for _, s := range steps {
		if s.do != nil {
			s.do()
		}
		for _, msg := range s.keys {
			tm.Send(msg)
		}
		re := regexp.MustCompile(s.wait)
		teatest.WaitFor(t, tm.Output(), re.Match,
			teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(10*time.Millisecond))
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(Model)
	golden.RequireEqual(t, []byte(screenText(final.View())))
}

// literal is a step that waits for text as it is.
func literal(text string, keys ...tea.Msg) goldenStep {
	return goldenStep{keys: keys, wait: regexp.QuoteMeta(text)}
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
