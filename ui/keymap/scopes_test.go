package keymap

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

func TestDefaultKeysHaveNoConflicts(t *testing.T) {
	t.Parallel()
	km := Default()
	if cs := km.Conflicts(); len(cs) > 0 {
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
		km, err := Load(p)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want %q", tc.text, err, tc.want)
			continue
		}
		if prob := Problem(p, err); !strings.Contains(prob.Message, tc.want) || prob.Path != p {
			t.Errorf("problem line %+v", prob)
		}
		if def := Default(); !slices.Equal(km.Reader.NextHeading.Keys(), def.Reader.NextHeading.Keys()) ||
			!slices.Equal(km.Global.ForceQuit.Keys(), def.Global.ForceQuit.Keys()) {
			t.Errorf("%q: the conflicting keys were kept", tc.text)
		}
	}
}

// A conflict drops only the bindings that make it: uncommenting the
// sample config's next_heading = ["]", "n"] (n is find_next's) keeps
// next_heading's default and every other binding of the file, and the
// problem names the file, the action and the key.
func TestKeysFileConflictDropsOnlyItsBinding(t *testing.T) {
	t.Parallel()
	p := writeKeys(t, "[reader]\nnext_heading = [\"]\", \"n\"]\nwide = [\"W\"]\n\n[marks]\nedit = [\"E\"]\n")
	km, err := Load(p)
	var ce *ConflictError
	if !errors.As(err, &ce) {
		t.Fatalf("error %v, want a *ConflictError", err)
	}
	if got := km.Reader.NextHeading.Keys(); !slices.Equal(got, []string{"]"}) {
		t.Errorf("next_heading %v, want its default", got)
	}
	if !slices.Equal(km.Reader.Wide.Keys(), []string{"W"}) || !slices.Equal(km.Marks.Edit.Keys(), []string{"E"}) {
		t.Errorf("the file's other bindings were dropped: wide %v, edit %v", km.Reader.Wide.Keys(), km.Marks.Edit.Keys())
	}
	prob := Problem(p, err)
	for _, want := range []string{"[reader] next_heading", `"n"`, "[nav] find_next", "keeps its default keys", "the rest of the file is used"} {
		if !strings.Contains(prob.Message, want) {
			t.Errorf("problem %q does not say %q", prob.Message, want)
		}
	}
	if prob.Path != p || !prob.Kept {
		t.Errorf("problem %+v: want the file's path, kept", prob)
	}
	if cs := km.Conflicts(); len(cs) > 0 {
		t.Errorf("the keys returned conflict: %v", cs)
	}
}

// Every action of the KeyMap is in a scope (or layered on purpose), so
// the conflict check and ui's help check see it: a new section or
// action left out of scopes.go fails here.
func TestEveryActionScoped(t *testing.T) {
	t.Parallel()
	km := Default()
	scoped := map[string]bool{}
	for _, a := range layeredActions() {
		scoped[a] = true
	}
	for _, sc := range km.Scopes() {
		for _, a := range sc.Actions {
			if a.Binding == nil {
				t.Errorf("scope %q names %s, which is no action", sc.Name, a.Name)
			}
			scoped[a.Name] = true
		}
	}
	for sec, actions := range km.sections() {
		for act := range actions {
			if !scoped[sec+"."+act] {
				t.Errorf("%s is in no scope of scopes.go", spell(sec+"."+act))
			}
		}
	}
}

// layeredActions act only in a mode a scope's other action leads to, on
// a key that action also uses, on purpose: esc clears a list's filter or
// the article's search before it goes back.
func layeredActions() []string { return []string{"list.clear_filter", "nav.find_clear"} }
