package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
)

// A screen is one type behind the screen interface, registered once in
// spec below. The root keeps a stack of screenIDs and asks spec for the
// screen on top; nothing else lists the screens.
//
// Adding a screen: a file with its model and the interface's methods (in
// ui/lists, or ui/reader for an overlay, which needs nothing here), a
// screenID, a field in screens, and a case in spec.

// screenID names a screen; the root keeps a stack of them.
type screenID int

const (
	articlesScreen screenID = iota
	tagsScreen
	categoriesScreen
	narrowedScreen
	readerScreen
	overlayScreen // a screen the reader opens over itself: ui/reader/overlays.go
	helpScreen
	bookmarksScreen
	problemsScreen
	searchScreen
	linksScreen
	relatedScreen
	questionsScreen     // every FAQ question of the library: questions.go
	termQuestionsScreen // the questions of a tag's or category's articles
	productsScreen      // every product the library reviews: reviews.go
	compareScreen       // the articles marked to compare, side by side
	screenCount         // not a screen: how many there are
)

// screens holds one model of each screen (the library search, links and
// related lists live in navState, nav.go).
type screens struct {
	articles, narrowed lists.Articles
	tags, categories   lists.Taxonomy
	reader             reader.Model
	overlay            common.Screen // the reader's overlay, nil before one is shown
	overlayTitle       string
	help               helpModel
	bookmarks          lists.Articles
	questions          lists.Questions  // built when shown: questions.go
	questionsOf        *library.Library // the library the Questions tab was built from
	termQuestions      lists.Questions
	problemList        lists.Problems
	products           lists.Products   // built when shown: reviews.go
	productsOf         *library.Library // the library the Products tab was built from
	compareView        lists.Compare
}

// lister is a screen built on a lists.FilterList.
type lister interface{ List() *lists.FilterList }

// spec is a screen's registration: the screen and what the root needs
// to know about it.
type spec struct {
	screen   common.Screen
	title    string
	tab      int                             // its number in the tab bar (1-6); 0: not in it
	tabKey   func(keymap.KeyMap) key.Binding // the key that shows it, for a tab
	name     string                          // its name in the state file, for the tabs
	tabs     bool                            // answers the tab keys and shows the tab bar
	articles bool                            // a list of articles: bookmark, unread, sort and edit apply
	reading  bool                            // shows one article: bookmark and edit apply
	bare     bool                            // no mark keys in its help
}

// spec registers every screen: the only place that lists them.
func (m *Model) spec(id screenID) spec {
	switch id {
	case articlesScreen:
		return spec{screen: &m.articles, title: "Articles", tab: 1, tabKey: func(k keymap.KeyMap) key.Binding { return k.Global.Articles },
			name: "articles", tabs: true, articles: true}
	case tagsScreen:
		return spec{screen: &m.tags, title: "Tags", tab: 2, tabKey: func(k keymap.KeyMap) key.Binding { return k.Global.Tags },
			name: "tags", tabs: true}
	case categoriesScreen:
		return spec{screen: &m.categories, title: "Categories", tab: 3, tabKey: func(k keymap.KeyMap) key.Binding { return k.Global.Categories },
			name: "categories", tabs: true}
	case bookmarksScreen:
		return spec{screen: &m.bookmarks, title: "Bookmarks", tab: 4, tabKey: func(k keymap.KeyMap) key.Binding { return k.Marks.Bookmarks },
			name: "bookmarks", tabs: true, articles: true}
	case narrowedScreen:
		return spec{screen: &m.narrowed, title: "Articles", tabs: true, articles: true}
	case readerScreen:
		return spec{screen: &m.reader, title: "Reader", reading: true}
	case overlayScreen:
		return spec{screen: m.overlay, title: m.overlayTitle}
	case helpScreen:
		return spec{screen: &m.help, title: "Help", bare: true}
	case problemsScreen:
		return spec{screen: &m.problemList, title: "Problems"}
	case searchScreen:
		return spec{screen: &m.nav.search, title: "Search", bare: true}
	case linksScreen:
		return spec{screen: &m.nav.links, title: "Links"}
	case relatedScreen:
		return spec{screen: &m.nav.related, title: "Related"}
	case questionsScreen:
		return spec{screen: &m.questions, title: "Questions", tab: 5, tabKey: func(k keymap.KeyMap) key.Binding { return k.Questions.Questions },
			name: "questions", tabs: true}
	case termQuestionsScreen:
		return spec{screen: &m.termQuestions, title: "Questions"}
	case productsScreen:
		return spec{screen: &m.products, title: "Products", tab: 6, tabKey: func(k keymap.KeyMap) key.Binding { return k.Reviews.Products },
			name: "products", tabs: true}
	case compareScreen:
		return spec{screen: &m.compareView, title: "Compare"}
	}
	panic("ui: screen not registered") // a screenID without a case above
}

