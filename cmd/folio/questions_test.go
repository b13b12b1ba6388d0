package main

import (
	"strings"
	"testing"
)

func questionsFixture(t *testing.T) string {
	return fixtureDir(t, map[string]string{
		"balm.md": "---\ntitle: Balm review\ntags: [lips]\ncategories: [Reviews]\nfaq:\n  - question: Does it melt in the heat?\n    answer: Above 35 degrees it softens. Keep it cool.\n---\n\nA balm.\n",
		"toner.md": "---\ntitle: Toner review\ntags: [face]\n---\n\n## Q&A\n\nQ1: Is the toner vegan?\nA1: Yes, every ingredient is plant-based.\n\n" +
			"**Q:** Does it help with heat rash?\n**A:** Not much.\n",
		"plain.md": "---\ntitle: No FAQ\n---\n\n## Is it worth it?\n\nYes.\n",
	})
}

func TestQuestionsJSON(t *testing.T) {
	dir := questionsFixture(t)
	var got jsonQuestions
	mustJSON(t, &got, "questions", "--no-bundled", "--dir", dir, "--json")
	if len(got.Questions) != 3 || got.Problems == nil {
		t.Fatalf("questions: %+v, problems %v", got.Questions, got.Problems)
	}
	mustJSON(t, &got, "questions", "--no-bundled", "--dir", dir, "heat", "--json")
	if len(got.Questions) != 2 {
		t.Fatalf("heat: %+v", got.Questions)
	}
	want := jsonQuestionHit{Slug: "balm", Title: "Balm review", Section: "FAQ", Question: "Does it melt in the heat?", Answer: "Above 35 degrees it softens."}
	if got.Questions[0] != want {
		t.Fatalf("heat, best hit %+v, want %+v", got.Questions[0], want)
	}
	mustJSON(t, &got, "questions", "--no-bundled", "--dir", dir, "vegan", "--json")
	if len(got.Questions) != 1 || got.Questions[0].Question != "Is the toner vegan?" || got.Questions[0].Section != "Q&A" {
		t.Fatalf("vegan: %+v", got.Questions)
	}
	mustJSON(t, &got, "questions", "--no-bundled", "--dir", dir, "--tag", "face", "--json")
	if len(got.Questions) != 2 || got.Questions[0].Slug != "toner" {
		t.Fatalf("--tag face: %+v", got.Questions)
	}
	mustJSON(t, &got, "questions", "--no-bundled", "--dir", dir, "--category", "reviews", "nothing-matches", "--json")
	if got.Questions == nil || len(got.Questions) != 0 {
		t.Fatalf("no match: %#v, want an empty list", got.Questions)
	}
}

func TestQuestionsText(t *testing.T) {
	dir := questionsFixture(t)
	out, _, code := folio(t, "questions", "--no-bundled", "--dir", dir, "heat")
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 2 {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if lines[0] != "balm   Does it melt in the heat? — Above 35 degrees it softens." {
		t.Fatalf("first line %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "toner  Does it help with heat rash? — Not much.") {
		t.Fatalf("second line %q", lines[1])
	}
	_, errs, code := folio(t, "questions", "--no-bundled", "--dir", dir, "zebra")
	if code != exitOK || !strings.Contains(errs, `no FAQ question matches "zebra"`) {
		t.Fatalf("no match: exit %d, stderr %q", code, errs)
	}
	_, errs, code = folio(t, "questions", "--no-bundled", "--dir", dir, "--tag", "nope")
	if code == exitOK || !strings.Contains(errs, "nope") {
		t.Fatalf("unknown tag: exit %d, stderr %q", code, errs)
	}
	out, _, _ = folio(t, "help", "questions")
	if !strings.Contains(out, "usage: folio questions [QUERY...]") || !strings.Contains(out, "--category C") {
		t.Fatalf("help:\n%s", out)
	}
}
