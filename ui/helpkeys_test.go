package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/keymap"
)

// Every key a screen answers is in its help: each key of each binding,
// in the key column beside what the binding does, taken from the bindings
// so a remapped key is looked for as remapped.
func TestEveryKeyInHelp(t *testing.T) {
	t.Parallel()
	km := keymap.Default()
	g, l, r, mk, n := km.Global, km.List, km.Reader, km.Marks, km.Nav
	move := []key.Binding{l.Up, l.Down, l.PageUp, l.PageDown, l.Top, l.Bottom, l.Wheel(), l.Filter, l.Open}
	app := []key.Binding{g.Help, g.ForceQuit, mk.Problems}
	top := []key.Binding{g.Quit} // Articles, Tags, Categories, Bookmarks: q quits
	// elsewhere esc and q go back
	back := []key.Binding{g.Back, key.NewBinding(key.WithKeys(g.Quit.Keys()...), key.WithHelp(g.Quit.Help().Key, "back"))}
	tabs := []key.Binding{g.NextTab, g.PrevTab, g.Articles, g.Tags, g.Categories, mk.Bookmarks}
	articleKeys := []key.Binding{mk.Bookmark, mk.Unread, mk.Sort, mk.Edit, n.Search}
	join := func(bs ...[]key.Binding) []key.Binding {
		var out []key.Binding
		for _, b := range bs {
			out = append(out, b...)
		}
		return out
	}
	for _, tc := range []struct {
		name  string
		setup func(d *driver)
		keys  []key.Binding
	}{
		{"Articles", func(*driver) {}, join(move, app, top, tabs, articleKeys)},
		{"Tags", func(d *driver) { d.press(g.Tags) }, join(move, app, top, tabs, []key.Binding{n.Search})},
		{"Categories", func(d *driver) { d.press(g.Categories) }, join(move, app, top, tabs, []key.Binding{n.Search})},
		{"TagArticles", func(d *driver) { d.press(g.Tags, l.Open) }, join(move, app, back, articleKeys)},
		{"Bookmarks", func(d *driver) { d.press(mk.Bookmark, mk.Bookmarks) }, join(move, app, top, tabs, articleKeys)},
		{"Reader", func(d *driver) { d.openSeed() }, join(app, back, []key.Binding{
			r.Up, r.Down, r.HalfDown, r.HalfUp, r.PageDown, r.PageUp, r.Top, r.Bottom, r.Wheel(),
			r.NextHeading, r.PrevHeading, r.NextQuestion, r.PrevQuestion, r.Contents, r.Click(), r.FAQ, r.Wide,
			n.Find, n.FindNext, n.FindPrev, n.Links, n.Related, n.HistBack, n.HistFwd,
			mk.Bookmark, mk.Edit})},
		{"Contents", func(d *driver) { d.openSeed().press(r.Contents) }, join(move, app, back)},
		{"FAQ", func(d *driver) { d.openSeed().press(r.FAQ) }, join(move, app, back)},
		{"Links", func(d *driver) { d.openSeed().press(n.Links) }, join(move, app, back)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			d := newDriver(t, 160, 50)
			tc.setup(d)
			d.press(g.Help)
			s := d.screenText()
			if !strings.Contains(s, "Keys · ") {
				t.Fatalf("no help:\n%s", s)
			}
			for _, b := range tc.keys {
				for _, k := range b.Keys() {
					// the key among the /-separated keys of a label, then the description
					re := regexp.MustCompile(`(^|\s)(\S*/)?` + regexp.QuoteMeta(keyLabel(k)) + `(/\S*)? +` + regexp.QuoteMeta(b.Help().Desc) + `(\s|$)`)
					if !re.MatchString(s) {
						t.Errorf("help lacks key %q beside %q:\n%s", k, b.Help().Desc, s)
					}
				}
			}
		})
	}
}

// keyLabel is a key as help spells it.
func keyLabel(k string) string {
	names := map[string]string{"up": "↑", "down": "↓", "left": "←", "right": "→", "pgdown": "pgdn",
		" ": "space", "alt+left": "alt+←", "alt+right": "alt+→"}
	if n, ok := names[k]; ok {
		return n
	}
	return k
}

// At 80 columns the reader's footer holds the keys for finding one's way
// in an article.
func TestReaderFooterAt80(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	lines := strings.Split(d.screenText(), "\n")
	foot := lines[len(lines)-1]
	for _, want := range []string{"t contents", "f FAQ", "]/[ heading", "}/{ question", "/ search", "? help", "esc back"} {
		if !strings.Contains(foot, want) {
			t.Errorf("footer lacks %q: %q", want, foot)
		}
	}
}
