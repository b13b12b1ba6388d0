package library

import "testing"

func TestQuestionsRanking(t *testing.T) {
	t.Parallel()
	a := parseFixture(t, "a.md", "## FAQ\n\n### Does it sting?\n\nOnly retinol stings.\n\n### Is retinol safe?\n\nMostly.\n")
	b := parseFixture(t, "b.md", "## FAQ\n\n**Can I use retinol daily?**\n\nBuild up slowly.\n")
	lib := New([]*Article{a, b})
	if got := len(lib.Questions("")); got != 3 {
		t.Fatalf("no query: %d questions, want 3", got)
	}
	hits := lib.Questions("retinol")
	if len(hits) != 3 {
		t.Fatalf("retinol: %d hits, want 3", len(hits))
	}
	if q := hits[2].FAQ().Question; q != "Does it sting?" {
		t.Fatalf("an answer's word ranked above a question's: last is %q", q)
	}
	if q := lib.Questions("retinol safe")[0].FAQ().Question; q != "Is retinol safe?" {
		t.Fatalf("retinol safe: first %q", q)
	}
	if hits := lib.Questions("zebra"); hits == nil || len(hits) != 0 {
		t.Fatalf("zebra: %v, want an empty list", hits)
	}
	if h := lib.Questions("daily")[0]; h.SectionTitle() != "FAQ" || h.Article != b {
		t.Fatalf("daily: %+v", h)
	}
}

func TestFirstSentence(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct{ in, want string }{
		{"Yes. It is.", "Yes."},
		{"Use **twice** a week, e.g. Monday. Not more.", "Use twice a week, e.g. Monday."},
		{"<p>Yes, about 5.5.</p>", "Yes, about 5.5."},
		{"```\ncode\n```\n\n- First point. Second.", "First point."},
		{"", ""},
	} {
		if got := FirstSentence(tc.in, 0); got != tc.want {
			t.Errorf("FirstSentence(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	if got := FirstSentence("A long sentence that goes on", 10); got != "A long se…" {
		t.Errorf("cut: %q", got)
	}
}

func parseFixture(t *testing.T, name, md string) *Article {
	t.Helper()
	a, _, err := Parse(name, []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return a
}
