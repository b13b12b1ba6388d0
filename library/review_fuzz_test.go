package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzReviewBody reads the review of any body: it never panics, a rating
// is "value/scale" within its scale, every item is text, the verdict's
// heading is one of the article's, and the review is the same read twice.
func FuzzReviewBody(f *testing.F) {
	for _, name := range []string{"aero-v9-second-opinion.md", "breeze-s5-review.md", "kettle-stars.md", "not-a-review.md"} {
		if b, err := os.ReadFile(filepath.Join("..", "..", "shared", "acceptance", "fixtures", "reviews", name)); err == nil {
			f.Add(string(b))
		}
	}
	f.Add("Rating: 4.5/5\n\n## Pros\n\n- a\n\n## Cons\n\n- b\n\n## Verdict\n\nBuy.\n")
	f.Add("## Verdict\n\n| | Score |\n|---|---|\n| Build | 9/10 |\n| **Overall** | **8.5/10** |\n\n✅ **Buy if:**\n- x\n\n**Where to buy**\n")
	f.Add("### 1. A - Best Overall\n\n**Rating: 9/10**\n\n**Pros:**\n- x\n\n### 2. B\n\nScore: 4 out of 5\n\n| Pros | Cons |\n|---|---|\n| y | z |\n")
	f.Add("★★★★½\n\n## Compared to\n\n### vs. X ($20)\n\n- **Y** ($3): z\n\n評価：4/5\n## メリット\n- 静か\n")
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		a, _, err := Parse("r.md", []byte("---\ntitle: X Review\n---\n"+body))
		if err != nil {
			return
		}
		if a.Rating != "" {
			if v, s, ok := splitRating(a.Rating); !ok || v > s {
				t.Fatalf("rating %q is no value/scale", a.Rating)
			}
		}
		r := ReviewOf(a)
		if r == nil {
			return
		}
		if r.Verdicts < -1 || r.Verdicts >= len(a.Headings) {
			t.Fatalf("verdict heading %d of %d", r.Verdicts, len(a.Headings))
		}
		for _, it := range append(append([]string{}, r.Pros...), r.Cons...) {
			if strings.TrimSpace(it) == "" || strings.Contains(it, "\n") {
				t.Fatalf("item %q", it)
			}
		}
		if r.Rating != nil && (r.Rating.Scale < 0 || r.Rating.Value > r.Rating.Scale) {
			t.Fatalf("rating %+v", r.Rating)
		}
		again := ReviewOf(a)
		if again.Verdict != r.Verdict || len(again.Pros) != len(r.Pros) || len(again.Alternatives) != len(r.Alternatives) {
			t.Fatal("read twice, two reviews")
		}
	})
}

// FuzzMayLabel checks mayLabel's quick scan against what it stands for:
// true when the text is not ASCII or one of its words (runs of ASCII
// letters and digits, lower-cased) is one of labelWords.
func FuzzMayLabel(f *testing.F) {
	for _, s := range []string{"Pros and cons", "Our VERDICT:", "Section 3: the quick brown fox", "x", "", "Fazit", "メリット", "pros/cons", "Alternatives2", "a-b_c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		want := !isASCII(s)
		for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
			return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		}) {
			want = want || labelWords[w]
		}
		if got := mayLabel(s); got != want {
			t.Fatalf("mayLabel(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzLabelLine checks that the first look labelGroup takes at a line
// passes every line it would read as a pros or cons label: a line with
// an entity or an escape aside (cleaning decodes them into words).
func FuzzLabelLine(f *testing.F) {
	for _, s := range []string{"**Pros:**", "Weakness: the price.", "Pro**s**:", "✅ What we liked:", "- Cons:", "+: light", "Nachteile:", "<b>Pros</b>", "[Cons](#cons):"} {
		f.Add(s)
	}
	for p := range prosLabels {
		f.Add("**" + p + ":**")
	}
	f.Fuzz(func(t *testing.T, s string) {
		if strings.ContainsAny(s, "&\\\\") || !utf8.ValidString(s) {
			return
		}
		plain := inlineText(s)
		head, _, colon := cutLabel(plain)
		if !colon {
			head = plain
		}
		if _, ok := prosOrCons(labelKey(head), colon); ok && !mayLabelLine(s) {
			t.Fatalf("%q reads as a label, and its first look says no", s)
		}
	})
}
