package ui

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
)

// questionsLib is a library of long articles whose FAQs are written as
// lines, not headings: a jump must find the question's line.
func questionsLib(t *testing.T) *library.Library {
	t.Helper()
	var pad strings.Builder
	for i := range 30 {
		fmt.Fprintf(&pad, "Filler paragraph %d about skin care.\n\n", i)
	}
	files := map[string]string{
		"numbered.md": "---\ntitle: Numbered\ntags: [night]\n---\n\nIntro.\n\n" + pad.String() + "## FAQ\n\n1. How often should I apply it?\nEvery evening.\n\n" + pad.String() +
			"2. Can I use it under makeup?\n\nIt is heavy.\n\n" + pad.String(),
		"qa.md": "---\ntitle: Q and A\ntags: [day]\n---\n\n" + pad.String() + "## Q&A\n\nQ1: Is the toner vegan?\nA1: Yes.\n\n" + pad.String() +
			"**Q:** Does it sting?\n**A:** No.\n\n" + pad.String(),
		"none.md": "---\ntitle: No FAQ\ntags: [night]\n---\n\n## Is it good?\n\nYes.\n",
	}
	var arts []*library.Article
	for name, md := range files {
		a, _, err := library.Parse(name, []byte(md))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return library.New(arts)
}

func newQuestionsDriver(t *testing.T, w, h int) *driver {
	t.Helper()
	d := &driver{t: t, m: New(questionsLib(t), testOptions)}
	d.send(tea.WindowSizeMsg{Width: w, Height: h})
	return d
}

// questionOnTop checks that the reader's first line starts with the question.
func (d *driver) questionOnTop(question string) {
	d.t.Helper()
	if d.m.top() != readerScreen || !d.m.reader.Shown().Rendered {
		d.t.Fatalf("reader not open (top %v)", d.m.top())
	}
	first := questionText(plain(d.viewportLines()[0]))
	if !strings.HasPrefix(first, question) {
		d.t.Fatalf("first line %q, want the question %q", plain(d.viewportLines()[0]), question)
	}
}

// questionText drops the list number or Q prefix a line shows.
func questionText(s string) string {
	s = strings.TrimSpace(s)
	for _, p := range []string{"1. ", "2. ", "Q1: ", "Q: "} {
		s = strings.TrimPrefix(s, p)
	}
	return s
}

func TestQuestionsListOpensAtTheQuestion(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {80, 24}} {
		d := newQuestionsDriver(t, size[0], size[1])
		d.press(d.m.keys.Questions.Questions)
		if d.m.top() != questionsScreen {
			t.Fatalf("5: top %v", d.m.top())
		}
		s := d.screenText()
		for _, want := range []string{"5 Questions", "4 questions", "Numbered", "Can I use it under makeup? — It is heavy.", "Q and A", "Is the toner vegan?"} {
			if !strings.Contains(s, want) {
				t.Fatalf("%dx%d: %q not on the Questions screen:\n%s", size[0], size[1], want, s)
			}
		}
		if strings.Contains(s, "No FAQ") || strings.Contains(s, "Q1:") {
			t.Fatalf("an article without FAQ, or a Q1: prefix, listed:\n%s", s)
		}
		for _, q := range []string{"under makeup", "sting", "toner vegan", "often should"} {
			d.filter(q).press(d.m.keys.List.Open)
			want := map[string]string{"under makeup": "Can I use it under makeup?", "sting": "Does it sting?",
				"toner vegan": "Is the toner vegan?", "often should": "How often should I apply it?"}[q]
			d.questionOnTop(want)
			d.press(d.m.keys.Global.Back)
			if d.m.top() != questionsScreen {
				t.Fatalf("back from the reader: top %v", d.m.top())
			}
			d.press(d.m.keys.Global.Back) // clear the filter
		}
	}
}

