package ui

import (
	"github.com/charmbracelet/bubbles/help"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
)

// A screen's help is its own KeyMap with the root's keys added where
// they apply: the mark keys, the Questions keys and the review keys
// (keymap/screenhelp.go). The footer shows its short help, ? its full
// help (help.go).

// keyMap is the help of a screen in its current state: its own, with the
// mark keys that apply to it.
func (m *Model) keyMap(id screenID) help.KeyMap {
	sp := m.spec(id)
	base := sp.screen.KeyMap(common.Frame{Keys: m.keys, Tabs: sp.tabs, Top: len(m.stack) == 1})
	if sp.bare {
		return base
	}
	marks := keymap.MarkHelp{Base: base, Keys: m.keys.Marks, LastTab: m.keys.Global.Categories, Articles: sp.articles, Reader: sp.reading,
		Tabs: sp.tabs, Browsing: !m.capturing(id), Problems: m.problemCount()}
	if l := m.list(id); l != nil {
		marks.Empty = len(l.Model().VisibleItems()) == 0
	}
	questions := keymap.QuestionsHelp{Base: marks, Keys: m.keys.Questions, Tabs: sp.tabs && !m.capturing(id),
		Narrowed: id == narrowedScreen && !m.capturing(id), After: m.keys.Marks.Bookmarks, Open: m.keys.List.Open}
	browsing := !m.capturing(id)
	return keymap.ReviewsHelp{Base: questions, Keys: m.keys.Reviews, Tabs: sp.tabs && browsing, Articles: sp.articles && browsing,
		Reading: sp.reading && browsing, After: m.keys.Questions.Questions, Bookmark: m.keys.Marks.Bookmark,
		Review: m.keys.Reader.Review}
}
