package ui

import (
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

func TestDefaultKeysHaveNoConflicts(t *testing.T) {
	t.Parallel()
	km := DefaultKeyMap()
	if cs := km.conflicts(); len(cs) > 0 {
		t.Fatalf("the default keys conflict: %v", cs)
	}
}

// A keys file that gives two actions of one screen the same key is a
// problem, named in the Problems line, and folio keeps its own keys.
func TestKeysFileConflicts(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ text, want string }{
		{"[reader]\nnext_heading = [\"l\"]\n", `[reader] next_heading and [nav] links both use "l"`},
		{"[global]\nforce_quit = [\"x\"]\nquit = [\"x\"]\nback = [\"x\"]\nhelp = [\"x\"]\n", `[global] back and [global] force_quit both use "x"`},
		{"[reader]\nwide = [\"ctrl+c\"]\n", `[reader] wide uses "ctrl+c", which always quits`},
		{"[list]\naccept_filter = [\"esc\"]\n", `[list] accept_filter and [list] cancel_filter both use "esc"`},
	} {
		p := writeKeys(t, tc.text)
		km, err := LoadKeys(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.want)
			continue
		}
		if prob := KeysProblem(p, err); !strings.Contains(prob.Message, tc.want) || prob.Path != p {
			t.Errorf("problem line %+v", prob)
		}
		if def := DefaultKeyMap(); !slices.Equal(km.Reader.NextHeading.Keys(), def.Reader.NextHeading.Keys()) ||
			!slices.Equal(km.Global.ForceQuit.Keys(), def.Global.ForceQuit.Keys()) {
			t.Errorf("%q: the conflicting keys were kept", tc.text)
		}
	}
}

// ctrl+c quits on every screen, in every mode, even when the keys given
// to the model bind force_quit elsewhere.
func TestCtrlCAlwaysQuits(t *testing.T) {
	t.Parallel()
	km := DefaultKeyMap()
	km.Global.ForceQuit.SetKeys("x")
	for _, tc := range []struct {
		name  string
		setup func(d *driver)
	}{
		{"Articles", func(*driver) {}},
		{"typing a filter", func(d *driver) { d.press(d.m.keys.List.Filter) }},
		{"Reader", func(d *driver) { d.openSeed() }},
		{"typing a search", func(d *driver) { d.openSeed().press(d.m.keys.Nav.Find) }},
		{"library search", func(d *driver) { d.press(d.m.keys.Nav.Search) }},
		{"Help", func(d *driver) { d.press(d.m.keys.Global.Help) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			opts := testOptions
			opts.Keys = &km
			d := &driver{t: t, m: New(bundled(t), opts)}
			d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
			tc.setup(d)
			d.send(keyMsg(t, "ctrl+c"))
			if !d.quit {
				t.Fatalf("ctrl+c did not quit:\n%s", d.screenText())
			}
		})
	}
}

// Every action of the KeyMap is in a scope (or layered on purpose), so
// the conflict check and the help check below see it: a new section or
// action left out of keylayer.go fails here.
func TestEveryActionScoped(t *testing.T) {
	t.Parallel()
	km := DefaultKeyMap()
	scoped := map[string]bool{}
	for _, a := range layeredActions() {
		scoped[a] = true
	}
	for _, sc := range keyScopes() {
		for _, a := range km.scopeActions(sc) {
			if km.binding(a) == nil {
				t.Errorf("scope %q names %s, which is no action", sc.name, a)
			}
			scoped[a] = true
		}
	}
	for sec, actions := range km.keySections() {
		for act := range actions {
			if !scoped[sec+"."+act] {
				t.Errorf("%s is in no scope of keylayer.go", spell(sec+"."+act))
			}
		}
	}
}

// Every action of every scope is in the full help of a screen of that
// scope, with the keys it answers: a binding added to a KeyMap section
// and left out of help fails here.
func TestEveryActionInHelp(t *testing.T) {
	t.Parallel()
	km := DefaultKeyMap()
	g, l, r, n := km.Global, km.List, km.Reader, km.Nav
	states := map[string][]func(d *driver){
		"lists": {
			func(*driver) {},
			func(d *driver) { d.press(g.Tags) },
			func(d *driver) { d.press(g.Tags, l.Open) },
			func(d *driver) { d.openSeed().press(r.Contents) },
			func(d *driver) { d.openSeed().press(r.FAQ) },
			func(d *driver) { d.m.opts.SaveDir = d.t.TempDir(); d.openSeed().press(n.Links) },
		},
		"reader":          {func(d *driver) { d.openSeed() }},
		"typing a filter": {func(d *driver) { d.press(l.Filter) }},
		"typing a search": {func(d *driver) { d.openSeed().press(n.Find) }},
		"library search":  {func(d *driver) { d.press(n.Search) }},
	}
	for _, sc := range keyScopes() {
		setups, ok := states[sc.name]
		if !ok {
			t.Errorf("scope %q: no screen state to look at its help", sc.name)
			continue
		}
		var shown []key.Binding
		for _, setup := range setups {
			d := newDriver(t, 160, 50)
			setup(d)
			for _, group := range d.m.keyMap(d.m.top()).FullHelp() {
				for _, b := range group {
					if b.Enabled() {
						shown = append(shown, b)
					}
				}
			}
		}
		for _, a := range km.scopeActions(sc) {
			want := km.binding(a).Keys()
			if !slices.ContainsFunc(shown, func(b key.Binding) bool { return slices.Equal(b.Keys(), want) }) {
				t.Errorf("scope %q: %s %v is in no help", sc.name, spell(a), want)
			}
		}
	}
}

// A burst of runes typed into a filter (a paste without bracketed paste)
// is filtered once, not once per rune (issue 16 §7).
func TestBurstFiltersOnce(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ name, burst, want string }{
		{"into a filter", strings.Repeat("ab", 2000), "abab"},
		{"starting one", "/medi", "medi"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 80, 24)
			if !strings.HasPrefix(tc.burst, "/") {
				d.press(d.m.keys.List.Filter)
			}
			next, cmd := d.m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(tc.burst)})
			d.m = next.(Model)
			filters := 0
			for _, msg := range d.run(cmd) {
				if _, ok := msg.(filterMsg); ok {
					filters++
				}
				d.send(msg)
			}
			if filters != 1 {
				t.Errorf("%d filter results for one burst, want 1", filters)
			}
			if got := d.m.articles.list.list.FilterValue(); !strings.HasPrefix(got, tc.want) {
				t.Errorf("filter %q, want %q…", got, tc.want)
			}
		})
	}
}

// layeredActions act only in a mode a scope's other action leads to, on
// a key that action also uses, on purpose: esc clears a list's filter or
// the article's search before it goes back.
func layeredActions() []string { return []string{"list.clear_filter", "nav.find_clear"} }
