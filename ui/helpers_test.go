package ui

import (
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/muesli/termenv"
)

const (
	seedSlug   = "exosomes-vs-prp"
	reviewSlug = "do-exosomes-work-medicube-review"
)

func TestMain(m *testing.M) {
	lipgloss.SetColorProfile(termenv.Ascii)
	lipgloss.SetHasDarkBackground(true)
	code := m.Run()
	scaleCleanup() // a generated scale library (scale_bench_test.go)
	os.Exit(code)
}

func bundled(t testing.TB) *library.Library {
	t.Helper()
	lib := library.Load(library.Options{}, library.Source{FS: articles.FS})
	if _, ok := lib.Article(seedSlug); !ok {
		t.Fatalf("no bundled article %q", seedSlug)
	}
	return lib
}

// testOptions never open a real browser: links that leave the library
// are recorded as opened and go no further.
// The library search starts at once: the driver runs every command to
// its end, and the search's pause would make it sleep.
var testOptions = Options{Style: "dark", Color: false, OpenURL: func(string) tea.Cmd { return nil }, Clipboard: io.Discard,
	searchDelay: time.Millisecond, floodKeys: 1 << 30} // the driver sends keys far faster than anyone types

// driver runs the root model as the program would, synchronously: every
// command is run and its messages fed back until none are left.
type driver struct {
	t    testing.TB
	m    Model
	quit bool
}

func newDriver(t testing.TB, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(bundled(t), testOptions)}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// send delivers messages and runs what they return.
func (d *driver) send(msgs ...tea.Msg) *driver {
	d.t.Helper()
	for _, msg := range msgs {
		d.deliver(msg, 0)
	}
	return d
}

func (d *driver) deliver(msg tea.Msg, depth int) {
	d.t.Helper()
	if depth > 100 {
		d.t.Fatalf("commands did not settle after 100 rounds (last %T)", msg)
	}
	if _, ok := msg.(tea.QuitMsg); ok {
		d.quit = true
		return
	}
	next, cmd := d.m.Update(msg)
	d.m = next.(Model)
	for _, out := range d.run(cmd) {
		d.deliver(out, depth+1)
	}
}

// run executes a command, expanding batches, and returns its messages.
// Spinner ticks are dropped: they would loop for as long as a render
// runs, and renders finish inside run.
func (d *driver) run(cmd tea.Cmd) []tea.Msg {
	d.t.Helper()
	if cmd == nil {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(10 * time.Second):
		d.t.Fatal("a command ran for more than 10s")
	}
	switch msg := msg.(type) {
	case nil, spinner.TickMsg, lists.NoteEndMsg: // time passing: a note stays for the test to read
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, d.run(c)...)
		}
		return out
	}
	return []tea.Msg{msg}
}

// press sends the key of each binding.
func (d *driver) press(bs ...key.Binding) *driver {
	d.t.Helper()
	for _, b := range bs {
		d.send(keyMsg(d.t, b.Keys()[0]))
	}
	return d
}

// typeText types runes one by one, as a person does.
func (d *driver) typeText(s string) *driver {
	d.t.Helper()
	for _, r := range s {
		if r == ' ' {
			d.send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}})
			continue
		}
		d.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}})
	}
	return d
}

// filter does what every list asks: /, type, enter to accept.
func (d *driver) filter(q string) *driver {
	d.t.Helper()
	k := d.m.keys.List
	return d.press(k.Filter).typeText(q).press(k.AcceptFilter)
}

// keyMsg makes the key message a binding's key string names.
func keyMsg(t testing.TB, s string) tea.KeyMsg {
	t.Helper()
	named := map[string]tea.KeyType{
		"enter": tea.KeyEnter, "esc": tea.KeyEsc, "tab": tea.KeyTab, "shift+tab": tea.KeyShiftTab,
		"backspace": tea.KeyBackspace, "up": tea.KeyUp, "down": tea.KeyDown, "left": tea.KeyLeft,
		"right": tea.KeyRight, "pgup": tea.KeyPgUp, "pgdown": tea.KeyPgDown, "home": tea.KeyHome,
		"end": tea.KeyEnd, "ctrl+c": tea.KeyCtrlC, "ctrl+d": tea.KeyCtrlD, "ctrl+u": tea.KeyCtrlU,
		" ": tea.KeySpace,
	}
	if kt, ok := named[s]; ok {
		m := tea.KeyMsg{Type: kt}
		if kt == tea.KeySpace {
			m.Runes = []rune{' '}
		}
		if m.String() != s && s != " " {
			t.Fatalf("key %q became %q", s, m.String())
		}
		return m
	}
	if r := []rune(s); len(r) == 1 {
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: r}
	}
	t.Fatalf("no key message for %q", s)
	return tea.KeyMsg{}
}

// plain is a line as a person reads it: no codes, spaces folded, no
// heading marks.
func plain(l string) string {
	s := strings.Join(strings.Fields(ansi.Strip(l)), " ")
	return strings.TrimSpace(strings.TrimLeft(s, "#"))
}

// viewportLines are the reader's visible lines: its View below the
// header, above the status line.
func (d *driver) viewportLines() []string {
	s := d.m.reader.Shown()
	lines := strings.Split(d.m.reader.View(), "\n")
	return lines[min(s.Header, len(lines)):min(s.Header+s.Height, len(lines))]
}

// headingOnTop checks that heading i is the reader's first line, or that
// the reader stopped at the end with the heading in view.
func (d *driver) headingOnTop(i int) error {
	text := strings.Join(strings.Fields(d.m.reader.Article().Headings[i].Text), " ")
	lines := d.viewportLines()
	if d.m.reader.AtEnd() && strings.Contains(strings.Join(strings.Fields(plainJoin(lines)), " "), text) {
		return nil
	}
	if first := plain(lines[0]); first == "" || !strings.HasPrefix(text, first) || d.m.reader.CurrentHeading() != i {
		return fmt.Errorf("heading %d %q: first line reads %q (heading %d on top)", i, text, first, d.m.reader.CurrentHeading())
	}
	return nil
}

// screenText is the whole frame as plain text.
func (d *driver) screenText() string { return ansi.Strip(d.m.View()) }

// openSeed opens the clinic article from the Articles list.
func (d *driver) openSeed() *driver {
	d.t.Helper()
	d.filter("prp").press(d.m.keys.List.Open)
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != seedSlug || !d.m.reader.Shown().Rendered {
		d.t.Fatalf("reader did not open %s with a document (top %v)", seedSlug, d.m.top())
	}
	return d
}

func windowSize(s [2]int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: s[0], Height: s[1]} }

// onOverlay reports that the reader's overlay with the title is on top.
func (d *driver) onOverlay(title string) bool {
	return d.m.top() == overlayScreen && d.m.overlayTitle == title
}
