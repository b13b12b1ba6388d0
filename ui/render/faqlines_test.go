package render

import (
	"strings"
	"testing"

	"github.com/folio-reader/folio/library"
)

func TestQuestionText(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"  2. **Can I use it daily?** Yes.", "Can I use it daily? Yes."},
		{"• Do I need sunscreen indoors? Only near windows.", "Do I need sunscreen indoors? Only near windows."},
		{"Q1: Is it vegan? A1: Yes.", "Is it vegan? A1: Yes."},
		{"│ Question 3: Is it vegan?", "Is it vegan?"},
		{":::note[FAQ] Is the patch waterproof?", "Is the patch waterproof?"},
		{"3.5 mm is the size", "3.5 mm is the size"},
		{"Quick answers", "Quick answers"},
	} {
		if got := questionText(tc.in); got != tc.want {
			t.Errorf("questionText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// Each question written on a line lands on the line that shows it.
func TestFAQLinesOfLineQuestions(t *testing.T) {
	t.Parallel()
	md := "# T\n\n## FAQ\n\n1. **How often should I apply it?**\nEvery evening.\n\n" +
		"- **Do I need it indoors?** Only near windows.\n\nQ1: Is it vegan?\nA1: Yes.\n\n" +
		"<details>\n<summary>Is the **battery** replaceable?</summary>\n\nOnly by the maker.\n\n</details>\n"
	a, _, err := library.Parse("t.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{Width: 60, Style: "notty"})
	if err != nil {
		t.Fatal(err)
	}
	d, err := r.Render(a)
	if err != nil {
		t.Fatal(err)
	}
	qs := a.FAQs[0].Questions
	if len(qs) != 4 {
		t.Fatalf("%d questions", len(qs))
	}
	for i, q := range qs {
		line := d.Lines[d.FAQs[0][i]]
		words := strings.Fields(q.Question)
		if !strings.Contains(strings.ReplaceAll(line, "*", ""), words[len(words)-1]) {
			t.Errorf("question %q placed on line %d: %q", q.Question, d.FAQs[0][i], line)
		}
	}
}
