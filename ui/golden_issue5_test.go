package ui

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/keymap"
)

// fieldNotes is a four-part article. extra paragraphs in the first part
// move every later heading down the page; added, when set, is a line put
// first under the heading under.
func fieldNotes(extra int, under, added string) string {
	var b strings.Builder
	b.WriteString("---\ntitle: Field Notes\ndate: 2025-05-01\n---\n")
	for i, h := range []string{"Opening", "Second part", "Third part", "Fourth part"} {
		fmt.Fprintf(&b, "## %s\n\n", h)
		if h == under {
			b.WriteString(added + "\n\n")
		}
		n := 14
		if i == 0 {
			n += extra
		}
		for j := range n {
			fmt.Fprintf(&b, "Paragraph %d of the %s, with words enough to wrap.\n\n", j+1, strings.ToLower(h))
		}
	}
	return b.String()
}

// notesDir is a folder holding the field notes, loaded as --dir loads it.
func notesDir(t *testing.T) (*library.Library, string) {
	t.Helper()
	dir := t.TempDir()
	file := filepath.Join(dir, "field-notes.md")
	if err := os.WriteFile(file, []byte(fieldNotes(0, "", "")), 0o644); err != nil {
		t.Fatal(err)
	}
	src, err := library.DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	return library.Load(library.Options{}, src), file
}

// Golden screens of the issue-5 features that change the reader from
// outside: an edit, a change on disk, a keys file, a saved position; and
// the search inside an article. 80x24, ASCII profile. Regenerate with:
// go test ./ui -run TestGolden -update
func TestGoldenReaderFeatures(t *testing.T) {
	t.Parallel()
	keys := keymap.Default()
	k := func(s string) tea.Msg { return keyMsg(t, s) }
	press := func(bs ...string) []tea.Msg {
		var out []tea.Msg
		for _, b := range bs {
			out = append(out, k(b))
		}
		return out
	}
	open := press(keys.List.Open.Keys()[0])
	const seedFirst = "Exosomes vs PRP treatment: what should you choose?"
	next := keys.Reader.NextHeading.Keys()[0]

	t.Run("Find", func(t *testing.T) {
		t.Parallel()
		find := append(press(keys.Nav.Find.Keys()[0]), tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("tissue")})
		find = append(find, k(keys.Nav.FindAccept.Keys()[0]))
		n := keys.Nav.FindNext.Keys()[0]
		runGolden(t, New(bundled(t), testOptions), "Do Exosomes Work?",
			goldenStep{keys: open, wait: done(seedFirst)},
			goldenStep{keys: find, wait: "1/7 · "},
			goldenStep{keys: press(n, n), wait: "3/7 · "})
	})

	t.Run("Edit", func(t *testing.T) {
		t.Parallel()
		lib, _ := notesDir(t)
		opts := testOptions
		opts.Edit = func(path string, done func(error) tea.Msg) tea.Cmd {
			return func() tea.Msg {
				// the editor adds a line to the third part and six
				// paragraphs above it
				return done(os.WriteFile(path, []byte(fieldNotes(6, "Third part", "A line written in the editor.")), 0o644))
			}
		}
		runGolden(t, New(lib, opts), "Field Notes",
			goldenStep{keys: open, wait: done("Opening")},
			goldenStep{keys: press(next, next), wait: done("Third part")},
			goldenStep{keys: press(keys.Marks.Edit.Keys()[0]), wait: "(?s)written in the editor.*" + done("Third part")})
	})

	t.Run("Watch", func(t *testing.T) {
		t.Parallel()
		lib, file := notesDir(t)
		ch := make(chan []string, 1)
		opts := testOptions
		opts.Changes = ch
		changed := func() {
			if err := os.WriteFile(file, []byte(fieldNotes(6, "Fourth part", "A line saved while folio watched.")), 0o644); err != nil {
				t.Fatal(err)
			}
			ch <- []string{file}
		}
		runGolden(t, New(lib, opts), "Field Notes",
			goldenStep{keys: open, wait: done("Opening")},
			goldenStep{keys: press(next, next, next), wait: done("Fourth part")},
			goldenStep{do: changed, wait: "(?s)saved while folio watched.*" + done("Fourth part")})
	})

	t.Run("KeysHelp", func(t *testing.T) {
		t.Parallel()
		path := filepath.Join(t.TempDir(), "keys.toml")
		text := "[reader]\nnext_heading = [\"]\", \"J\"]\nwide = [\"W\"]\n\n[marks]\nedit = [\"E\"]\n"
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		km, err := keymap.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		opts := testOptions
		opts.Keys = &km
		runGolden(t, New(bundled(t), opts), "Do Exosomes Work?",
			goldenStep{keys: open, wait: done(seedFirst)},
			goldenStep{keys: press(keys.Global.Help.Keys()[0]), wait: `\]/J +next heading`})
	})

	t.Run("KeysProblem", func(t *testing.T) {
		t.Parallel()
		// a file in testdata, so the path on screen is the same everywhere
		path := filepath.Join("testdata", "keys", "bad.toml")
		km, err := keymap.Load(path)
		if err == nil {
			t.Fatalf("%s loaded without an error", path)
		}
		opts := testOptions
		opts.Keys = &km
		opts.Problems = []library.Problem{keymap.Problem(path, err)}
		runGolden(t, New(bundled(t), opts), "Do Exosomes Work?",
			goldenStep{keys: press(keys.Marks.Problems.Keys()[0]), wait: "next_headline"})
	})

	t.Run("Resume", func(t *testing.T) {
		t.Parallel()
		lib := bundled(t)
		a, _ := lib.Article(seedSlug)
		p := filepath.Join(t.TempDir(), "state.json")
		store, _, _, err := state.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		// an earlier run left the article at the checklist
		err = store.Update(func(st *state.State) {
			st.Edit(a.Slug, a.Path, func(r *state.Article) {
				r.Position = &state.Position{Anchor: "pre-booking-quality-checklist", Heading: checklist}
			})
		})
		if err != nil {
			t.Fatal(err)
		}
		store, st, warns, err := state.Open(p) // the next run
		if err != nil || len(warns) > 0 {
			t.Fatal(err, warns)
		}
		opts := testOptions
		opts.Store, opts.Saved = store, st
		runGolden(t, New(lib, opts), "Do Exosomes Work?",
			goldenStep{keys: open, wait: done(checklist)})
	})
}
