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
		size := wordSize(lines, code, len(md))
		if size == 0 {
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
			if !(i < len(code) && code[i]) && !isDelimiterRow(l) && hasWordOver(l, size) {
				t.Fatalf("a word over %d bytes is left outside code: %q", size, l)
			}
		}
	})
}

// Many long words are broken short once past their budget, and a few
// are left as they are: a megabyte of 500-byte words renders in time
// linear in its length.
func TestLongWordBudget(t *testing.T) {
	t.Parallel()
	address := "https://example.com/" + strings.Repeat("path/", 30) // 170 bytes
	prose := strings.Repeat("Words of an ordinary paragraph go on and on. ", 18)
	few := strings.Repeat(prose+"A long address "+address+" in it.\n\n", 20)
	if got := tameLongWords(few); got != few {
		t.Errorf("a few long addresses were broken")
	}
	many := strings.Repeat(strings.Repeat("w", 500)+" ", 100)
	got := tameLongWords(many)
	for _, w := range strings.Fields(got) {
		if len(w) > shortWord {
			t.Fatalf("a word of %d bytes is left past the budget", len(w))
		}
	}
	if strings.ReplaceAll(got, " ", "") != strings.ReplaceAll(many, " ", "") {
		t.Error("breaking lost or changed bytes")
	}
}
