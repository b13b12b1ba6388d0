package lists

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// A list filtered through its memo, whose keys it handles itself
// (filtertyping.go), shows what bubbles' list filtering with
// FuzzyFilter shows, key after key: the same items in the same order,
// the same item selected and pages counted, the same global indexes;
// and every item again when the filter is emptied.
func TestTypedFilterMatchesBubblesFilter(t *testing.T) {
	t.Parallel()
	var arts []*library.Article
	for i, title := range articleTargets(300) {
		arts = append(arts, &library.Article{Title: title, Slug: fmt.Sprint(i)})
	}
	items := ArticleItems(arts, nil)
	newList := func() FilterList {
		l := NewFilterList(1, items, RowDelegate{Styles: &testStyles.Row, Lines: 2}, &testStyles, keymap.Default().List, "Articles", "article", "articles")
		l.SetSize(80, 24)
		return l
	}
	memo, plain := newList(), newList()
	plain.SetFilter(FuzzyFilter)
	if plain.memo != nil || memo.memo == nil {
		t.Fatal("the lists do not filter as the test needs")
	}
	send := func(l *FilterList, msg tea.Msg) {
		var pending []tea.Msg
		var cmd tea.Cmd
		*l, cmd, _ = l.Update(msg)
		pending = append(pending, run(cmd)...)
		for len(pending) > 0 {
			out := pending[0]
			pending = pending[1:]
			if _, ok := out.(FilterMsg); ok {
				*l, cmd, _ = l.Update(out)
				pending = append(pending, run(cmd)...)
			}
		}
	}
	back := tea.KeyMsg{Type: tea.KeyBackspace}
	keys := []tea.Msg{runes("/")}
	for _, c := range "retinol" {
		keys = append(keys, runes(string(c)))
	}
	for range 4 {
		keys = append(keys, back)
	}
	keys = append(keys, runes("ex"), back, back, back, back, back, runes("s"), tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyDown})
	for step, k := range keys {
		send(&memo, k)
		send(&plain, k)
		ml, pl := memo.Model(), plain.Model()
		if ml.FilterValue() != pl.FilterValue() || ml.FilterState() != pl.FilterState() {
			t.Fatalf("step %d: %q (%v), bubbles' %q (%v)", step, ml.FilterValue(), ml.FilterState(), pl.FilterValue(), pl.FilterState())
		}
		got, want := ml.VisibleItems(), pl.VisibleItems()
		if len(got) != len(want) {
			t.Fatalf("step %d, %q: %d items, bubbles' filter %d", step, ml.FilterValue(), len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("step %d, %q: item %d is %q, bubbles' %q", step, ml.FilterValue(), i, got[i].FilterValue(), want[i].FilterValue())
			}
		}
		if ml.Index() != pl.Index() || ml.Paginator.TotalPages != pl.Paginator.TotalPages {
			t.Fatalf("step %d: item %d of %d pages, bubbles' %d of %d", step, ml.Index(), ml.Paginator.TotalPages, pl.Index(), pl.Paginator.TotalPages)
		}
		if ml.FilterValue() != "" && len(got) > 0 && items[ml.GlobalIndex()] != got[ml.Index()] {
			t.Fatalf("step %d: global index %d is not the selected item", step, ml.GlobalIndex())
		}
		if ml.View() != pl.View() {
			t.Fatalf("step %d: the screens differ:\n%s\nbubbles':\n%s", step, ml.View(), pl.View())
		}
	}
	if memo.Filtering() || memo.memo.kept == nil {
		t.Fatalf("filtering %v after enter; the memo keeps the items' records: %v", memo.Filtering(), memo.memo.kept != nil)
	}
	memo.ClearFilter()
	if memo.memo.kept != nil || memo.Model().FilterState() != list.Unfiltered {
		t.Error("the records of the items are kept after the filter is cleared")
	}
}

// everyItem's records are the items in order, as a list's matches.
func TestEveryItemIsEachItemInOrder(t *testing.T) {
	t.Parallel()
	items := ArticleItems(bundled(t).Articles, nil)
	l := list.New(items, RowDelegate{Styles: &testStyles.Row, Lines: 1}, 80, 24)
	l.SetFilterState(list.Filtering)
	every, targets := everyItem(items)
	l, _ = l.Update(every)
	got := l.VisibleItems()
	if len(got) != len(items) {
		t.Fatalf("%d records of %d items", len(got), len(items))
	}
	for i := range got {
		l.Select(i)
		if got[i] != items[i] || l.GlobalIndex() != i || targets[i] != items[i].FilterValue() {
			t.Fatalf("record %d is item %d", i, l.GlobalIndex())
		}
	}
}
