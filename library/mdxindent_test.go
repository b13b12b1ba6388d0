package library

import (
	"strings"
	"testing"
)

func TestMDXIndentation(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ name, in, want string }{
		{"children move to their tag",
			"<CardGrid>\n  <Card title=\"A\">\n    Explore [themes](https://e.com).\n  </Card>\n</CardGrid>\n",
			"<CardGrid>\n<Card title=\"A\">\nExplore [themes](https://e.com).\n</Card>\n</CardGrid>\n"},
		{"a fence moves with its lines",
			"<TabItem label=\"npm\">\n    ```sh\n    npm i\n      indented\n    ```\n</TabItem>\n",
			"<TabItem label=\"npm\">\n```sh\nnpm i\n  indented\n```\n</TabItem>\n"},
		{"in a list item, to the tag's place",
			"1. Install:\n\n    <Tabs>\n      <Fragment slot=\"a\">\n        - item\n          - nested\n      </Fragment>\n    </Tabs>\n",
			"1. Install:\n\n    <Tabs>\n    <Fragment slot=\"a\">\n    - item\n      - nested\n    </Fragment>\n    </Tabs>\n"},
		{"an opening tag over lines, tabs",
			"<Grid>\n\t<Testimonial\n\t\tname=\"R\"\n\t>\n\t\tText.\n\n\t\tMore.\n\t</Testimonial>\n</Grid>\n",
			"<Grid>\n<Testimonial\n    name=\"R\"\n>\nText.\n\nMore.\n</Testimonial>\n</Grid>\n"},
		{"steps keep their list", "<Steps>\n1. One\n\n    More.\n\n2. Two\n</Steps>\n", "<Steps>\n1. One\n\n    More.\n\n2. Two\n</Steps>\n"},
		{"a self-closing tag opens nothing", "<Card />\n    code\n", "<Card />\n    code\n"},
		{"a void element opens nothing", "<br>\n    code\n", "<br>\n    code\n"},
		{"a tag closed on its line opens nothing", "<Badge>new</Badge>\n    code\n", "<Badge>new</Badge>\n    code\n"},
		{"an unclosed element ends with the text", "<Aside>\n    Text.\n", "<Aside>\nText.\n"},
		{"no tag, nothing moves", "Text.\n\n    code\n", "Text.\n\n    code\n"},
	} {
		if got := mdxIndentation(tt.in); got != tt.want {
			t.Errorf("%s:\n got %q\nwant %q", tt.name, got, tt.want)
		}
	}
}

// FuzzMDXIndentation: only leading whitespace ever changes, and never
// grows; lines are neither added nor lost.
func FuzzMDXIndentation(f *testing.F) {
	f.Add("<CardGrid>\n  <Card title=\"A\">\n    Explore.\n  </Card>\n</CardGrid>\n")
	f.Add("<A\n\tx=1\n>\n\t\t```\n\tcode\n```\n</A>")
	f.Fuzz(func(t *testing.T, in string) {
		out := mdxIndentation(in)
		a, b := strings.Split(in, "\n"), strings.Split(out, "\n")
		if len(a) != len(b) {
			t.Fatalf("%d lines became %d", len(a), len(b))
		}
		for i := range a {
			if strings.TrimLeft(a[i], " \t") != strings.TrimLeft(b[i], " \t") || indentColumns(b[i]) > indentColumns(a[i]) {
				t.Fatalf("line %d: %q became %q", i, a[i], b[i])
			}
		}
	})
}
