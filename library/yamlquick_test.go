package library

import (
	"fmt"
	"strings"
	"testing"

	"gopkg.in/yaml.v2"
)

var quickYAMLSeeds = []string{
	"title: \"A title: with colon\"\ndate: 2015-01-02\ncategory: Guides\ntags: [Exosomes, PRP Treatment]\nauthor: Author 3\nexcerpt: \"Short\"\n",
	"title: Plain title\ndraft: false\nfeatured: yes\nreadtime: 5\nweight: 1_000\nratio: 1.5e3\nbig: 18446744073709551615\nhex: 0x1F\nneg: -3\nnothing: ~\nempty:\n",
	"tags:\n  - go\n  - 'it''s'\n  - \"quoted\"\n# comment\ncategories:\n- One\n- Two # trailing\nseries: []\n",
	"title: 'single'  # c\ndate: 2024-03-01T10:00:00Z\npubDate: \"2026-02-02 10:00\"\nslug: my-post\nimage: /img/a.png\nurl: https://example.com/x?y=1#frag\n",
	"a: .5\nb: .inf\nc: -.Inf\nd: .NaN\ne: +12\nf: 0o17\ng: 012\nh: 1e\nj: on\nk: No\nl: C# and F#\nm: a [b] {c}\n",
	"title: Café “quoted” — dash\nnote: 日本語\n",
	"title: x\ntitle: y\n", "Title: x\ntitle: y\n", "on: x\n", "a:\n  b: c\n", "a: |\n  text\n", "a: &x 1\nb: *x\n",
	"a: b\n  c\n", "a: [b, c\n", "a: [b,]\n", "a: \"esc\\n\"\n", "a:\tb\n", "a: b: c\n", "- a\n- b\n", "a: 'x'y\n",
	"tags:\n  - a\n   - b\n", "tags:\n- a\n  - b\n", "tags:\n  - a\n  b: c\n", "a: [\"x, y\", 'z']\n", "a: [1, 2.5, true, null, ~]\n", "i: 0b101\nj: -0b11\nk: -\nl: -x\nm: [-1, -a]\n",
}

func TestQuickYAMLTakesTheCommonShapes(t *testing.T) {
	checkQuickYAML(t, strings.Repeat("k", 1100)+": v\n")
	for _, s := range quickYAMLSeeds[:6] {
		if _, ok := quickYAML(s); !ok {
			t.Errorf("quickYAML refused common frontmatter:\n%s", s)
		}
	}
	for _, s := range quickYAMLSeeds {
		checkQuickYAML(t, s)
	}
}

// FuzzQuickYAML checks that whatever quickYAML accepts, yaml.v2 decodes
// to the same map.
func FuzzQuickYAML(f *testing.F) {
	for _, s := range quickYAMLSeeds {
		f.Add(s)
	}
	f.Fuzz(checkQuickYAML)
}

func checkQuickYAML(t *testing.T, s string) {
	got, ok := quickYAML(s)
	if !ok {
		return
	}
	want := map[string]any{}
	if err := yaml.Unmarshal([]byte(s), &want); err != nil {
		t.Fatalf("quickYAML accepted what yaml.v2 refuses (%v):\n%q\ngot %#v", err, s, got)
	}
	if g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want); g != w {
		t.Fatalf("quickYAML and yaml.v2 differ on\n%q\nquick: %s\nyaml:  %s", s, g, w)
	}
}
