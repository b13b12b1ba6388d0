package lists

import (
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// A list's items are replaced while a person uses it: batches of
// articles arrive as the library loads, then the whole library. The
// selection stays on the same item and the filter stays as typed.

// staged items wait for their filter result, so the list keeps showing
// the old matches rather than none for the moment it takes.
type staged struct {
	items []list.Item
	sel   string // the key of the item selected when they came
	at    int    // and its place, for when it has gone
	key   func(list.Item) string
}

// replace puts items in the list, keeping the selected item (as named by
// key) selected, or, when it has gone (a bookmark taken away on the
// Bookmarks list), the same place. A filtered list filters them off the
// update loop: the command's result brings them in.
func (f *FilterList) Replace(items []list.Item, key func(list.Item) string) tea.Cmd {
	sel, at := "", f.list.Index()
	if it := f.list.SelectedItem(); it != nil {
		sel = key(it)
	}
	if f.staged != nil && sel == "" {
		sel, at = f.staged.sel, f.staged.at
	}
	f.gen++ // results for the old items are dropped from now on
	if f.memo != nil {
		f.list.Filter = f.memo.fuzzy(f.gen)
	}
	if f.list.FilterState() == list.Unfiltered {
		f.staged = nil
		f.list.SetItems(items)
		f.selectKey(sel, at, key)
		return nil
	}
	probe := f.list // a copy: its filter command reads the new items
	cmd := probe.SetItems(items)
	f.staged = &staged{items: items, sel: sel, at: at, key: key}
	return f.tag(cmd)
}

// unstage puts staged items in the list: with their filter result, at
// once; without (a key is about to change the filter), the list filters
// them again by the command returned.
func (f *FilterList) unstage(result tea.Msg) tea.Cmd {
	s := f.staged
	if s == nil {
		return nil
	}
	f.staged = nil
	cmd := f.list.SetItems(s.items)
	if result == nil {
		return f.tag(cmd)
	}
	f.list, _ = f.list.Update(result)
	f.list.SetSize(f.list.Width(), f.list.Height()) // the pages, for the new matches
	f.selectKey(s.sel, s.at, s.key)
	return nil
}

// selectKey selects the visible item named k, else the one at, or the
// last when the list has become shorter than that.
func (f *FilterList) selectKey(k string, at int, key func(list.Item) string) {
	visible := f.list.Items() // VisibleItems copies them all
	if f.list.FilterState() != list.Unfiltered {
		visible = f.list.VisibleItems()
	}
	sel := min(at, len(visible)-1)
	for i, it := range visible {
		if k != "" && key(it) == k {
			sel = i
			break
		}
	}
	if sel >= 0 {
		f.list.Select(sel)
	}
}
