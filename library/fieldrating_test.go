package library

import (
	"strings"
	"testing"
)

func TestRatingField(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, fm, want, warning string
	}{
		{"as folio add writes it", "rating: 4.5/5\n", "4.5/5", ""},
		{"out of ten", "rating: 8.5/10\n", "8.5/10", ""},
		{"a number", "rating: 4.5\n", "4.5/5", ""},
		{"a whole number", "rating: 4\n", "4/5", ""},
		{"quoted with spaces", "rating: \" 4 / 5 \"\n", "4/5", ""},
		{"decimal comma", "rating: \"4,5/5\"\n", "4.5/5", ""},
		{"trailing zeros dropped", "rating: 4.50/5.0\n", "4.5/5", ""},
		{"zero", "rating: 0\n", "0/5", ""},
		{"none", "title: T\n", "", ""},
		{"empty", "rating:\n", "", ""},
		{"words", "rating: great\n", "", `rating: "great"`},
		{"over the scale", "rating: 6/5\n", "", "rating:"},
		{"negative", "rating: -1\n", "", "rating:"},
		{"zero scale", "rating: 0/0\n", "", "rating:"},
		{"scale over 100", "rating: 5/1000\n", "", "rating:"},
		{"rounded to two decimals", "rating: 4.333333/5\n", "4.33/5", ""},
		{"two slashes", "rating: 1/2/3\n", "", "rating:"},
		{"infinite", "rating: .inf\n", "", "rating:"},
		{"not a number", "rating: NaN/5\n", "", "rating:"},
		{"a list", "rating: [4, 5]\n", "", "rating: expected a number"},
		{"a map of a value", "rating: {value: 4}\n", "4/5", ""},
		{"a map of overall and parts", "rating: {overall: 4.7, suction: 5}\n", "4.7/5", ""},
		{"schema.org", "rating: {ratingValue: 8, bestRating: 10}\n", "8/10", ""},
		{"a bare number over five is out of ten", "rating: 8.7\n", "8.7/10", ""},
		{"a bare number over ten is out of a hundred", "rating: 87\n", "87/100", ""},
		{"a map of words", "rating: {text: great}\n", "", "rating: expected a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src := "---\ntitle: T\n" + strings.Replace(tt.fm, "title: T\n", "", 1) + "---\nBody.\n"
			a, warnings, err := Parse("review.md", []byte(src))
			if err != nil {
				t.Fatalf("%q: %v", src, err)
			}
			if a.Rating != tt.want {
				t.Errorf("%q: Rating %q, want %q", src, a.Rating, tt.want)
			}
			if tt.warning == "" {
				if len(warnings) != 0 {
					t.Errorf("%q: warnings %q, want none", src, warnings)
				}
				return
			}
			if len(warnings) != 1 || !strings.Contains(warnings[0], tt.warning) {
				t.Errorf("%q: warnings %q, want one containing %q", src, warnings, tt.warning)
			}
			if a.Title != "T" || !strings.Contains(a.Body, "Body.") {
				t.Errorf("%q: the article did not load whole: title %q body %q", src, a.Title, a.Body)
			}
		})
	}
}

func TestRatingWarningIsShort(t *testing.T) {
	t.Parallel()
	src := "---\nrating: " + strings.Repeat("x", 5000) + "\n---\nBody.\n"
	_, warnings, err := Parse("review.md", []byte(src))
	if err != nil || len(warnings) != 1 {
		t.Fatalf("err %v, warnings %d", err, len(warnings))
	}
	if len(warnings[0]) > 200 {
		t.Errorf("warning is %d bytes long", len(warnings[0]))
	}
}

func TestRatingLabel(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ in, want string }{
		{"", ""},
		{"4.5/5", "★ 4.5"},
		{"4/5", "★ 4"},
		{"8.5/10", "★ 8.5/10"},
		{"3/50", "★ 3/50"},
	} {
		if got := RatingLabel(tt.in); got != tt.want {
			t.Errorf("RatingLabel(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzParseRating(f *testing.F) {
	for _, s := range []string{"4.5/5", "8.5/10", "4", "4,5", "1/2/3", "", "NaN", "1e308/1e309"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		r, ok := parseRating(s)
		if !ok {
			if r != "" {
				t.Fatalf("parseRating(%q) = %q, false", s, r)
			}
			return
		}
		again, ok := parseRating(r)
		if !ok || again != r {
			t.Fatalf("parseRating(%q) = %q, which reads back as %q, %v", s, r, again, ok)
		}
	})
}
