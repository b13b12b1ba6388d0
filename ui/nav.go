package ui

import (
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
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
			if m.opts.SaveDir != "" {
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

// follow opens an article in place of the reader and what is over it.
func (m *Model) follow(f common.FollowMsg) tea.Cmd {
	var at *common.JumpMsg
	if f.Heading >= 0 {
		j := common.JumpHeading(f.Heading)
		at = &j
	}
	cmd, ok := m.openAt(f.Slug, at)
	if ok && f.Find != "" && f.Offset >= 0 {
		m.reader.FindAt(f.Find, m.reader.Article().HeadingAt(f.Offset))
	}
	return cmd
}

// openAt opens an article in place of the reader and what is over it,
// and makes the jump when one is given; ok is false when there is no
// such article.
func (m *Model) openAt(slug string, at *common.JumpMsg) (cmd tea.Cmd, ok bool) {
	if _, ok := m.lib.Article(slug); !ok {
		return nil, false
	}
	m.visit(slug)
	m.closeReader()
	cmd = m.open(slug)
	if at != nil && m.top() == readerScreen {
		cmd = tea.Batch(cmd, m.reader.Update(*at))
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

// readerConfig is what a reader of a needs: how to render, the cache,
// the styles and keys, and a's related articles.
func (m *Model) readerConfig(a *library.Article) reader.Config {
	o := m.opts
	return reader.Config{Style: o.Style, Color: o.Color, Profile: o.Profile, Hyperlinks: o.Hyperlinks, Images: o.Images,
		Measure: o.Measure, Still: o.still, PreviewWait: o.previewWait,
		Cache: m.cache, Styles: m.styles, Keys: m.keys.Reader, Nav: m.keys.Nav, Related: m.lib.Related(a, relatedCount)}
}
