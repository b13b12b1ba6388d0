package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/keymap"
)

// routeKey decides who gets a key, in this order; the first that takes
// it ends the routing:
//
//  1. While saving before quitting: only ctrl+c, which stops waiting.
//  2. ctrl+c quits, whatever the keys file says.
//  3. A screen taking text (a filter, the article's search prompt, the
//     library search) gets every other key.
//  4. The help overlay closes on ?, esc or q, and takes no other key.
//  5. The mark keys, on the screens they apply to: problems, edit,
//     bookmark, unread only, sort; and the review keys: mark to compare,
//     compare, the lowest rating.
//  6. The copy keys of the reader and the links list.
//  7. The root's navigation: the library search from a list, help, back
//     (which first clears a filter or a search), quit (back, on a screen
//     over another), the tabs, a tag's questions.
//  8. Anything else goes to the screen on top, which decides its own
//     keys (the reader: ui/reader/keys.go).
//
// Its cases are table-tested in keyrouter_test.go; a new root key goes
// here, in its place.
func (m *Model) routeKey(msg tea.KeyMsg) tea.Cmd {
	g, k, r, top := m.keys.Global, m.keys.Marks, m.keys.Reviews, m.top()
	reading, articles := top == readerScreen, m.articleList(top)
	switch {
	case m.mem.quitting: // 1
		if keymap.IsForceQuit(msg, g) {
			return tea.Quit
		}
		return nil
	case keymap.IsForceQuit(msg, g): // 2
		return m.quit()
	case m.capturing(top): // 3
		return m.updateScreen(top, msg)
	case top == helpScreen: // 4
		if key.Matches(msg, g.Help, g.Back, g.Quit) {
			m.pop()
		}
		return nil

	case key.Matches(msg, k.Problems) && top != problemsScreen: // 5
		return m.showProblems()
	case key.Matches(msg, k.Edit) && (reading || articles):
		return m.edit(m.articleOn(top))
	case key.Matches(msg, k.Bookmark) && (reading || articles):
		return m.toggleBookmark(m.articleOn(top))
	case key.Matches(msg, k.Unread) && articles:
		return m.toggleUnread()
	case key.Matches(msg, k.Sort) && articles:
		return m.nextSort()
	case key.Matches(msg, r.Mark) && (reading || articles):
		return m.toggleCompare(m.articleOn(top))
	case key.Matches(msg, r.Compare) && (reading || articles):
		return m.showCompare()
	case key.Matches(msg, r.MinRating) && articles:
		return m.nextMinRating()

	case m.isCopyKey(top, msg): // 6
		return m.copyKey(top, msg)

	case m.list(top) != nil && key.Matches(msg, m.keys.Nav.Search): // 7
		return m.openSearch()
	case key.Matches(msg, g.Help):
		return m.showHelp(top)
	case key.Matches(msg, g.Back):
		return m.back(top)
	case key.Matches(msg, g.Quit):
		if len(m.stack) == 1 {
			return m.quit()
		}
		m.pop()
		return nil
	case m.tabbable(top) && key.Matches(msg, m.tabKeys()...):
		return m.switchTab(msg)
	case top == narrowedScreen && key.Matches(msg, m.keys.Questions.OfArticles):
		return m.showTermQuestions()
	}
	return m.updateScreen(top, msg) // 8
}

// burst reports keys that arrived in one read — typed faster than the
// terminal is read, sent by tmux send-keys or a macro, pasted without
// bracketed paste: Bubble Tea gives them as a single message, which no
// binding matches, so "/medi" would otherwise not start a filter. A
// bracketed paste is left whole.
func burst(keys tea.KeyMsg) bool {
	return keys.Type == tea.KeyRunes && len(keys.Runes) > 1 && !keys.Paste
}

// eachKey takes a burst a key at a time, as if typed slowly. Once a
// screen takes text (the filter started), the rest goes to it whole: one
// message, so a list filters once per burst, not once per rune. A rune
// that acts while typing (esc, enter) is still taken alone. Each key
// taken counts toward a flood (keymap/flood.go), which drops the rest.
func (m *Model) eachKey(keys tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	lastTyping := lastRuneMatching(keys.Runes, m.keys.TypingKeys())
	for i, r := range keys.Runes {
		if !m.flood.Admit() {
			return tea.Batch(append(cmds, m.startFlood())...)
		}
		if rest := keys.Runes[i:]; len(rest) > 1 && m.capturing(m.top()) && !m.mem.quitting && i > lastTyping {
			return tea.Batch(append(cmds, m.step(tea.KeyMsg{Type: tea.KeyRunes, Runes: rest, Alt: keys.Alt}))...)
		}
		one := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: keys.Alt}
		if r == ' ' {
			one.Type = tea.KeySpace // as Bubble Tea reports a space on its own
		}
		cmds = append(cmds, m.step(one))
	}
	return tea.Batch(cmds...)
}

// lastRuneMatching is the index of the last of rs that, as a key,
// matches one of bs, or -1: one pass, so a burst's runes are not each
// checked against all that follow them.
func lastRuneMatching(rs []rune, bs []key.Binding) int {
	seen := map[rune]bool{}
	for i := len(rs) - 1; i >= 0; i-- {
		r := rs[i]
		if matches, ok := seen[r]; ok {
			if matches {
				return i
			}
			continue
		}
		seen[r] = key.Matches(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}}, bs...)
		if seen[r] {
			return i
		}
	}
	return -1
}
