package lists

import (
	"testing"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
)

// A filter result for an older query, another list or items since
// replaced is dropped; the answer to the query typed is taken.
func TestStaleFilterResultsDropped(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	l := NewFilterList(1, ArticleItems(lib.Articles, nil), RowDelegate{Styles: &testStyles.Row, Lines: 2}, &testStyles, keymap.Default().List, "Articles", "article", "articles")
	l.SetSize(80, 24)
	var send func(msgs ...tea.Msg)
	send = func(msgs ...tea.Msg) {
		for _, msg := range msgs {
			var cmd tea.Cmd
			l, cmd, _ = l.Update(msg)
			for _, out := range run(cmd) {
				if _, ok := out.(FilterMsg); ok {
					send(out)
				}
			}
		}
	}
	send(runes("/"))
	for _, r := range "medicube" {
		send(runes(string(r)))
	}
	before := l.Model().VisibleItems()
	empty := list.FilterMatchesMsg{}
	send(FilterMsg{list: l.id, query: "m", gen: l.gen, msg: empty},
		FilterMsg{list: 2, query: "medicube", gen: l.gen, msg: empty},
		FilterMsg{list: l.id, query: "medicube", gen: l.gen - 1, msg: empty})
	if got := l.Model().VisibleItems(); len(got) != len(before) || len(got) == 0 {
		t.Fatalf("a stale filter result changed the list: %d → %d items", len(before), len(got))
	}
	send(FilterMsg{list: l.id, query: "medicube", gen: l.gen, msg: empty})
	if got := l.Model().VisibleItems(); len(got) != 0 {
		t.Fatalf("the current filter result was ignored: %d items", len(got))
	}
}

// Chosen is the selected item only when enter chose it, and nil when
// nothing is selected: a screen opens what Selected would have given.
func TestChosenIsSelectedWhenOpen(t *testing.T) {
	t.Parallel()
	lib := bundled(t)
	l := NewFilterList(1, ArticleItems(lib.Articles, nil), RowDelegate{Styles: &testStyles.Row, Lines: 2}, &testStyles, keymap.Default().List, "Articles", "article", "articles")
	l.SetSize(80, 24)
	l.Model().Select(1)
	if got := l.Chosen(false); got != nil {
		t.Fatalf("Chosen(false) = %v, want nil", got)
	}
	want, ok := l.Selected().(ArticleItem)
	if !ok {
		t.Fatalf("nothing selected in a list of %d", len(lib.Articles))
	}
	if got, ok := l.Chosen(true).(ArticleItem); !ok || got.Slug != want.Slug || want.Slug != lib.Articles[1].Slug {
		t.Fatalf("Chosen(true) = %v, want the second article %q", got, lib.Articles[1].Slug)
	}
	empty := NewFilterList(2, nil, RowDelegate{Styles: &testStyles.Row, Lines: 2}, &testStyles, keymap.Default().List, "Articles", "article", "articles")
	if got := empty.Chosen(true); got != nil {
		t.Fatalf("Chosen(true) on an empty list = %v, want nil", got)
	}
}
