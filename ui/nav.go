package ui

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// The root's part in moving between articles: the library search screen,
// the links and related lists, following a link, and the reading
// history. Children ask with a navMsg; the root acts in navigate.

// navMsg is a request or result for the root's navigation.
type navMsg interface{ navMsg() }

// followMsg asks the root to open an article in place of the reader (or
// over the list below when no reader is open), recording the visit.
type followMsg struct {
	slug    string
	heading int    // a heading to put on top, or -1
	find    string // a library search's query to show in the article, or ""
	offset  int    // the body offset of the search's match, or -1
}

type (
	showLinksMsg   struct{}
	showRelatedMsg struct{}
	closeMsg       struct{}                    // the top screen is done: back one
	historyMsg     struct{ step int }          // back (-1) or forward (+1) in the reading history
	linkMsg        struct{ link library.Link } // follow a link of the article being read
)

func (followMsg) navMsg()       {}
func (showLinksMsg) navMsg()    {}
func (showRelatedMsg) navMsg()  {}
func (closeMsg) navMsg()        {}
func (historyMsg) navMsg()      {}
func (linkMsg) navMsg()         {}
func (searchTickMsg) navMsg()   {}
func (searchResultMsg) navMsg() {}
func (openedMsg) navMsg()       {}

// relatedCount is how many related articles the reader's footer and the
// related list show.
const relatedCount = 5

// navState is the root's navigation state.
type navState struct {
	search      searchModel
	links       linksModel
	related     relatedModel
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

// navigate acts on a navMsg.
func (m *Model) navigate(msg navMsg) tea.Cmd {
	switch msg := msg.(type) {
	case followMsg:
		return m.follow(msg)
	case showLinksMsg:
		if m.top() == readerScreen {
			m.nav.links = newLinks(m.nextList(), m.lib, m.reader.art, m.styles, m.keys.List)
			if m.opts.SaveDir != "" {
				m.nav.links.save = m.keys.Nav.SaveLink
			}
			m.push(linksScreen)
		}
	case showRelatedMsg:
		if m.top() == readerScreen {
			a := m.reader.art
			m.nav.related = newRelated(m.nextList(), a, m.lib.Related(a, relatedCount), m.styles, m.keys.List)
			m.push(relatedScreen)
		}
	case closeMsg:
		if len(m.stack) > 1 {
			m.pop()
		}
	case historyMsg:
		return m.travel(msg.step)
	case linkMsg:
		return m.followLink(msg.link)
	case saveLinkMsg:
		return m.saveLink(msg.link)
	case linkSavedMsg:
		return m.linkSaved(msg)
	case openedMsg:
		m.nav.links.note = msg.note()
	case copiedMsg:
		m.copied(msg)
	case searchTickMsg, searchResultMsg:
		var cmd tea.Cmd
		m.nav.search, cmd = m.nav.search.update(msg)
		return cmd
	}
	return nil
}

// openSearch shows a fresh library search screen.
func (m *Model) openSearch() tea.Cmd {
	m.nav.search = newSearch(m.lib, m.keys.Search, m.styles, m.nav.searchDelay)
	m.push(searchScreen)
	return m.nav.search.focus()
}

// follow opens an article in place of the reader and what is over it.
func (m *Model) follow(f followMsg) tea.Cmd {
	var at *jumpMsg
	if f.heading >= 0 {
		j := jumpHeading(f.heading)
		at = &j
	}
	cmd, ok := m.openAt(f.slug, at)
	if ok && f.find != "" && f.offset >= 0 {
		m.reader.findAt(f.find, m.reader.art.HeadingAt(f.offset))
	}
	return cmd
}

// openAt opens an article in place of the reader and what is over it,
// and makes the jump when one is given; ok is false when there is no
// such article.
func (m *Model) openAt(slug string, at *jumpMsg) (cmd tea.Cmd, ok bool) {
	if _, ok := m.lib.Article(slug); !ok {
		return nil, false
	}
	m.visit(slug)
	m.closeReader()
	cmd = m.open(slug)
	if at != nil && m.top() == readerScreen {
		var jump tea.Cmd
		m.reader, jump = m.reader.update(*at)
		cmd = tea.Batch(cmd, jump)
	}
	return cmd, true
}

// closeReader pops the reader and every screen over it, if it is open.
func (m *Model) closeReader() {
	for i, id := range m.stack {
		if id == readerScreen {
			for len(m.stack) > i && len(m.stack) > 1 {
				m.pop()
			}
			return
		}
	}
}

// attachNav gives a new reader what the navigation needs: its keys,
// search and related articles.
func (m *Model) attachNav(a *library.Article) {
	m.reader.nav = m.keys.Nav
	m.reader.find = newFinder(m.styles)
	m.reader.related = m.lib.Related(a, relatedCount)
}
