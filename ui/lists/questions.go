package lists

import (
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/bubbles/list"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
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
func (i questionItem) Row() Row {
	if i.question < 0 {
		return Row{Text: i.text, Header: true}
	}
	r := Row{Prefix: "  ", Text: i.text}
	if i.answer != "" {
		r.Suffix = " — " + i.answer
	}
	return r
}

// Questions lists FAQ questions grouped by article.
type Questions struct {
	list  FilterList
	count int
	empty string // what the list says when there is no question
	note  lipgloss.Style
	w, h  int
}

// NewQuestions lists the questions of hits (library.QuestionsOf, with
// their answers: library.WithAnswers), grouped by article in their
// order; empty is what the list says when there are none ("": the
// Questions tab's note).
func NewQuestions(id ID, hits []library.QuestionHit, title, empty string, st *common.Styles, keys keymap.ListKeys) Questions {
	var items []list.Item
	var groupOf, titleRow []int
	count := 0
	var last *library.Article
	for _, h := range hits {
		a := h.Article
		if a != last {
			last = a
			titleRow = append(titleRow, len(items))
			items = append(items, questionItem{slug: a.Slug, section: -1, question: -1, text: a.Title, filter: a.Title})
			groupOf = append(groupOf, len(titleRow)-1)
		}
		fq := h.FAQ()
		items = append(items, questionItem{slug: a.Slug, section: h.Section, question: h.Question, text: fq.Question,
			answer: h.FirstSentence(200), filter: fq.Question + " · " + plainAnswer(fq.Answer)})
		groupOf = append(groupOf, len(titleRow)-1)
		count++
	}
	d := RowDelegate{Styles: &st.Row, Lines: 1}
	l := NewFilterList(id, items, d, st, keys, title, "entry", "entries")
	l.SetCompact(fmt.Sprintf("%d %s", count, common.Plural(count, "question", "questions")))
	l.SetFilter(GroupedFilter(groupOf, titleRow, wordsFirstFilter))
	if empty == "" {
		empty = "No FAQ questions: articles with an FAQ section list theirs here."
	}
	m := Questions{list: l, count: count, note: st.Reader.Notice, empty: empty}
	if len(items) > 1 {
		m.list.list.Select(1) // the first question, not its article's title
	}
	return m
}

// SkipGroupTitle moves off a group's title row (a Row with Header) that
// a filter shows only to group its matches (GroupedFilter), so enter
// opens the best match under it rather than the title.
func (f *FilterList) SkipGroupTitle() {
	l := &f.list
	if it, ok := l.SelectedItem().(RowItem); ok && it.Row().Header && len(l.MatchesForItem(l.Index())) == 0 {
		l.CursorDown()
	}
}

// GroupedFilter keeps each match's group in view: the group's title
// row leads its matches (added, unmatched, when only its other rows
// match), and groups come in the order of their best match. An article
// in the Questions list is a group; so is a section in the reader's FAQ.
func GroupedFilter(groupOf, titleRow []int, rank list.FilterFunc) list.FilterFunc {
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
	return FuzzyFilter(term, targets)
}

// plainAnswer is an answer as one line of text for the filter.
func plainAnswer(a string) string {
	return strings.Join(strings.Fields(a), " ")
}

func (m Questions) update(msg tea.Msg) (Questions, tea.Cmd) {
	typing := m.list.Filtering()
	l, cmd, open := m.list.Update(msg)
	m.list = l
	if typing && m.list.Filtered() {
		m.list.SkipGroupTitle()
	}
	if it, ok := m.list.Chosen(open).(questionItem); ok {
		o := common.OpenQuestionMsg{Slug: it.slug, Section: it.section, Question: it.question}
		return m, tea.Batch(cmd, func() tea.Msg { return o })
	}
	return m, cmd
}

func (m *Questions) setSize(w, h int) {
	m.w, m.h = w, h
	m.list.SetSize(w, h)
}

func (m Questions) view() string {
	if m.count == 0 {
		ls := m.list.list.Styles
		return ls.TitleBar.Render(ls.Title.Render(m.list.title)) + "\n" +
			m.note.PaddingLeft(2).Render(ansi.Truncate(m.empty, max(m.w-2, 1), "…"))
	}
	return m.list.list.View()
}

// The screen interface (ui/common/screen.go).

func (m *Questions) Update(msg tea.Msg) tea.Cmd {
	return common.Step(m, msg, Questions.update)
}
func (m *Questions) View() string                      { return m.view() }
func (m *Questions) SetSize(w, h int) tea.Cmd          { m.setSize(w, h); return nil }
func (m *Questions) KeyMap(f common.Frame) help.KeyMap { return ScreenHelp(f, &m.list) }
func (m *Questions) List() *FilterList                 { return &m.list }