func (m *Model) updateScreen(id screenID, msg tea.Msg) tea.Cmd {
	return m.spec(id).screen.Update(msg)
}

// list returns the filter list of a list screen, or nil.
func (m *Model) list(id screenID) *lists.FilterList {
	if l, ok := m.spec(id).screen.(lister); ok {
		return l.List()
	}
	return nil
}

func (m *Model) listOf(id screenID) lists.ID {
	if l := m.list(id); l != nil {
		return l.ID()
	}
	return 0
}

// capturing reports that the screen is taking text (a filter is being
// typed), so keys other than ctrl+c go to it.
func (m *Model) capturing(id screenID) bool {
	if l := m.list(id); l != nil && l.Filtering() {
		return true
	}
	t, ok := m.spec(id).screen.(common.Typist)
	return ok && t.Capturing()
}

func (m *Model) filtered(id screenID) bool {
	if l := m.list(id); l != nil && l.Filtered() {
		return true
	}
	c, ok := m.spec(id).screen.(common.Clearer)
	return ok && c.Filtered()
}

// clearFilter takes away the filter applied to a list, or the search
// shown in the reader: the first step back.
func (m *Model) clearFilter(id screenID) {
	if c, ok := m.spec(id).screen.(common.Clearer); ok {
		c.ClearFilter()
		return
	}
	if l := m.list(id); l != nil {
		l.ClearFilter()
	}
}

// tabbable screens answer tab and the tabs' keys (1-6).
func (m *Model) tabbable(id screenID) bool { return m.spec(id).tabs }

func (m *Model) title(id screenID) string { return m.spec(id).title }

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
	var cmds []tea.Cmd
	for id := range screenCount {
		if s := m.spec(id).screen; s != nil { // an overlay not shown yet
			cmds = append(cmds, s.SetSize(m.w, m.bodyHeight(id)))
		}
	}
	return tea.Batch(cmds...)
}

// resizeOne gives one screen the window size (a screen just built).
func (m *Model) resizeOne(id screenID) tea.Cmd {
	return m.spec(id).screen.SetSize(m.w, m.bodyHeight(id))
}

// tabs are the lists the tab bar names, in order.
func (m *Model) tabs() []screenID {
	var out []screenID
	for n := 1; ; n++ {
		found := false
		for id := range screenCount {
			if m.spec(id).tab == n {
				out, found = append(out, id), true
			}
		}
		if !found {
			return out
		}
	}
}

// tabKeys are the keys that move between the tabs.
func (m *Model) tabKeys() []key.Binding {
	out := []key.Binding{m.keys.Global.NextTab, m.keys.Global.PrevTab}
	for _, id := range m.tabs() {
		out = append(out, m.spec(id).tabKey(m.keys))
	}
	return out
}

// screenName is a list's name in the state file ("" for other screens).
func (m *Model) screenName(id screenID) string { return m.spec(id).name }

// screenNamed is the list the state file names, if it is one.
func (m *Model) screenNamed(name string) (screenID, bool) {
	for _, id := range m.tabs() {
		if m.screenName(id) == name {
			return id, true
		}
	}
	return 0, false
}

// articleList reports a list of articles.
func (m *Model) articleList(id screenID) bool { return m.spec(id).articles }

// selectedArticle is the article under the cursor of a list of articles, or nil.
func (m *Model) selectedArticle(id screenID) *library.Article {
	p, ok := m.spec(id).screen.(common.Picker)
	if !ok || !m.articleList(id) {
		return nil
	}
	a, _ := m.article(p.SelectedSlug()) // while loading, among the articles listed so far
	return a
}
