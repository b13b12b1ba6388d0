package lists

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

func TestFoldIndex(t *testing.T) {
	t.Parallel()
	if got, want := foldIndex("Marine SPONGES, sponge", "marine sponges"), []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}; !reflect.DeepEqual(got, want) {
		t.Errorf("phrase: %v, want %v", got, want)
	}
	if got, want := foldIndex("a cat, a dog", "dog cat"), []int{2, 3, 4, 9, 10, 11}; !reflect.DeepEqual(got, want) {
		t.Errorf("words: %v, want %v", got, want)
	}
}

// searchRun drives the library search screen alone, running its
// commands (the debounce tick, the search) to their end.
type searchRun struct {
	t testing.TB
	s Search
}

func newSearchRun(t testing.TB, lib *library.Library) *searchRun {
	r := &searchRun{t: t, s: NewSearch(lib, keymap.Default().Search, &testStyles, time.Millisecond)}
	r.s.SetSize(80, 24)
	r.s.Focus()
	return r
}

func (r *searchRun) send(msgs ...tea.Msg) *searchRun {
	for _, msg := range msgs {
		for _, out := range run(r.s.Update(msg)) {
			if _, ok := out.(SearchMsg); ok {
				r.send(out)
			}
		}
	}
	return r
}

// typeText types runes one by one, as a person does.
func (r *searchRun) typeText(s string) *searchRun {
	for _, c := range s {
		r.send(runes(string(c)))
	}
	return r
}

func (r *searchRun) hits() []hitItem {
	var out []hitItem
	for _, it := range r.s.list.Items() {
		out = append(out, it.(hitItem))
	}
	return out
}

func TestSearchTypingUpdatesResults(t *testing.T) {
	t.Parallel()
	r := newSearchRun(t, bundled(t)).typeText("q?") // letters of the query here, not quit and help
	if got := r.s.input.Value(); got != "q?" {
		t.Fatalf("typing q? gave the query %q", got)
	}
	r.send(tea.KeyMsg{Type: tea.KeyBackspace}, tea.KeyMsg{Type: tea.KeyBackspace}).typeText("marine")
	if hits := r.hits(); len(hits) != 1 || hits[0].slug != reviewSlug {
		t.Fatalf("marine finds %v, want the review", hits)
	}
	r.typeText(" sponges")
	s := ansi.Strip(r.s.View())
	for _, want := range []string{"Search: marine sponges", "1 article", "Do Exosomes Work?", "· body", "derived from marine sponges that help"} {
		if !strings.Contains(s, want) {
			t.Errorf("search screen lacks %q:\n%s", want, s)
		}
	}
	r.typeText(" zebra")
	if hits := r.hits(); len(hits) != 0 || !strings.Contains(ansi.Strip(r.s.View()), "No article matches “marine sponges zebra”") {
		t.Fatalf("marine sponges zebra finds %v:\n%s", hits, ansi.Strip(r.s.View()))
	}
}

// Title and tag hits rank above body hits, as the library ranks them.
func TestSearchRanksTitleAboveBody(t *testing.T) {
	t.Parallel()
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{
		"alpha.md": {Data: []byte("---\ntitle: Alpha Guide\n---\nAn opening paragraph.\n\n## Next\n\nRead the beta article first.\n")},
		"beta.md":  {Data: []byte("---\ntitle: Beta Notes\n---\nBack to the start.\n")},
	}})
	r := newSearchRun(t, lib).typeText("beta")
	hits := r.hits()
	if len(hits) != 2 || hits[0].slug != "beta" || hits[0].field != "title" || hits[1].field != "body" {
		t.Fatalf("beta: %+v, want Beta's title hit above Alpha's body hit", hits)
	}
	s := ansi.Strip(r.s.View())
	if !strings.Contains(s, "Beta Notes · title") || !strings.Contains(s, "Alpha Guide · body") || !strings.Contains(s, "2 articles") {
		t.Errorf("screen:\n%s", s)
	}
}

// A result or a debounce tick for a query no longer typed is dropped.
func TestSearchStaleResultsDropped(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	r := newSearchRun(t, lib).typeText("marine")
	r.send(SearchMsg{query: "mar", hits: lib.Search("prp")})
	if hits := r.hits(); len(hits) != 1 || hits[0].slug != reviewSlug {
		t.Fatalf("a result for an older query replaced the results: %v", hits)
	}
	s, cmd := r.s.update(SearchMsg{query: "mari", tick: true})
	if cmd != nil {
		t.Fatal("a tick for a query no longer typed started a search")
	}
	if _, cmd = s.update(SearchMsg{query: "marine", tick: true}); cmd == nil {
		t.Fatal("a tick for the typed query started no search")
	}
}

// The arrows move through the results; open and the arrows are in the
// help only when there are results.
func TestSearchKeysMoveAndHelp(t *testing.T) {
	t.Parallel()
	k := keymap.Default()
	r := newSearchRun(t, bundled(t))
	enabled := func() (out []string) {
		for _, b := range r.s.KeyMap(common.Frame{Keys: k}).ShortHelp() {
			if b.Enabled() {
				out = append(out, b.Help().Desc)
			}
		}
		return out
	}
	if got := enabled(); slices.Contains(got, "open at the match") || !slices.Contains(got, "back") {
		t.Errorf("empty search's help: %v", got)
	}
	r.typeText("exosome")
	if got := len(r.hits()); got != 2 {
		t.Fatalf("exosome: %d hits", got)
	}
	r.send(tea.KeyMsg{Type: tea.KeyDown})
	if r.s.list.Index() != 1 {
		t.Fatal("down did not move")
	}
	r.send(tea.KeyMsg{Type: tea.KeyUp})
	if r.s.list.Index() != 0 {
		t.Fatal("up did not move")
	}
	if got := enabled(); !slices.Contains(got, "open at the match") {
		t.Errorf("help with results: %v", got)
	}
}
