package ui

import (
	"fmt"
	"github.com/folio-reader/folio/ui/common"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/keymap"
)

// The Questions list: every FAQ question of the library (or of the
// articles under a tag or category), grouped by article. / filters over
// questions and answers; enter opens the article with the question on
// the reader's first line.

// questionItem is an article's title row (question -1) or one of its
// FAQ questions.
type questionItem struct {
	slug              string
	section, question int
	text              string
	answer            string // the answer's first sentence
	filter            string
}

func (i questionItem) FilterValue() string { return i.filter }
func (i questionItem) row() row {
	if i.question < 0 {
		return row{text: i.text, header: true}
	}
	r := row{prefix: "  ", text: i.text}
	if i.answer != "" {
		r.suffix = " — " + i.answer
	}
	return r
}

// questionsModel lists FAQ questions grouped by article.
type questionsModel struct {
	list  filterList
	lib   *library.Library // the library it was built from (the tab's list)
	count int
	empty string // what the list says when there is no question
	note  lipgloss.Style
	w, h  int
}

// newQuestions lists the questions of arts, in their order.
func newQuestions(id listID, arts []*library.Article, title string, st *common.Styles, keys keymap.ListKeys) questionsModel {
	var items []list.Item
	var groupOf, titleRow []int
	count := 0
	for _, a := range arts {
		if len(a.FAQs) == 0 {
			continue
		}
		g := len(titleRow)
		titleRow = append(titleRow, len(items))
		items = append(items, questionItem{slug: a.Slug, section: -1, question: -1, text: a.Title, filter: a.Title})
		groupOf = append(groupOf, g)
		for s, sec := range a.FAQs {
			for q, fq := range sec.Questions {
				answer := library.FirstSentence(fq.Answer, 200)
				items = append(items, questionItem{slug: a.Slug, section: s, question: q, text: fq.Question,
					answer: answer, filter: fq.Question + " · " + plainAnswer(fq.Answer)})
				groupOf = append(groupOf, g)
				count++
			}
		}
	}
	d := rowDelegate{styles: &st.Row, lines: 1}
	l := newFilterList(id, items, d, st, keys, title, "entry", "entries")
	l.compact = true
	l.subtitle = fmt.Sprintf("%d %s", count, common.Plural(count, "question", "questions"))
	l.list.Filter = groupedFilter(groupOf, titleRow, wordsFirstFilter)
	m := questionsModel{list: l, count: count, note: st.Reader.Notice,
		empty: "No FAQ questions: articles with an FAQ section list theirs here."}
	if len(items) > 1 {
		m.list.list.Select(1) // the first question, not its article's title
	}
	return m
}

// groupedFilter is sectionFilter over any ranking: each match's group
// (article) leads with its title row, groups in the order of their best
// match.
func groupedFilter(groupOf, titleRow []int, rank list.FilterFunc) list.FilterFunc {
	return func(term string, targets []string) []list.Rank {
		var order []int
		groups := map[int][]list.Rank{}
		for _, r := range rank(term, targets) {
			g := groupOf[r.Index]
			if _, seen := groups[g]; !seen {
				order = append(order, g)
				groups[g] = []list.Rank{{Index: titleRow[g]}}
			}
			if r.Index == titleRow[g] {
				groups[g][0] = r
			} else {
				groups[g] = append(groups[g], r)
			}
		}
		var out []list.Rank
		for _, g := range order {
			out = append(out, groups[g]...)
		}
		return out
	}
}

// wordsFirstFilter ranks the targets holding every typed word first,
// those with the words in the question (before " · ") above those with
// them in the answer; when none does (a typo), the fuzzy matches.
func wordsFirstFilter(term string, targets []string) []list.Rank {
	words := strings.Fields(strings.ToLower(term))
	if len(words) == 0 {
		return nil
	}
	type scored struct {
		r     list.Rank
		score int
	}
	var exact []scored
	for i, t := range targets {
		low := strings.ToLower(t)
		q, _, _ := strings.Cut(low, " · ")
		score, ok := 0, true
		var idx []int
		for _, w := range words {
			at := strings.Index(low, w)
			if at < 0 {
				ok = false
				break
			}
			if strings.Contains(q, w) {
				score += 10
			} else {
				score++
			}
			for k := range len([]rune(w)) {
				idx = append(idx, len([]rune(low[:at]))+k)
			}
		}
		if ok {
			exact = append(exact, scored{list.Rank{Index: i, MatchedIndexes: idx}, score})
		}
	}
	sort.SliceStable(exact, func(a, b int) bool { return exact[a].score > exact[b].score })
	out := make([]list.Rank, 0, len(exact))
	for _, e := range exact {
		out = append(out, e.r)
	}
	if len(out) > 0 {
		return out
	}
	return fuzzyFilter(term, targets)
}

// plainAnswer is an answer as one line of text for the filter.
func plainAnswer(a string) string {
	return strings.Join(strings.Fields(a), " ")
}

func (m questionsModel) update(msg tea.Msg) (questionsModel, tea.Cmd) {
	typing := m.list.filtering()
	l, cmd, open := m.list.update(msg)
	m.list = l
	if typing && m.list.filtered() {
		m.selectBestMatch()
	}
	if it, ok := m.list.selected().(questionItem); ok && open {
		o := common.OpenQuestionMsg{Slug: it.slug, Section: it.section, Question: it.question}
		return m, tea.Batch(cmd, func() tea.Msg { return o })
	}
	return m, cmd
}

// selectBestMatch moves off an article's title shown only to group the
// matches, so enter opens the best matching question.
func (m *questionsModel) selectBestMatch() {
	l := &m.list.list
	if it, ok := l.SelectedItem().(questionItem); ok && it.question < 0 && len(l.MatchesForItem(l.Index())) == 0 {
		l.CursorDown()
	}
}

func (m *questionsModel) setSize(w, h int) {
	m.w, m.h = w, h
	m.list.setSize(w, h)
}

func (m questionsModel) view() string {
	if m.count == 0 {
		ls := m.list.list.Styles
		return ls.TitleBar.Render(ls.Title.Render(m.list.title)) + "\n" +
			m.note.PaddingLeft(2).Render(ansi.Truncate(m.empty, max(m.w-2, 1), "…"))
	}
	return m.list.list.View()
}

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
	if m.stack[0] != questionsScreen || m.questions.lib == m.lib {
		return
	}
	m.questions = newQuestions(m.nextList(), m.lib.Articles, "Questions", m.styles, m.keys.List)
	m.questions.lib = m.lib
	m.questions.setSize(m.w, m.bodyHeight(questionsScreen))
}

// showTermQuestions shows the questions of the articles of a tag's or
// category's list, over it.
func (m *Model) showTermQuestions() {
	title := "Questions"
	if t := m.narrowed.list.title; strings.HasPrefix(t, "Articles · ") {
		title += " · " + strings.TrimPrefix(t, "Articles · ")
	}
	m.termQuestions = newQuestions(m.nextList(), m.narrowed.arts, title, m.styles, m.keys.List)
	m.termQuestions.empty = "None of these articles has an FAQ."
	m.termQuestions.setSize(m.w, m.bodyHeight(termQuestionsScreen))
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

// The screen interface (screens.go).

func (m *questionsModel) Update(msg tea.Msg) tea.Cmd {
	return common.Step(m, msg, questionsModel.update)
}
func (m *questionsModel) View() string                      { return m.view() }
func (m *questionsModel) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *questionsModel) KeyMap(f common.Frame) help.KeyMap { return listScreenHelp(f, &m.list) }
func (m *questionsModel) List() *filterList                 { return &m.list }
