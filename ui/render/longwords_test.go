package render

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
)

// Ordinary articles reach glamour exactly as they are.
func TestTameLongWordsLeavesArticlesAlone(t *testing.T) {
	t.Parallel()
	lib := library.Load(library.Options{}, library.Source{Name: "bundled", FS: articles.FS})
	for _, a := range lib.Articles {
		if got := tameLongWords(a.Body); got != a.Body {
			t.Errorf("%s changed", a.Slug)
		}
	}
}

func TestTameLongWords(t *testing.T) {
	t.Parallel()
	picture := base64.StdEncoding.EncodeToString([]byte(strings.Repeat("\x89PNG picture bytes ", 300)))
	word := strings.Repeat("abcdefghij", 200) + "é" + strings.Repeat("x", 700)
	code := "```\n" + word + "\n```"
	md := "Before ![a chart](data:image/png;base64," + picture + ") after.\n\n" + word + "\n\n" + code + "\n"
	got := tameLongWords(md)
	if strings.Contains(got, picture[:100]) {
		t.Errorf("the picture's bytes are still there")
	}
	if !strings.Contains(got, "![a chart](data:image/png;base64,…) after.") {
		t.Errorf("the data address is not shortened to its type:\n%.300s", got)
	}
	if !strings.HasSuffix(got, code+"\n") {
		t.Errorf("the code block changed")
	}
	text := strings.Split(got, "\n\n")[1]
	for _, w := range strings.Fields(text) {
		if len(w) > maxWord {
			t.Errorf("a word of %d bytes is left", len(w))
		}
	}
	if strings.ReplaceAll(text, " ", "") != word {
		t.Errorf("breaking the word lost or changed bytes")
	}
}

// BenchmarkRenderLongWords renders an article holding an 80 KB base64
// picture and an 80 KB word: 17 and 19 s with `folio show` before they
// were tamed (glamour's word wrapping is quadratic in a word's length).
func BenchmarkRenderLongWords(b *testing.B) {
	picture := base64.StdEncoding.EncodeToString(make([]byte, 60000))
	body := "# Pictures\n\n![a chart](data:image/png;base64," + picture + ")\n\n## Words\n\n" + strings.Repeat("a", 80000) + "\n"
	a, _, err := library.Parse("long.md", []byte(body))
	if err != nil {
		b.Fatal(err)
	}
	r, err := New(Options{Width: 80, Style: "dark"})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := r.Render(a); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzTameLongWords: outside code no word is left over the size its
// budget allows (maxWord, or shortWord past the budget); with no data:
// address, only spaces are added; text with no word to break is
// returned as it is.
func FuzzTameLongWords(f *testing.F) {
	f.Add("# Title\n\nshort words\n")
	f.Add("![p](data:image/png;base64," + strings.Repeat("QUJD", 200) + ")\n" + strings.Repeat("é", 400))
	f.Add("```\n" + strings.Repeat("x", 600) + "\n```\n" + strings.Repeat("y", 600))
	f.Add(strings.Repeat(strings.Repeat("w", 100)+" ", 50))
	f.Fuzz(func(t *testing.T, md string) {
		got := tameLongWords(md)
		lines, code := strings.Split(md, "\n"), library.CodeLines(md)
		lim := wordSize(lines, code)
		if lim.none() {
			if got != md {
				t.Fatalf("changed text with no word to break: %q", md)
			}
			return
		}
		if !strings.Contains(md, "data:") && !strings.Contains(md, "](") && strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(md, " ", "") {
			t.Fatalf("more than spaces changed in %q", md)
		}
		lines, code = strings.Split(got, "\n"), library.CodeLines(got)
		for i, l := range lines {
			if !(i < len(code) && code[i]) && !isDelimiterRow(l) && runOverLimit(l, lim) {
				t.Fatalf("a word over its limit %+v is left outside code: %q", lim, l)
			}
		}
	})
}

// runOverLimit reports a run of l longer than lim allows its kind.
func runOverLimit(l string, lim wordLimits) bool {
	for _, run := range strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' || r == '\r' }) {
		wide := false
		for i := 0; i < len(run); i++ {
			wide = wide || run[i] >= 0xE0
		}
		allowed := lim.limit(wide)
		if lim.wide != 0 { // a piece of letters may be the end of a wide run
			allowed = max(allowed, lim.wide)
		}
		if len(run) > allowed {
			return true
		}
	}
	return false
}

// Words up to maxWord are left as they are, whatever their number:
// their cost is counted in the render budget (TestLongWordsCost).
func TestLongWordBudget(t *testing.T) {
	t.Parallel()
	many := strings.Repeat(strings.Repeat("w", 500)+" ", 100)
	if got := tameLongWords(many); got != many {
		t.Error("words under maxWord were broken")
	}
	longer := strings.Repeat(strings.Repeat("w", 600)+" ", 100)
	got := tameLongWords(longer)
	for _, w := range strings.Fields(got) {
		if len(w) > maxWord {
			t.Fatalf("a word of %d bytes is left, over %d", len(w), maxWord)
		}
	}
	if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(longer, " ", "") {
		t.Error("breaking lost or changed bytes")
	}
}

// A paragraph of Japanese is one run to the wrapper, and a break put in
// it would show as a space: it is left whole, even beside long words
// that are broken, and broken only past wideWord.
func TestUnspacedRunsAreKept(t *testing.T) {
	t.Parallel()
	ja := strings.Repeat("日本語のテキスト、これは長い文章です。", 16) // 912 bytes
	long := strings.Repeat(strings.Repeat("w", 600)+" ", 400)
	md := ja + "\n\n" + long + "\n\n" + ja + "\n"
	got := tameLongWords(md)
	if strings.Count(got, ja) != 2 {
		t.Errorf("a Japanese paragraph was broken beside long words")
	}
	if got == md {
		t.Errorf("the long words were not broken")
	}
	huge := strings.Repeat("漢", 3000) // 9,000 bytes
	for _, piece := range strings.Fields(tameLongWords(huge)) {
		if len(piece) > wideWord {
			t.Fatalf("a run of %d bytes is left, over %d", len(piece), wideWord)
		}
	}
}
