package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// ctrl+c quits on every screen, in every mode, even when the keys given
// to the model bind force_quit elsewhere.
func TestCtrlCAlwaysQuits(t *testing.T) {
	t.Parallel()
	km := keymap.Default()
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

// Every action of every scope is in the full help of a screen of that
// scope, with the keys it answers: a binding added to a KeyMap section
// and left out of help fails here.
func TestEveryActionInHelp(t *testing.T) {
	t.Parallel()
	km := keymap.Default()
	g, l, r, n := km.Global, km.List, km.Reader, km.Nav
	states := map[string][]func(d *driver){
		"lists": {
			func(*driver) {},
			func(d *driver) { d.press(g.Tags) },
			func(d *driver) { d.press(g.Tags, l.Open) },
			func(d *driver) { d.openSeed().press(r.Contents) },
			func(d *driver) { d.openSeed().press(r.FAQ) },
			func(d *driver) { d.m.opts.SaveDir, d.m.opts.Save = d.t.TempDir(), noSave; d.openSeed().press(n.Links) },
		},
		"reader":          {func(d *driver) { d.openSeed() }},
		"typing a filter": {func(d *driver) { d.press(l.Filter) }},
		"typing a search": {func(d *driver) { d.openSeed().press(n.Find) }},
		"library search":  {func(d *driver) { d.press(n.Search) }},
	}
	for _, sc := range km.Scopes() {
		setups, ok := states[sc.Name]
		if !ok {
			t.Errorf("scope %q: no screen state to look at its help", sc.Name)
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
		for _, a := range sc.Actions {
			want := a.Binding.Keys()
			if !slices.ContainsFunc(shown, func(b key.Binding) bool { return slices.Equal(b.Keys(), want) }) {
				t.Errorf("scope %q: %s %v is in no help", sc.Name, a.Spell(), want)
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
				if _, ok := msg.(lists.FilterMsg); ok {
					filters++
				}
				d.send(msg)
			}
			if filters != 1 {
				t.Errorf("%d filter results for one burst, want 1", filters)
			}
			if got := d.m.articles.List().Model().FilterValue(); !strings.HasPrefix(got, tc.want) {
				t.Errorf("filter %q, want %q…", got, tc.want)
			}
		})
	}
}

// The key router's order, key → who acts, one case per step of
// routeKey's list: each checks that the step takes the key before a
// later one could.
func TestKeyRouterOrder(t *testing.T) {
	t.Parallel()
	km := keymap.Default()
	g, l, r, mk, n := km.Global, km.List, km.Reader, km.Marks, km.Nav
	for _, tc := range []struct {
		name  string
		setup func(d *driver)
		key   key.Binding
		check func(d *driver) string // "" when the key went where it should
	}{
		{"1 quitting: a key waits", func(d *driver) { d.m.mem.quitting = true }, g.Help,
			func(d *driver) string {
				return want(d.m.top() == articlesScreen && !d.quit, "? opened a screen while quitting")
			}},
		{"2 ctrl+c quits while typing", func(d *driver) { d.press(l.Filter) }, g.ForceQuit,
			func(d *driver) string { return want(d.quit, "ctrl+c did not quit") }},
		{"3 typing takes q", func(d *driver) { d.press(l.Filter) }, g.Quit,
			func(d *driver) string {
				return want(d.m.articles.List().Model().FilterValue() == "q", "q was not typed")
			}},
		{"4 help takes no other key", func(d *driver) { d.press(g.Help) }, mk.Problems,
			func(d *driver) string { return want(d.m.top() == helpScreen, "! left the help") }},
		{"4 help closes on q", func(d *driver) { d.press(g.Help) }, g.Quit,
			func(d *driver) string {
				return want(d.m.top() == articlesScreen && !d.quit, "q did not close the help")
			}},
		{"5 a mark key before the reader's", func(d *driver) { d.openSeed() }, mk.Bookmark,
			func(d *driver) string { return want(d.m.reader.Shown().Bookmarked, "m did not bookmark") }},
		{"5 problems from the reader", func(d *driver) { d.openSeed() }, mk.Problems,
			func(d *driver) string { return want(d.m.top() == problemsScreen, "! did not open the problems") }},
		{"6 copy in the reader", func(d *driver) { d.openSeed() }, r.CopySection,
			func(d *driver) string { return want(strings.Contains(d.screenText(), "Copied"), "y did not copy") }},
		{"7 search from a list", func(*driver) {}, n.Search,
			func(d *driver) string { return want(d.m.top() == searchScreen, "s did not open the search") }},
		{"7 esc clears a filter first", func(d *driver) { d.press(g.Tags).filter("acne") }, g.Back,
			func(d *driver) string {
				return want(d.m.top() == tagsScreen && !d.m.tags.List().Filtered(), "esc did not clear the filter")
			}},
		{"7 q goes back from the reader", func(d *driver) { d.openSeed() }, g.Quit,
			func(d *driver) string { return want(d.m.top() == articlesScreen && !d.quit, "q did not go back") }},
		{"7 the tabs", func(*driver) {}, g.NextTab,
			func(d *driver) string { return want(d.m.top() == tagsScreen, "tab did not move to Tags") }},
		{"8 the reader's own key", func(d *driver) { d.openSeed() }, r.FAQ,
			func(d *driver) string { return want(d.onOverlay("FAQ"), "f did not open the FAQ") }},
		{"8 a list's own key", func(*driver) {}, l.Down,
			func(d *driver) string { return want(d.m.articles.List().Model().Index() == 1, "j did not move down") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 100, 30)
			tc.setup(d)
			d.press(tc.key)
			if msg := tc.check(d); msg != "" {
				t.Fatalf("%s (top %v)", msg, d.m.top())
			}
		})
	}
}

// want is "" when ok, else why not.
func want(ok bool, why string) string {
	if ok {
		return ""
	}
	return why
}

// noSave is a SaveFunc for tests that only look at the save key.
func noSave(context.Context, string, string) (string, error) { return "", errors.New("not saved") }
