package ui

import (
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
)

// openAtStart opens the reader on Options.Open as the first thing the
// program does (folio PATH, cat post.md | folio), with the article
// selected in the list beneath it.
func (m *Model) openAtStart() tea.Cmd {
	slug := m.opts.Open
	if slug == "" {
		return nil
	}
	return func() tea.Msg { return common.OpenArticleMsg{Slug: slug} }
}

// selectAtStart selects the opened article's row in the articles list,
// so that going back from the reader lands on it.
func (m *Model) selectAtStart() {
	if m.opts.Open == "" {
		return
	}
	for i, it := range m.articles.List().Model().VisibleItems() {
		if lists.ArticleKey(it) == m.opts.Open {
			m.articles.List().Model().Select(i)
			return
		}
	}
}

// touched notes a key or a click: from then on, the library loading in
// the background keeps the row the person selected; before it, the
// first row, the newest article, stays selected as articles arrive.
func (m *Model) touched(msg tea.Msg) {
	switch msg.(type) {
	case tea.KeyMsg, tea.MouseMsg:
		if m.load != nil {
			m.load.touched = true
		}
	}
}

// keepFirstRow selects the first row of the articles list while nobody
// has touched a key: the newest article, whichever source it came from.
func (m *Model) keepFirstRow(touched bool) {
	if touched || m.opts.Open != "" {
		return
	}
	l := m.articles.List().Model()
	if l.FilterState() == list.Unfiltered && len(l.VisibleItems()) > 0 {
		l.Select(0)
	}
}
