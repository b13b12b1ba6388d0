package main

import (
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui"
)

// tuiRun is one run of the reader as runTUI starts it, over --dir
// folders and a state file, driven synchronously: every command runs
// and its messages are fed back (spinner ticks dropped), so the
// background load is over once the first frame is in.
type tuiRun struct {
	t    *testing.T
	m    tea.Model
	quit bool
}

func startTUI(t *testing.T, file string, dirs ...string) *tuiRun {
	t.Helper()
	g := &globals{dirs: dirs}
	lib, load, err := g.tuiLibrary(newEnv(io.Discard, io.Discard), nil)
	if err != nil || load == nil {
		t.Fatalf("tuiLibrary: %v (loader %v)", err, load != nil)
	}
	opts := ui.Options{Style: "notty", StatePath: statePath, Load: load, OpenURL: func(string) tea.Cmd { return nil }}
	openState(&opts, func() (string, error) { return file, nil })
	if len(opts.StateWarnings) > 0 {
		t.Fatalf("state: %q", opts.StateWarnings)
	}
	r := &tuiRun{t: t, m: ui.New(lib, opts)}
	r.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	r.run(r.m.Init())
	return r
}

func (r *tuiRun) send(msg tea.Msg) {
	r.t.Helper()
	if _, ok := msg.(tea.QuitMsg); ok {
		r.quit = true
		return
	}
	var cmd tea.Cmd
	r.m, cmd = r.m.Update(msg)
	r.run(cmd)
}

func (r *tuiRun) run(cmd tea.Cmd) {
	r.t.Helper()
	if cmd == nil {
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	select {
	case msg := <-done:
		switch msg := msg.(type) {
		case nil, spinner.TickMsg:
		case tea.BatchMsg:
			for _, c := range msg {
				r.run(c)
			}
		default:
			r.send(msg)
		}
	case <-time.After(10 * time.Second):
		r.t.Fatal("a command ran for more than 10s")
	}
}

// keys presses keys by name ("pgdown", "esc", "enter") or types text.
func (r *tuiRun) keys(ks ...string) *tuiRun {
	r.t.Helper()
	named := map[string]tea.KeyType{"enter": tea.KeyEnter, "esc": tea.KeyEsc, "pgdown": tea.KeyPgDown}
	for _, k := range ks {
		if kt, ok := named[k]; ok {
			r.send(tea.KeyMsg{Type: kt})
			continue
		}
		for _, c := range k {
			if c == ' ' {
				r.send(tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{c}})
			} else {
				r.send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{c}})
			}
		}
	}
	return r
}

// open opens the article with the title from the Articles list.
func (r *tuiRun) open(title string) *tuiRun {
	r.t.Helper()
	r.keys("1", "/", title, "enter", "enter")
	if s := r.screen(); !strings.Contains(s, title) || !strings.Contains(s, "§") {
		r.t.Fatalf("%q did not open:\n%s", title, s)
	}
	return r
}

func (r *tuiRun) screen() string { return ansi.Strip(r.m.View()) }

// What folio remembers of articles in a --dir folder, which loads in the
// background, comes back in the next run: the place in the article, the
// read mark, the bookmark and the list quit from; and reopening the
// article without moving keeps its place in the file.
func TestDirStateAcrossRuns(t *testing.T) {
	dir := fixtureDir(t, map[string]string{
		"long.md":  "---\ntitle: Long article\n---\n\nIntro.\n\n" + sections(6),
		"short.md": "---\ntitle: Short one\n---\n\nTiny.\n",
	})
	path := filepath.Join(t.TempDir(), "folio", "state.json")

	first := startTUI(t, path, dir)
	first.open("Long article").keys("pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "pgdown", "m")
	where := statusSection(t, first.screen())
	if !strings.HasPrefix(where, "Section") {
		t.Fatalf("six pages down the reader is in %q", where)
	}
	first.keys("esc", "esc").open("Short one").keys("esc", "esc", "4", "q")
	if !first.quit {
		t.Fatalf("q did not quit:\n%s", first.screen())
	}
	long := filepath.Join(dir, "long.md")
	if rec := savedRecord(t, path, "long", long); rec.Position == nil || !rec.Bookmarked {
		t.Fatalf("first run saved %+v", rec)
	}

	next := startTUI(t, path, dir)
	if s := next.screen(); !strings.Contains(s, "Bookmarks") || !strings.Contains(s, "★ Long article") {
		t.Errorf("the next run does not start on Bookmarks with the folder's bookmark:\n%s", s)
	}
	next.keys("1")
	for _, want := range []string{"Articles · by date", "✓   Short one", "• ★ Long article"} {
		if s := next.screen(); !strings.Contains(s, want) {
			t.Errorf("the next run's list lacks %q:\n%s", want, s)
		}
	}
	if got := statusSection(t, next.open("Long article").screen()); got != where {
		t.Fatalf("reopened in %q, left in %q", got, where)
	}
	next.keys("esc")
	if rec := savedRecord(t, path, "long", long); rec.Position == nil || rec.Position.Heading != where {
		t.Fatalf("closing without moving saved %+v, want %q", rec.Position, where)
	}
}

func sections(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString("## Section " + string(rune('1'+i)) + "\n\n")
		b.WriteString(strings.Repeat("A paragraph of words that goes on for a while.\n\n", 12))
	}
	return b.String()
}

// statusSection is the heading the reader's status line names.
func statusSection(t *testing.T, screen string) string {
	t.Helper()
	for _, l := range strings.Split(screen, "\n") {
		if _, rest, ok := strings.Cut(l, "§ "); ok {
			return strings.Join(strings.Fields(rest)[:2], " ")
		}
	}
	t.Fatalf("no status line:\n%s", screen)
	return ""
}

func savedRecord(t *testing.T, path, slug, file string) state.Article {
	t.Helper()
	_, st, _, err := state.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	abs, _ := filepath.Abs(file)
	rec, _ := st.Get(slug, abs)
	return rec
}
