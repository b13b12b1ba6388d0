package ui

import (
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/lists"
)

// syncQuestions builds the Questions tab's list when it is shown and
// the library changed since it was built: nothing is spent on it until
// then.
func (m *Model) syncQuestions() {
	if m.stack[0] != questionsScreen || m.questionsOf == m.lib {
		return
	}
	m.questions = lists.NewQuestions(m.nextList(), m.questionsOfArticles(m.lib.Articles), "Questions", "", m.styles, m.keys.List)
	m.questionsOf = m.lib
	m.questions.SetSize(m.w, m.bodyHeight(questionsScreen))
}

// showTermQuestions shows the questions of the articles of a tag's or
// category's list, over it.
func (m *Model) showTermQuestions() tea.Cmd {
	title := "Questions"
	if t := m.narrowed.List().Title(); strings.HasPrefix(t, "Articles · ") {
		title += " · " + strings.TrimPrefix(t, "Articles · ")
	}
	m.termQuestions = lists.NewQuestions(m.nextList(), m.questionsOfArticles(m.narrowed.Arts()), title, "None of these articles has an FAQ.", m.styles, m.keys.List)
	m.termQuestions.SetSize(m.w, m.bodyHeight(termQuestionsScreen))
	return m.push(termQuestionsScreen)
}

// questionsOfArticles are the questions of arts with their answers,
// which the list filters on; an article whose text cannot be read is
// left out, and its problem shown on the Problems screen.
func (m *Model) questionsOfArticles(arts []*library.Article) []library.QuestionHit {
	hits, err := library.QuestionsOf(arts, "")
	if err == nil {
		hits, err = library.WithAnswers(hits)
	}
	if err != nil {
		m.mem.problems = append(m.mem.problems, library.Problem{Path: "Questions", Message: err.Error(), Kept: true})
	}
	return hits
}
