package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/lists"
)

// openQuestion opens the reader on the question, in place of any
// reader open already.
func (m *Model) openQuestion(msg common.OpenQuestionMsg) tea.Cmd {
	var at *common.JumpMsg
	if msg.Section >= 0 {
		j := common.JumpQuestion(msg.Section, msg.Question)
		at = &j
	}
	cmd, _ := m.openAt(msg.Slug, at)
	return cmd
}

// syncQuestions builds the Questions tab's list when it is shown and
// the library changed since it was built: nothing is spent on it until
// then.
func (m *Model) syncQuestions() {
	if m.stack[0] != questionsScreen || m.questionsOf == m.lib {
		return
	}
	m.questions = lists.NewQuestions(m.nextList(), m.lib.Articles, "Questions", "", m.styles, m.keys.List)
	m.questionsOf = m.lib
	m.questions.SetSize(m.w, m.bodyHeight(questionsScreen))
}

// showTermQuestions shows the questions of the articles of a tag's or
// category's list, over it.
func (m *Model) showTermQuestions() {
	title := "Questions"
	if t := m.narrowed.List().Title(); strings.HasPrefix(t, "Articles · ") {
		title += " · " + strings.TrimPrefix(t, "Articles · ")
	}
	m.termQuestions = lists.NewQuestions(m.nextList(), m.narrowed.Arts(), title, "None of these articles has an FAQ.", m.styles, m.keys.List)
	m.termQuestions.SetSize(m.w, m.bodyHeight(termQuestionsScreen))
	m.push(termQuestionsScreen)
}

// questionsHelp adds the Questions keys to a screen's help: 5 among the
// tabs, f on a tag's or category's articles.
type questionsHelp struct {
	base     help.KeyMap
	keys     keymap.QuestionKeys
	tabs     bool
	narrowed bool
	after    key.Binding // the tab key 5 follows in the full help
	open     key.Binding // the key f follows
}

func (h questionsHelp) bindings() []key.Binding {
	k := h.keys
	k.Questions.SetEnabled(h.tabs)
	k.OfArticles.SetEnabled(h.narrowed)
	return []key.Binding{k.OfArticles, k.Questions}
}

// ShortHelp implements help.KeyMap: f leads on a tag's articles; 5 is
// in the full help only, with the other tabs.
func (h questionsHelp) ShortHelp() []key.Binding {
	bs := h.base.ShortHelp()
	if h.narrowed {
		return append([]key.Binding{h.bindings()[0]}, bs...)
	}
	return bs
}

// FullHelp implements help.KeyMap: 5 joins the tabs' group (the one
// holding after, the Bookmarks key), f the group with enter.
func (h questionsHelp) FullHelp() [][]key.Binding {
	groups := h.base.FullHelp()
	bs := h.bindings()
	for _, b := range bs {
		if !b.Enabled() {
			continue
		}
		anchor := h.after
		if b.Help() == h.keys.OfArticles.Help() {
			anchor = h.open
		}
		placed := false
		for i, g := range groups {
			for _, x := range g {
				if !placed && x.Enabled() && x.Help() == anchor.Help() {
					groups[i] = append(append([]key.Binding(nil), g...), b)
					placed = true
				}
			}
		}
		if !placed {
			groups = append(groups, []key.Binding{b})
		}
	}
	return groups
}
