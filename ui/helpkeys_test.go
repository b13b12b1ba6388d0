package ui

import (
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
)

// Every key a screen answers is in its help, as "key  what it does",
// taken from the bindings so a remapped key is looked for as remapped.
func TestEveryKeyInHelp(t *testing.T) {
	t.Parallel()
	km := DefaultKeyMap()
	g, l, r, mk, n := km.Global, km.List, km.Reader, km.Marks, km.Nav
	move := []key.Binding{l.Up, l.Down, l.PageUp, l.PageDown, l.Top, l.Bottom, l.Filter, l.Open}
	app := []key.Binding{g.Help, g.ForceQuit, mk.Problems}
	top := []key.Binding{g.Quit} // Articles, Tags, Categories, Bookmarks: q quits
	// elsewhere esc and q go back
	back := []key.Binding{g.Back, key.NewBinding(key.WithHelp(g.Quit.Help().Key, "back"))}
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
		{"TagArticles", func(d *driver) { d.press(g.Tags, l.Open) }, join(move, app, back, articleKeys)},
		{"Bookmarks", func(d *driver) { d.press(mk.Bookmark, mk.Bookmarks) }, join(move, app, top, tabs, articleKeys)},
		{"Reader", func(d *driver) { d.openSeed() }, join(app, back, []key.Binding{
			r.Up, r.Down, r.HalfDown, r.HalfUp, r.PageDown, r.PageUp, r.Top, r.Bottom,
			r.NextHeading, r.PrevHeading, r.NextQuestion, r.PrevQuestion, r.Contents, r.FAQ, r.Wide,
			n.Find, n.FindNext, n.FindPrev, n.Links, n.Related, n.HistBack, n.HistFwd,
			mk.Bookmark, mk.Edit})},
		{"Contents", func(d *driver) { d.openSeed().press(r.Contents) }, join(move, app, back)},
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
				h := b.Help()
				re := regexp.MustCompile(`(^|\s)` + regexp.QuoteMeta(h.Key) + ` +` + regexp.QuoteMeta(h.Desc))
				if !re.MatchString(s) {
					t.Errorf("help lacks %q %q:\n%s", h.Key, h.Desc, s)
				}
			}
		})
	}
}
