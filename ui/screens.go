package ui

import (
	"github.com/charmbracelet/bubbles/help"
	tea "github.com/charmbracelet/bubbletea"
)

// The root dispatches to its concrete screens here, so each child's
// update returns its own type and no type assertions are needed.

func (m *Model) updateScreen(id screenID, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch id {
	case articlesScreen:
		m.articles, cmd = m.articles.update(msg)
	case narrowedScreen:
		m.narrowed, cmd = m.narrowed.update(msg)
	case tagsScreen:
		m.tags, cmd = m.tags.update(msg)
	case categoriesScreen:
		m.categories, cmd = m.categories.update(msg)
	case readerScreen:
		m.reader, cmd = m.reader.update(msg)
	case tocScreen:
		m.toc, cmd = m.toc.update(msg)
	case faqScreen:
		m.faq, cmd = m.faq.update(msg)
	case bookmarksScreen:
		m.bookmarks, cmd = m.bookmarks.update(msg)
	case problemsScreen:
		m.problemList, cmd = m.problemList.update(msg)
	default:
		cmd = m.updateNav(id, msg)
	}
	return cmd
}

// list returns the filter list of a list screen, or nil.
func (m *Model) list(id screenID) *filterList {
	switch id {
	case articlesScreen:
		return &m.articles.list
	case narrowedScreen:
		return &m.narrowed.list
	case tagsScreen:
		return &m.tags.list
	case categoriesScreen:
		return &m.categories.list
	case tocScreen:
		return &m.toc.list
	case faqScreen:
		return &m.faq.list
	case bookmarksScreen:
		return &m.bookmarks.list
	case problemsScreen:
		return &m.problemList.list
	}
	return m.navList(id)
}

func (m *Model) listOf(id screenID) listID {
	if l := m.list(id); l != nil {
		return l.id
	}
	return 0
}

// capturing reports that the screen is taking text (a filter is being
// typed), so keys other than ctrl+c go to it.
func (m *Model) capturing(id screenID) bool {
	l := m.list(id)
	return l != nil && l.filtering() || id == searchScreen || id == readerScreen && m.reader.find.typing
}

func (m *Model) filtered(id screenID) bool {
	l := m.list(id)
	return l != nil && l.filtered() || id == readerScreen && m.reader.find.active()
}

// clearFilter takes away the filter applied to a list, or the search
// shown in the reader: the first step back.
func (m *Model) clearFilter(id screenID) {
	if id == readerScreen {
		m.reader.clearFind()
		return
	}
	if l := m.list(id); l != nil {
		l.clearFilter()
	}
}

// tabbable screens answer tab and 1/2/3/4.
func (m *Model) tabbable(id screenID) bool {
	return id == articlesScreen || id == tagsScreen || id == categoriesScreen || id == narrowedScreen || id == bookmarksScreen
}

// keyMap is the help of a screen in its current state.
func (m *Model) keyMap(id screenID) help.KeyMap {
	marks := markHelp{keys: m.keys.Marks, lastTab: m.keys.Global.Categories, articles: m.articleList(id), reader: id == readerScreen,
		tabs: m.tabbable(id), browsing: !m.capturing(id), problems: m.problemCount()}
	if l := m.list(id); l != nil {
		marks.empty = len(l.list.VisibleItems()) == 0
	}
	switch id {
	case readerScreen:
		marks.base = m.readerKeyMap()
	case helpScreen:
		return overlayHelp{g: m.keys.Global}
	case searchScreen:
		return m.nav.search.help(m.keys.Global)
	case problemsScreen:
		marks.base = problemsHelp{m.list(id).help(m.keys.Global, false, false)}
	default:
		marks.base = withSearch{m.list(id).help(m.keys.Global, m.tabbable(id), len(m.stack) == 1), m.keys.Nav.Search}
		if id == linksScreen {
			marks.base = withCopyLink{marks.base, m.keys.Nav.CopyLink}
		}
	}
	return marks
}

func (m *Model) title(id screenID) string {
	return [...]string{"Articles", "Tags", "Categories", "Articles", "Reader", "Contents", "FAQ", "Help",
		"Bookmarks", "Problems", "Search", "Links", "Related"}[id]
}

// chrome says whether the tab bar and the footer show on a screen.
func (m *Model) chrome(id screenID) (tabs, footer bool) {
	return m.tabbable(id) && m.h >= 10, m.h >= 3
}

func (m *Model) bodyHeight(id screenID) int {
	tabs, footer := m.chrome(id)
	h := m.h
	if tabs {
		h--
	}
	if footer {
		h--
	}
	return max(h, 1)
}

// resize fans the window size out to every screen.
func (m *Model) resize() tea.Cmd {
	m.articles.setSize(m.w, m.bodyHeight(articlesScreen))
	m.narrowed.setSize(m.w, m.bodyHeight(narrowedScreen))
	m.tags.setSize(m.w, m.bodyHeight(tagsScreen))
	m.categories.setSize(m.w, m.bodyHeight(categoriesScreen))
	m.toc.setSize(m.w, m.bodyHeight(tocScreen))
	m.faq.setSize(m.w, m.bodyHeight(faqScreen))
	m.help.setSize(m.w, m.bodyHeight(helpScreen))
	m.bookmarks.setSize(m.w, m.bodyHeight(bookmarksScreen))
	m.problemList.setSize(m.w, m.bodyHeight(problemsScreen))
	m.resizeNav()
	if m.reader.art == nil {
		return nil
	}
	var cmd tea.Cmd
	m.reader, cmd = m.reader.setSize(m.w, m.bodyHeight(readerScreen))
	return cmd
}
