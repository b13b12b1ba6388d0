package ui

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/keymap"
)

// The key storm: random keys, mouse events and window sizes into the
// root model, with every command run as the program would (spinner
// ticks dropped). Nothing panics, and every frame fits its window. A
// quit starts a new run on the same state file, so restoring whatever
// the storm saved is exercised too. A few hundred messages a case by
// default; thousands with -tags stress, as CI runs it (stormSteps).
func TestKeyStorm(t *testing.T) {
	t.Parallel()
	steps := stormSteps
	if testing.Short() || raceEnabled {
		steps /= 3
	}
	for _, tc := range []struct {
		name  string
		seed  int64
		steps int
		disk  bool                    // save to a real file (slow: each save fsyncs)
		dir   func(testing.TB) string // the articles' folder, besides the bundled ones; nil: bundled only
		load  bool                    // the folder arrives in batches, as a background load sends it
	}{
		{"bundled", 1, steps, false, nil, false},
		{"odd-folder", 2, steps, false, oddFolder, false},
		{"odd-folder-on-disk", 3, steps / 5, true, oddFolder, false},
		{"odd-folder-loading", 4, steps, false, oddFolder, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			if tc.dir == nil {
				storm(t, bundled(t), tc.seed, tc.steps, tc.disk, false)
				return
			}
			dir := tc.dir(t)
			before := snapshot(t, dir)
			storm(t, dirLibrary(t, dir), tc.seed, tc.steps, tc.disk, tc.load)
			sameTree(t, before, snapshot(t, dir))
		})
	}
}

// With load, each run starts on the bundled articles and lib arrives
// among the keys in small batches, then whole.
func storm(t *testing.T, lib *library.Library, seed int64, steps int, disk, load bool) {
	rng := rand.New(rand.NewSource(seed))
	pool := stormKeys(t, keymap.Default())
	w, h, runs := 80, 24, 1
	run := stormRun(t, lib, disk, load)
	d := run(w, h)
	arrivals, arrived := stormArrivals(lib, load), 0
	var history []string
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("seed %d, step %d: panic %v\nlast messages: %s", seed, len(history), r, tail(history, 30))
		}
	}()
	for range steps {
		msg := stormMsg(rng, pool)
		if arrived < len(arrivals) && rng.Intn(25) == 0 {
			msg, arrived = arrivals[arrived], arrived+1
		}
		if ws, ok := msg.(tea.WindowSizeMsg); ok {
			w, h = ws.Width, ws.Height
		}
		history = append(history, describe(msg))
		d.send(msg)
		if d.quit {
			d, arrived = run(w, h), 0
			runs++
		}
		if err := fits(d.m.View(), w, h); err != nil {
			t.Fatalf("seed %d, step %d, %dx%d, screens %v: %v\nlast messages: %s", seed, len(history), w, h, d.m.stack, err, tail(history, 30))
		}
	}
	t.Logf("%d messages, %d runs", steps, runs)
}

// stormRun starts runs of folio that share a state: a file, or a store
// kept in memory (its folder cannot be made), which saves without disk
// writes and hands the next run what the last one saved.
func stormRun(t *testing.T, lib *library.Library, disk, load bool) func(w, h int) *driver {
	dir := t.TempDir()
	if disk && load {
		t.Fatal("a loading storm keeps its state in memory")
	}
	if disk {
		path := filepath.Join(dir, "state.json")
		return func(w, h int) *driver { return newRun(t, lib, path, w, h) }
	}
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	store, _, warns, err := state.Open(filepath.Join(blocker, "folio", "state.json"))
	if err != nil || len(warns) == 0 {
		t.Fatalf("want a memory-only store: %v %q", err, warns)
	}
	return func(w, h int) *driver {
		st, warns := store.Load()
		opts := testOptions
		opts.Store, opts.Saved, opts.StateWarnings = store, st, warns
		first := lib
		if load {
			first = bundled(t)
			opts.Load = func(func(*library.Article)) *library.Library { panic("the storm sends the batches") }
		}
		d := &driver{t: t, m: New(first, opts)}
		d.send(tea.WindowSizeMsg{Width: w, Height: h})
		return d
	}
}

// stormArrivals are a background load's messages for lib: batches of a
// few articles, then the whole library.
func stormArrivals(lib *library.Library, load bool) []tea.Msg {
	if !load {
		return nil
	}
	var out []tea.Msg
	for part := range slices.Chunk(lib.Articles, 4) {
		out = append(out, batch(part))
	}
	return append(out, finished(lib.Articles))
}

