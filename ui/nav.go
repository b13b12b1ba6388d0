package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
)

// The root's part in moving between articles: the library search screen,
// the links and related lists, following a link, and the reading
// history. Children ask with common's messages; the root acts in navigate.

// relatedCount is how many related articles the reader's footer and the
// related list show.
const relatedCount = 5

// navState is the root's navigation state.
type navState struct {
	search      lists.Search
	links       reader.Links
	related     lists.Related
	hist        history
	searchDelay time.Duration        // how long typing must pause before the library is searched
	openURL     func(string) tea.Cmd // opens a link outside folio; replaced in tests
}

func newNavState(openURL func(string) tea.Cmd, searchDelay time.Duration) navState {
	if openURL == nil {
		openURL = systemOpener().open
	}
	if searchDelay == 0 {
		searchDelay = 120 * time.Millisecond
	}
	return navState{searchDelay: searchDelay, openURL: openURL}
}

// navigate acts on a request or result of navigation.
func (m *Model) navigate(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case common.FollowMsg:
		return m.follow(msg)
	case common.ShowLinksMsg:
		if m.top() == readerScreen {
			var save key.Binding // no keys: saving is off
			if m.opts.savesPages() {
				save = m.keys.Nav.SaveLink
			}
			m.nav.links = reader.NewLinks(m.nextList(), m.lib, m.reader.Article(), m.styles, m.keys.List, save)
			m.push(linksScreen)
		}
	case common.ShowRelatedMsg:
		if m.top() == readerScreen {
			a := m.reader.Article()
			m.nav.related = lists.NewRelated(m.nextList(), a, m.lib.Related(a, relatedCount), m.styles, m.keys.List)
			m.push(relatedScreen)
		}
	case common.CloseMsg:
		if len(m.stack) > 1 {
			m.pop()
		}
	case common.HistoryMsg:
		return m.travel(msg.Step)
	case common.LinkMsg:
		return m.followLink(msg.Link)
	case common.SaveLinkMsg:
		return m.saveLink(msg.Link)
	case linkSavedMsg:
		return m.linkSaved(msg)
	case openedMsg:
		m.nav.links.SetNote(msg.note())
	case copiedMsg:
		m.copied(msg)
	case lists.SearchMsg:
		return m.nav.search.Update(msg)
	}
	return nil
}

// openSearch shows a fresh library search screen.
func (m *Model) openSearch() tea.Cmd {
	m.nav.search = lists.NewSearch(m.lib, m.keys.Search, m.styles, m.nav.searchDelay)
	m.push(searchScreen)
	return m.nav.search.Focus()
}
