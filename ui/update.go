package ui

import (
	"github.com/charmbracelet/bubbles/spinner"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
	"github.com/folio-reader/folio/ui/reader"
)

// Update implements tea.Model. The model is large (a quarter of a
// megabyte of bubbles lists), so the work is done on one copy through a
// pointer, and a burst of keys, taken apart first (keyrouter.go), is
// stepped through on that copy: copying the model for each key of a
// pasted 100 KB made ctrl+c wait behind it for seconds.
//
// Keys past a flood's start are dropped, and the frame kept (keymap/flood.go).
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.flood.KeepFrame(false)
	keys, ok := msg.(tea.KeyMsg)
	if !ok {
		return m, m.step(msg)
	}
	cmd := m.key(keys)
	m.flood.Done()
	return m, cmd
}

// key handles a key: dropped in a flood, a burst taken apart, else one step.
func (m *Model) key(keys tea.KeyMsg) tea.Cmd {
	switch {
	case m.flood.Dropping(keys, m.keys.Global):
		m.flood.KeepFrame(true)
		return nil
	case burst(keys):
		return m.eachKey(keys)
	case !keymap.IsForceQuit(keys, m.keys.Global) && !m.flood.Admit():
		return m.startFlood()
	}
	return m.step(keys)
}

// step handles one message, then keeps what follows from any message:
// the Questions tab built when shown, an article read to its end marked
// read, queued changes saving.
func (m *Model) step(msg tea.Msg) tea.Cmd {
	cmd := m.update(msg)
	m.syncQuestions()
	m.syncProducts()
	return tea.Batch(cmd, m.settle())
}

// update hands a message to whoever acts on it: a key to the key router,
// a screen's intent to the root's own action, a result to the screen it
// is for (each carries what it answers, so a late one is dropped there).
func (m *Model) update(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyMsg:
		m.reader.SetNote("") // a note lasts until the next key
		m.touched()
		return m.routeKey(msg)
	case tea.MouseMsg:
		m.touched()
		return m.updateScreen(m.top(), msg)
	case tea.WindowSizeMsg:
		m.w, m.h = max(msg.Width, 1), max(msg.Height, 1)
		return m.resize()

	// what screens ask of the root (ui/common/msgs.go)
	case common.OpenArticleMsg:
		return m.openArticle(msg.Slug)
	case common.OpenQuestionMsg:
		return m.openQuestion(msg)
	case common.NarrowMsg:
		return m.narrow(msg)
	case common.ReviewsMsg:
		return m.showReviews(msg)
	case common.OverlayMsg:
		return m.showOverlay(msg)
	case common.JumpMsg:
		if m.top() == overlayScreen {
			m.pop()
		}
		return m.updateScreen(readerScreen, msg)
	case common.FollowMsg, common.ShowLinksMsg, common.ShowRelatedMsg, common.CloseMsg, common.HistoryMsg,
		common.LinkMsg, common.SaveLinkMsg, linkSavedMsg, openedMsg, copiedMsg, lists.SearchMsg:
		return m.navigate(msg)

	// results, each for the screen or part that asked
	case lists.FilterMsg:
		for _, id := range m.stack {
			if m.listOf(id) == msg.ListID() {
				return m.updateScreen(id, msg)
			}
		}
	case lists.NoteEndMsg:
		for _, id := range m.stack {
			if m.listOf(id) == msg.ListID() {
				return m.updateScreen(id, msg)
			}
		}
	case reader.PreviewMsg:
		if m.has(readerScreen) {
			return m.updateScreen(readerScreen, msg)
		}
	case reader.RenderedMsg:
		m.cache.Keep(msg)
		if m.has(readerScreen) {
			return m.updateScreen(readerScreen, msg)
		}
	case spinner.TickMsg:
		cmd := m.loadTick(msg)
		if m.has(readerScreen) {
			return tea.Batch(cmd, m.updateScreen(readerScreen, msg))
		}
		return cmd
	case loadedMsg:
		return m.loaded(msg)
	case savedMsg:
		return m.saved(msg)
	case editedMsg:
		if msg.err != nil {
			return m.notify("editor: " + msg.err.Error())
		}
		return reloadCmd([]string{msg.path})
	case changedMsg:
		return tea.Batch(reloadCmd(msg.paths), waitChanges(m.opts.Changes))
	case reloadedMsg:
		return m.reload(msg.changes)
	}
	return nil
}