// stormMsg is a random message: mostly folio's keys, then other keys and
// runes, mouse events, window sizes, and now and then ctrl+c.
func stormMsg(rng *rand.Rand, pool []tea.KeyMsg) tea.Msg {
	const runes = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !@#$%^&*()[]{}-_=+;:'\",.<>/?\\|`~éß日本😀"
	rs := []rune(runes)
	switch n := rng.Intn(1000); {
	case n < 3:
		return tea.KeyMsg{Type: tea.KeyCtrlC}
	case n < 550:
		return pool[rng.Intn(len(pool))]
	case n < 700:
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{rs[rng.Intn(len(rs))]}}
	case n < 850:
		return []tea.KeyMsg{{Type: tea.KeyTab}, {Type: tea.KeyEsc}, {Type: tea.KeyEnter}, {Type: tea.KeyBackspace},
			{Type: tea.KeyShiftTab}, {Type: tea.KeyRunes, Runes: []rune{'x'}, Alt: true}}[rng.Intn(6)]
	case n < 920:
		buttons := []tea.MouseButton{tea.MouseButtonLeft, tea.MouseButtonWheelUp, tea.MouseButtonWheelDown, tea.MouseButtonRight}
		return tea.MouseMsg{X: rng.Intn(300), Y: rng.Intn(80), Button: buttons[rng.Intn(len(buttons))], Action: tea.MouseActionPress}
	}
	return tea.WindowSizeMsg{Width: 1 + rng.Intn(300), Height: 1 + rng.Intn(80)}
}

// stormKeys are the key messages of every key of every binding in km
// (ctrl+c aside: the storm sends it rarely).
func stormKeys(t *testing.T, km keymap.KeyMap) []tea.KeyMsg {
	names := map[string]tea.KeyType{}
	for kt := tea.KeyType(-200); kt < 200; kt++ {
		if s := (tea.Key{Type: kt}).String(); s != "" && kt != tea.KeyRunes {
			names[s] = kt
		}
	}
	var out []tea.KeyMsg
	for _, b := range bindings(reflect.ValueOf(km)) {
		for _, s := range b.Keys() {
			k := tea.Key{}
			rest, alt := strings.CutPrefix(s, "alt+")
			k.Alt = alt && rest != ""
			if !k.Alt {
				rest = s
			}
			if kt, ok := names[rest]; ok {
				k.Type = kt
				if kt == tea.KeySpace {
					k.Runes = []rune{' '}
				}
			} else if r := []rune(rest); len(r) == 1 {
				k.Type, k.Runes = tea.KeyRunes, r
			} else {
				t.Fatalf("no key message for binding key %q", s)
			}
			if msg := tea.KeyMsg(k); msg.String() == s && s != "ctrl+c" {
				out = append(out, msg)
			}
		}
	}
	if len(out) < 40 {
		t.Fatalf("only %d keys found in the keymap", len(out))
	}
	return out
}

// bindings finds every key.Binding inside v.
func bindings(v reflect.Value) []key.Binding {
	if b, ok := v.Interface().(key.Binding); ok {
		return []key.Binding{b}
	}
	var out []key.Binding
	if v.Kind() == reflect.Struct {
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out = append(out, bindings(v.Field(i))...)
			}
		}
	}
	return out
}

func fits(view string, w, h int) error {
	lines := strings.Split(view, "\n")
	if len(lines) > h {
		return fmt.Errorf("%d lines, window has %d", len(lines), h)
	}
	for i, l := range lines {
		if n := ansi.StringWidth(l); n > w {
			return fmt.Errorf("line %d is %d wide, window is %d: %q", i, n, w, ansi.Strip(l))
		}
	}
	return nil
}

func describe(msg tea.Msg) string {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		return fmt.Sprintf("size %dx%d", msg.Width, msg.Height)
	case tea.MouseMsg:
		return fmt.Sprintf("mouse %d at %d,%d", msg.Button, msg.X, msg.Y)
	case tea.KeyMsg:
		return fmt.Sprintf("%q", msg.String())
	}
	return fmt.Sprintf("%T", msg)
}

func tail(s []string, n int) string {
	return strings.Join(s[max(0, len(s)-n):], " ")
}
