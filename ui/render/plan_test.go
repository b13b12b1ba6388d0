package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/muesli/termenv"
)

// groupShapes are articles of many short sections holding every kind
// of block, and the ones whose markers a runaway block swallows.
func groupShapes(t testing.TB) map[string]*library.Article {
	t.Helper()
	var many strings.Builder
	many.WriteString("Intro with a [ref][r].\n\n")
	for i := range 60 {
		fmt.Fprintf(&many, "## Section %d\n\n", i)
		switch i % 6 {
		case 0:
			fmt.Fprintf(&many, "Text of %d, **bold** and `code`.\n\n", i)
		case 1:
			many.WriteString("- one\n- two\n  - nested\n\n")
		case 2:
			many.WriteString("```go\nx := 1\n```\n\n")
		case 3:
			many.WriteString("| a | b |\n|---|---|\n| 1 | 2 |\n\n")
		case 4:
			many.WriteString("> quoted\n\n### Deeper\n\n1. first\n2. second\n\n")
		case 5: // nothing: a heading alone
		}
	}
	many.WriteString("[r]: https://example.com/ref\n")
	shapes := map[string]string{
		"many":          many.String(),
		"headings only": strings.Repeat("# H\n## h2\n### h3\n", 40),
		"unclosed pre":  "# A\n\ntext\n\n<pre>\nraw\n\n# B\n\nmore\n\n# C\n\nend\n",
		"comment":       "# A\n\n<!-- open\n\n# B\n\n-->\n\n# C\n\nend\n",
		"empty heading": "# <a>\n\n# B\n\nx\n\n# <b>\n",
	}
	out := map[string]*library.Article{}
	for name, md := range shapes {
		out[name] = parse(t, md)
	}
	lib := library.Load(library.Options{}, library.Source{Name: "bundled", FS: articles.FS})
	for _, a := range lib.Articles {
		out[a.Slug] = a
	}
	return out
}

// Rendered in groups of short chunks, an article is line for line what
// it is chunk by chunk, headings on the same lines, in every style and
// colour: serially and in parallel.
func TestGroupsRenderAsChunkByChunk(t *testing.T) {
	t.Parallel()
	shapes := groupShapes(t)
	for _, o := range []Options{
		{Width: 80, Style: "dark"},
		{Width: 80, Style: "dark", Color: true, Profile: termenv.TrueColor},
		{Width: 44, Style: "light", Color: true, Profile: termenv.ANSI256},
		{Width: 60, Style: "notty"},
	} {
		for name, a := range shapes {
			grouped := renderAt(t, a, o)
			r, err := New(o)
			if err != nil {
				t.Fatal(err)
			}
			r.chunkByChunk = true
			alone, err := r.Render(a)
			if err != nil {
				t.Fatal(err)
			}
			parallel, err := RenderParallel(o, a, 3)
			if err != nil {
				t.Fatal(err)
			}
			for what, d := range map[string]*Document{"grouped": grouped, "parallel": parallel} {
				if !slices.Equal(d.Headings, alone.Headings) {
					t.Errorf("%s %s at %d colour %v: headings at %v, chunk by chunk %v", name, what, o.Width, o.Color, d.Headings, alone.Headings)
				}
				if i := firstDiff(d.Lines, alone.Lines); i >= 0 {
					t.Errorf("%s %s at %d colour %v: line %d is %q, chunk by chunk %q", name, what, o.Width, o.Color, i, at(d.Lines, i), at(alone.Lines, i))
				}
			}
		}
	}
}

// A group is one render for many chunks: 300 short sections are a
// handful of tasks, and a runaway block's group falls back to chunk by
// chunk.
func TestPlanGroupsShortChunks(t *testing.T) {
	t.Parallel()
	a := parse(t, strings.Repeat("## Question?\n\nAnswer.\n\n", 300))
	p := newPlan(a, newPrepass(a, Options{Width: 80}), Options{Width: 80}, groupSize)
	if len(p.tasks) > 3 {
		t.Errorf("%d tasks for 301 short chunks and the notes, want a few groups", len(p.tasks))
	}
	n := 0
	for _, tk := range p.tasks {
		n += tk.n
	}
	if n != 302 {
		t.Errorf("the groups hold %d chunks, want 301 and the notes", n)
	}
	if _, ok := splitGroup([]string{"a", "  ## " + groupMark + "B", "b"}, 3); ok {
		t.Error("a group with a mark missing was split")
	}
	if _, ok := splitGroup([]string{"a", "## " + groupMark + "B " + groupMark + "C"}, 3); ok {
		t.Error("a group with two marks on a line was split")
	}
	if parts, ok := splitGroup([]string{"a", "", "  ## " + groupMark + "B", "b"}, 2); !ok || len(parts) != 2 || parts[1][0] != "  ## B" {
		t.Errorf("a group of two split into %q, %v", parts, ok)
	}
}

func firstDiff(a, b []string) int {
	for i := range max(len(a), len(b)) {
		if i >= len(a) || i >= len(b) || a[i] != b[i] {
			return i
		}
	}
	return -1
}

func at(lines []string, i int) string {
	if i < len(lines) {
		return lines[i]
	}
	return "(none)"
}
