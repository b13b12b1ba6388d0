package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
)

func bundled(t testing.TB, slug string) *library.Article {
	t.Helper()
	l := library.Load(library.Options{}, library.Source{FS: articles.FS})
	a, ok := l.Article(slug)
	if !ok {
		t.Fatalf("no bundled article %q", slug)
	}
	return a
}

func renderAt(t testing.TB, a *library.Article, o Options) *Document {
	t.Helper()
	r, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	d, err := r.Render(a)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// plain is a rendered line as a person reads it: no codes, no heading
// marks, spaces folded.
func plain(l string) string {
	s := strings.Join(strings.Fields(ansi.Strip(l)), " ")
	return strings.TrimSpace(strings.TrimLeft(s, "#"))
}

func TestEveryHeadingLandsOnItsLine(t *testing.T) {
	t.Parallel()
	a := bundled(t, "exosomes-vs-prp")
	if len(a.Headings) != 47 {
		t.Fatalf("seed has %d headings, want 47", len(a.Headings))
	}
	for _, width := range []int{60, 80, 120} {
		for _, color := range []bool{false, true} {
			t.Run(fmt.Sprintf("w%d-color%v", width, color), func(t *testing.T) {
				d := renderAt(t, a, Options{Width: width, Style: "dark", Color: color})
				prev := -1
				for i, h := range a.Headings {
					ln := d.Headings[i]
					if ln <= prev {
						t.Fatalf("heading %d %q at line %d, not after the previous one (%d)", i, h.Text, ln, prev)
					}
					prev = ln
					got := plain(d.Lines[ln])
					if got == "" || !strings.HasPrefix(h.Text, got) {
						t.Errorf("heading %d %q: line %d reads %q", i, h.Text, ln, got)
					}
				}
			})
		}
	}
}

func TestFAQQuestionsLandOnTheirLines(t *testing.T) {
	t.Parallel()
	a := bundled(t, "exosomes-vs-prp")
	d := renderAt(t, a, Options{Width: 80, Style: "dark"})
	n := 0
	for s, sec := range a.FAQs {
		for q, fq := range sec.Questions {
			n++
			if got := plain(d.Lines[d.FAQs[s][q]]); !strings.HasPrefix(fq.Question, got) || got == "" {
				t.Errorf("question %q: line reads %q", fq.Question, got)
			}
		}
	}
	if n != 18 {
		t.Errorf("%d FAQ questions placed, want 18", n)
	}
}

func TestLinesFitTheWidth(t *testing.T) {
	t.Parallel()
	for _, slug := range []string{"exosomes-vs-prp", "do-exosomes-work-medicube-review"} {
		a := bundled(t, slug)
		for _, width := range []int{1, 5, 20, 40, 80, 300} {
			for _, color := range []bool{false, true} {
				d := renderAt(t, a, Options{Width: width, Style: "dark", Color: color})
				for i, l := range d.Lines {
					if w := ansi.StringWidth(l); w > width {
						t.Fatalf("%s at %d: line %d is %d wide: %q", slug, width, i, w, l)
					}
				}
			}
		}
	}
}

func TestPlainOutputHasNoCodesAndNoRawLead(t *testing.T) {
	t.Parallel()
	a := bundled(t, "exosomes-vs-prp")
	for _, style := range []string{"dark", "light", "notty"} {
		out := renderAt(t, a, Options{Width: 80, Style: style}).String()
		if strings.Contains(out, "\x1b[") {
			t.Errorf("%s: escape codes in plain output", style)
		}
		if strings.Contains(out, "[LEAD|") {
			t.Errorf("%s: raw [LEAD|…] block in output", style)
		}
		if !strings.Contains(out, "Download the Exosomes vs PRP Treatment Decision") {
			t.Errorf("%s: lead call-out label missing", style)
		}
	}
	colored := renderAt(t, a, Options{Width: 80, Style: "dark", Color: true}).String()
	if !strings.Contains(colored, "\x1b[") {
		t.Error("colour requested but no escape codes emitted")
	}
}

func TestSectionStopsAtTheNextSibling(t *testing.T) {
	t.Parallel()
	a := bundled(t, "exosomes-vs-prp")
	d := renderAt(t, a, Options{Width: 80, Style: "dark"})
	h := -1
	for i, hd := range a.Headings {
		if hd.Text == "What PRP and exosomes are" {
			h = i
		}
	}
	sec := strings.Join(d.Section(a, h), "\n")
	for _, want := range []string{"What PRP and exosomes are", "PRP treatment", "Exosome treatment", "advanced structural ageing"} {
		if !strings.Contains(sec, want) {
			t.Errorf("section lacks %q", want)
		}
	}
	if strings.Contains(sec, "Core differences") {
		t.Error("section runs into the next one")
	}
}

func TestUnknownStyleIsAnError(t *testing.T) {
	t.Parallel()
	if _, err := New(Options{Width: 80, Style: "neon"}); err == nil {
		t.Fatal("no error for an unknown style")
	}
}

func BenchmarkRender(b *testing.B) {
	a := bundled(b, "exosomes-vs-prp")
	r, err := New(Options{Width: 80, Style: "dark", Color: true})
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := r.Render(a); err != nil {
			b.Fatal(err)
		}
	}
}
