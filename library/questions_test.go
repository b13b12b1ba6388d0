package library

import (
	"fmt"
	"path/filepath"
	"testing"
)

// questionLibraries are the same two articles loaded whole, as
// summaries read from their files, and as summaries from an index.
func questionLibraries(t *testing.T, files map[string]string) map[string]*Library {
	t.Helper()
	dir, cache := t.TempDir(), t.TempDir()
	for name, md := range files {
		writeOld(t, filepath.Join(dir, name), md)
	}
	src, err := DirSource(dir)
	if err != nil {
		t.Fatal(err)
	}
	Load(Options{CacheDir: cache}, src) // writes the index
	return map[string]*Library{
		"whole":               Load(Options{}, src),
		"summaries, no index": Load(Options{Summaries: true}, src),
		"summaries, indexed":  Load(Options{Summaries: true, CacheDir: cache}, src),
	}
}

func TestQuestionsRanking(t *testing.T) {
	t.Parallel()
	libs := questionLibraries(t, map[string]string{
		"a.md": "# A\n\n## FAQ\n\n### Does it sting?\n\nOnly retinol stings. It passes.\n\n### Is retinol safe?\n\nMostly.\n",
		"b.md": "# B\n\n## FAQ\n\n**Can I use retinol daily?**\n\nBuild up slowly.\n",
	})
	for name, lib := range libs {
		t.Run(name, func(t *testing.T) {
			questions := func(q string) []QuestionHit {
				t.Helper()
				hits, err := lib.Questions(q)
				if err != nil {
					t.Fatal(err)
				}
				return hits
			}
			all := questions("")
			if len(all) != 3 {
				t.Fatalf("no query: %d questions, want 3", len(all))
			}
			if h := all[0]; h.FAQ().Question != "Does it sting?" || h.FirstSentence(0) != "Only retinol stings." || h.FirstSentence(10) != "Only reti…" {
				t.Errorf("first question %q, its answer's first sentence %q", h.FAQ().Question, h.FirstSentence(0))
			}
			if all, err := WithAnswers(all); err != nil || all[0].FAQ().Answer != "Only retinol stings. It passes." {
				t.Errorf("with answers: %q (%v)", all[0].FAQ().Answer, err)
			}
			hits := questions("retinol")
			if len(hits) != 3 {
				t.Fatalf("retinol: %d hits, want 3", len(hits))
			}
			if q := hits[2].FAQ(); q.Question != "Does it sting?" || q.Answer != "Only retinol stings. It passes." {
				t.Fatalf("an answer's word ranked above a question's: last is %+v", q)
			}
			if q := questions("retinol safe")[0].FAQ().Question; q != "Is retinol safe?" {
				t.Fatalf("retinol safe: first %q", q)
			}
			if hits := questions("zebra"); hits == nil || len(hits) != 0 {
				t.Fatalf("zebra: %v, want an empty list", hits)
			}
			if h := questions("daily")[0]; h.SectionTitle() != "FAQ" || h.Article.Title != "B" {
				t.Fatalf("daily: %+v", h)
			}
		})
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

// EachQuestion hands out, one at a time, what QuestionsOf lists without
// a query, and stops when told to.
func TestEachQuestionHandsOutTheQuestionsInTurn(t *testing.T) {
	t.Parallel()
	libs := questionLibraries(t, map[string]string{
		"a.md": "# A\n\n## FAQ\n\n### Does it sting?\n\nOnly retinol stings. It passes.\n\n### Is retinol safe?\n\nMostly.\n",
		"b.md": "# B\n\nNo questions here.\n",
		"c.md": "# C\n\n## FAQ\n\n**Can I use retinol daily?**\n\nBuild up slowly.\n",
	})
	for name, lib := range libs {
		want, err := QuestionsOf(lib.Articles, "")
		if err != nil || len(want) != 3 {
			t.Fatalf("%s: QuestionsOf: %d hits, %v", name, len(want), err)
		}
		var got []QuestionHit
		if err := EachQuestion(lib.Articles, func(h QuestionHit) bool { got = append(got, h); return true }); err != nil {
			t.Fatal(err)
		}
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: EachQuestion handed out\n%v\nwant\n%v", name, got, want)
		}
		calls := 0
		EachQuestion(lib.Articles, func(QuestionHit) bool { calls++; return calls < 2 })
		if calls != 2 {
			t.Errorf("%s: yield called %d times after asking to stop at 2", name, calls)
		}
	}
}
