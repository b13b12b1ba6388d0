package library

import (
	"fmt"
	"strings"
	"testing"
)

// An article of more headings than MaxHeadings keeps the first in its
// contents and says so; links to their anchors still find them.
func TestHeadingCap(t *testing.T) {
	t.Parallel()
	var b strings.Builder
	b.WriteString("[first](#h-0) and [last kept](#h-9999) and [past](#h-10004)\n\n")
	for i := range MaxHeadings + 5 {
		fmt.Fprintf(&b, "## H %d\n\ntext\n\n", i)
	}
	a, warnings, err := Parse("many.md", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Headings) != MaxHeadings {
		t.Errorf("%d headings, want %d", len(a.Headings), MaxHeadings)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "more than 10000 headings") {
		t.Errorf("warnings %q", warnings)
	}
	want := []int{0, MaxHeadings - 1, -1}
	for i, l := range a.Links {
		if l.Heading != want[i] {
			t.Errorf("link %q: heading %d, want %d", l.URL, l.Heading, want[i])
		}
	}
}

// The map of anchors finds the heading a search through them finds,
// case folded as strings.EqualFold folds it.
func TestAnchorIndexAgrees(t *testing.T) {
	t.Parallel()
	var hs []Heading
	for i := range 100 {
		hs = append(hs, Heading{Anchor: fmt.Sprintf("section-%d", i%70)})
	}
	hs = append(hs, Heading{Anchor: "kelvin-\u212a"}, Heading{Anchor: "Mixed-Case"}, Heading{Anchor: "ſtraße"})
	x := anchorIndex{hs: hs}
	for _, url := range []string{"#section-3", "#SECTION-69", "#section-70", "#kelvin-k", "#KELVIN-K", "#mixed-case", "#STRASSE", "#ſtraße", "#Straße", "#", "section-1", "#\xff"} {
		if got, want := x.heading(url), headingByAnchor(hs, url); got != want {
			t.Errorf("%q: %d, a search finds %d", url, got, want)
		}
	}
}
