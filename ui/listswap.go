package ui

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
	key   func(list.Item) string
}

// replace puts items in the list, keeping the selected item (as named by
// key) selected. A filtered list filters them off the update loop: the
// command's result brings them in.
func (f *filterList) replace(items []list.Item, key func(list.Item) string) tea.Cmd {
	sel := ""
	if it := f.list.SelectedItem(); it != nil {
		sel = key(it)
	}
	if f.staged != nil && sel == "" {
		sel = f.staged.sel
	}
	f.gen++ // results for the old items are dropped from now on
	if f.list.FilterState() == list.Unfiltered {
		f.staged = nil
		f.list.SetItems(items)
		f.selectKey(sel, key)
		return nil
	}
	probe := f.list // a copy: its filter command reads the new items
	cmd := probe.SetItems(items)
	f.staged = &staged{items: items, sel: sel, key: key}
	return f.tag(cmd)
}

// unstage puts staged items in the list: with their filter result, at
// once; without (a key is about to change the filter), the list filters
// them again by the command returned.
func (f *filterList) unstage(result tea.Msg) tea.Cmd {
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
	f.selectKey(s.sel, s.key)
	return nil
}

// selectKey selects the visible item named k, if any.
func (f *filterList) selectKey(k string, key func(list.Item) string) {
	if k == "" {
		return
	}
	for i, it := range f.list.VisibleItems() {
		if key(it) == k {
			f.list.Select(i)
			return
		}
	}
}