// The filter reads answers too, and a question's article title leads
// its matches.
func TestQuestionsFilterAnswers(t *testing.T) {
	t.Parallel()
	d := newQuestionsDriver(t, 80, 24)
	d.press(d.m.keys.Questions.Questions).filter("heavy")
	it := d.m.questions.List().Selected()
	if it == nil || !strings.HasPrefix(it.FilterValue(), "Can I use it under makeup? · ") {
		t.Fatalf("filter on an answer's word selected %+v", d.m.questions.List().Selected())
	}
	if s := d.screenText(); !strings.Contains(s, "Numbered") {
		t.Fatalf("the article's title does not lead its match:\n%s", s)
	}
}

// On a tag's articles, f lists their questions only.
func TestQuestionsOfATag(t *testing.T) {
	t.Parallel()
	d := newQuestionsDriver(t, 80, 24)
	d.press(d.m.keys.Global.Tags).filter("night").press(d.m.keys.List.Open)
	if d.m.top() != narrowedScreen {
		t.Fatalf("top %v, want the tag's articles", d.m.top())
	}
	if s := d.screenText(); !strings.Contains(s, "f their questions") {
		t.Fatalf("f is not in the help of a tag's articles:\n%s", s)
	}
	d.press(d.m.keys.Questions.OfArticles)
	s := d.screenText()
	if d.m.top() != termQuestionsScreen || !strings.Contains(s, "Questions · tag: night · 2 questions") || strings.Contains(s, "toner") {
		t.Fatalf("f on the tag night:\n%s", s)
	}
	d.press(d.m.keys.List.Down, d.m.keys.List.Open)
	d.questionOnTop("Can I use it under makeup?")
}

// Tab cycles to the Questions list, and its key is in the help.
func TestQuestionsTabAndHelp(t *testing.T) {
	t.Parallel()
	d := newQuestionsDriver(t, 80, 24)
	d.press(d.m.keys.Marks.Bookmarks, d.m.keys.Global.NextTab)
	if d.m.top() != questionsScreen {
		t.Fatalf("tab after Bookmarks: top %v", d.m.top())
	}
	d.press(d.m.keys.Global.Help)
	if s := d.screenText(); !regexp.MustCompile(`\b5\s+questions`).MatchString(s) {
		t.Fatalf("help lacks the Questions key:\n%s", s)
	}
}

// A library without any FAQ says so rather than showing an empty list.
func TestQuestionsEmpty(t *testing.T) {
	t.Parallel()
	a, _, _ := library.Parse("a.md", []byte("# Plain\n\nNo questions here.\n"))
	d := &driver{t: t, m: New(library.New([]*library.Article{a}), testOptions)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	d.press(d.m.keys.Questions.Questions)
	if s := d.screenText(); !strings.Contains(s, "No FAQ questions") {
		t.Fatalf("empty Questions list:\n%s", s)
	}
	d.press(d.m.keys.List.Open) // nothing to open: no panic, no reader
	if d.m.top() != questionsScreen {
		t.Fatalf("enter on an empty list: top %v", d.m.top())
	}
}

// The Questions lists fit the window at the smallest, usual and largest sizes.
func TestQuestionsFit(t *testing.T) {
	t.Parallel()
	sizes := [][2]int{{20, 5}, {80, 24}, {300, 60}, {1, 1}, {10, 3}, {35, 9}}
	for name, setup := range map[string]func(d *driver){
		"questions":  func(d *driver) { d.press(d.m.keys.Questions.Questions) },
		"filtered":   func(d *driver) { d.press(d.m.keys.Questions.Questions).filter("vegan") },
		"of the tag": func(d *driver) { d.press(d.m.keys.Global.Tags, d.m.keys.List.Open, d.m.keys.Questions.OfArticles) },
	} {
		d := newQuestionsDriver(t, 80, 24)
		setup(d)
		for _, s := range sizes {
			d.send(windowSize(s))
			checkFits(t, fmt.Sprintf("%s at %dx%d", name, s[0], s[1]), d.m.View(), s[0], s[1])
		}
		for _, s := range sizes {
			d := newQuestionsDriver(t, s[0], s[1])
			setup(d)
			checkFits(t, fmt.Sprintf("%s built at %dx%d", name, s[0], s[1]), d.m.View(), s[0], s[1])
		}
	}
}
