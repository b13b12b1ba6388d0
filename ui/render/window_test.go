package render

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
	"github.com/folio-reader/folio/library"
)

func synthetic(t testing.TB, size int) *library.Article {
	t.Helper()
	a, _, err := library.Parse("big.md", []byte(synth.Article(7, size)))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// RenderParallel gives Render's document, line for line.
func TestRenderParallelIsRender(t *testing.T) {
	t.Parallel()
	arts := []*library.Article{bundled(t, "exosomes-vs-prp"), bundled(t, "do-exosomes-work-medicube-review"), synthetic(t, 40<<10), longChunk(t)}
	for _, a := range arts {
		for _, o := range []Options{{Width: 60, Style: "dark"}, {Width: 80, Style: "dark", Color: true}, {Width: 120, Style: "light", Color: true}} {
			t.Run(fmt.Sprintf("%s-w%d-%v", a.Slug, o.Width, o.Color), func(t *testing.T) {
				want := renderAt(t, a, o)
				for _, n := range []int{2, 3, 8} {
					got, err := RenderParallel(o, a, n)
					if err != nil {
						t.Fatal(err)
					}
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%d goroutines: the document differs from Render's", n)
					}
				}
			})
		}
	}
}

// A window from any chunk holds exactly the document's lines for its
// chunks, with each heading at its document line less the window's
// start.
func TestWindowIsPartOfDocument(t *testing.T) {
	t.Parallel()
	for _, a := range []*library.Article{bundled(t, "exosomes-vs-prp"), synthetic(t, 30<<10)} {
		for _, width := range []int{60, 80, 120} {
			o := Options{Width: width, Style: "dark", Color: true}
			d := renderAt(t, a, o)
			r, err := New(o)
			if err != nil {
				t.Fatal(err)
			}
			for first := range len(a.Headings) + 1 {
				w, err := r.Window(a, first, 30, 1<<20)
				if err != nil {
					t.Fatal(err)
				}
				if w.Cut || w.First != first || w.End <= first {
					t.Fatalf("w%d chunk %d: window [%d, %d) cut %v", width, first, w.First, w.End, w.Cut)
				}
				start := 0
				if first > 0 {
					start = d.Headings[first-1]
				}
				end := len(d.Lines)
				if w.End <= len(a.Headings) {
					end = d.Headings[w.End-1]
				}
				if !reflect.DeepEqual(w.Lines, d.Lines[start:end]) {
					t.Fatalf("w%d chunk %d: window lines differ from document lines %d–%d", width, first, start, end)
				}
				if len(w.Lines) < 30 && w.End <= len(a.Headings) {
					t.Errorf("w%d chunk %d: %d lines, want at least 30", width, first, len(w.Lines))
				}
				for h, l := range w.Headings {
					in := h+1 >= w.First && h+1 < w.End
					if in && l != d.Headings[h]-start || !in && l != -1 {
						t.Fatalf("w%d chunk %d: heading %d at %d, document %d (start %d)", width, first, h, l, d.Headings[h], start)
					}
				}
			}
		}
	}
}

// A chunk longer than the budget is cut at a paragraph break: the
// window is short, marked cut, and begins as the document does.
func TestWindowCutsLongChunk(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, "Paragraph %d has some words in it to wrap across the width of the screen.\n\n", i)
	}
	a, _, err := library.Parse("long.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	o := Options{Width: 80, Style: "dark"}
	d := renderAt(t, a, o)
	r, _ := New(o)
	w, err := r.Window(a, 0, 20, 4<<10)
	if err != nil {
		t.Fatal(err)
	}
	if !w.Cut || len(w.Lines) < 20 || len(w.Lines) > len(d.Lines)/2 {
		t.Fatalf("cut %v, %d lines of %d", w.Cut, len(w.Lines), len(d.Lines))
	}
	if !reflect.DeepEqual(w.Lines, d.Lines[:len(w.Lines)]) {
		t.Error("the cut window does not begin as the document does")
	}
}

func TestCutMarkdown(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		md   string
		n    int
		want string
	}{
		{"one\n\ntwo\n\nthree", 9, "one\n\n"},
		{"one\n\ntwo\n\nthree", 10, "one\n\ntwo\n\n"},
		{"```\na\n\nb\n```\n\nc", 9, "```\na\n\nb\n"},
		{"a long line without breaks", 10, "a long"},
		{"ééééé", 3, "éé"},
		{"short", 10, "short"},
		// a first paragraph too short for the budget: the cut is later
		{"p\n\n" + strings.Repeat("x", 100), 20, "p\n\n" + strings.Repeat("x", 17)},
		{"intro\n\n| a |\n|---|\n| 1 |\n| 2 |\n| 3 |\n", 30, "intro\n\n| a |\n|---|\n| 1 |\n"},
		{"p\n\nwords and more words and more", 24, "p\n\nwords and more words"},
	} {
		if got := cutMarkdown(tc.md, tc.n); got != tc.want {
			t.Errorf("cutMarkdown(%q, %d) = %q, want %q", tc.md, tc.n, got, tc.want)
		}
	}
}
