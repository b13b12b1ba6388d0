package lists

import (
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
)

// A letter typed into a list's filter is handled here rather than by
// bubbles' list, which, for each one, makes a slice of every item's
// filter text, has the filter make a list.Rank of each match, and grows
// a record of each match (list.FilterMatchesMsg) by appending: some 100
// bytes an item, every keystroke, which the collector then pays for
// (BenchmarkScaleKeystroke, docs/scaling.md). A list filtered through its
// memo keeps the filter texts and a record of every item, made once for
// its items; a keystroke's result is the records of its matches, copied
// in rank order.

// memoItems are what the memo keeps of one generation's items while the
// list is filtered: each item's filter text, and each item as a match
// (the record bubbles' list keeps, whose fields are its own; made by the
// list itself, see everyItem).
type memoItems struct {
	gen     int
	targets []string
	every   list.FilterMatchesMsg
}

// typed gives a key to the filter's input, as bubbles' list does while
// filtering, and filters the items by what it then holds, off the
// update loop, when that has changed.
func (f *FilterList) typed(msg tea.KeyMsg) tea.Cmd {
	before := f.list.FilterValue()
	var cmd tea.Cmd
	f.list.FilterInput, cmd = f.list.FilterInput.Update(msg)
	var filter tea.Cmd
	if q := f.list.FilterValue(); q != before {
		filter = f.memo.matches(f.gen, f.list.Items(), q)
	}
	// The pages and keys, as bubbles' list sets them after a keystroke
	// (its updatePagination and updateKeybindings, which SetSize runs).
	f.list.SetSize(f.list.Width(), f.list.Height())
	return tea.Batch(cmd, filter)
}

// typedHere reports a key the list's own handling is kept for: leaving
// the filter, and quitting.
func (f *FilterList) typedHere(msg tea.KeyMsg) bool {
	km := f.list.KeyMap
	return f.memo != nil && !key.Matches(msg, km.CancelWhileFiltering, km.ForceQuit)
}

// matches is the command that filters items (of generation gen) by
// term: the records of their matches, best first, as the list's own
// filter command would give them, every item when term is empty.
func (m *filterMemo) matches(gen int, items []list.Item, term string) tea.Cmd {
	return func() tea.Msg {
		its := m.items(gen, items)
		if term == "" {
			return slices.Clone(its.every)
		}
		order := m.order(gen, term, its.targets)
		out := make(list.FilterMatchesMsg, len(order))
		for i, k := range order {
			out[i] = its.every[k]
		}
		return out
	}
}

// items are the memo's filter texts and records of items, made now when
// they are not those of generation gen.
func (m *filterMemo) items(gen int, items []list.Item) *memoItems {
	m.mu.Lock()
	defer m.mu.Unlock()
	if its := m.kept; its != nil && its.gen == gen {
		return its
	}
	its := &memoItems{gen: gen}
	its.every, its.targets = everyItem(items)
	if gen >= m.gen {
		m.kept = its
	}
	return its
}

// dropItems lets the records go when the filter is cleared: at 100,000
// articles they are 6 MB.
func (m *filterMemo) dropItems() {
	m.mu.Lock()
	m.kept = nil
	m.mu.Unlock()
}

// everyItem is every one of items as a filter match, in order, made by
// a bubbles list whose filter matches everything: its records cannot be
// made outside its package, but they can be copied. The list asks each
// item its filter text for its filter: targets are those texts.
func everyItem(items []list.Item) (every list.FilterMatchesMsg, targets []string) {
	probe := list.New(nil, list.NewDefaultDelegate(), 0, 0)
	probe.Filter = func(_ string, t []string) []list.Rank {
		targets = t
		ranks := make([]list.Rank, len(t))
		for i := range ranks {
			ranks[i].Index = i
		}
		return ranks
	}
	probe.SetFilterState(list.Filtering)
	probe.FilterInput.SetValue("every")
	if cmd := probe.SetItems(items); cmd != nil {
		every, _ = cmd().(list.FilterMatchesMsg)
	}
	if len(every) != len(items) || len(targets) != len(items) { // not as bubbles v1 makes them
		panic(fmt.Sprintf("lists: a list's filter gave %d records and %d texts for %d items", len(every), len(targets), len(items)))
	}
	return every, targets
}

// dropItems lets the memo's records of the items go once the list is
// no longer filtered.
func (f *FilterList) dropItems() {
	if f.memo != nil && f.list.FilterState() == list.Unfiltered {
		f.memo.dropItems()
	}
}
