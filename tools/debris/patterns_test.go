package main

import (
	"slices"
	"testing"
)

// A pattern is debris only past what the source's code shows (counted
// over the whole file: one [[ in its code allows one in the output).
func TestDebris(t *testing.T) {
	t.Parallel()
	src := []byte("---\ntitle: x\n---\nText `{{< a >}}` and\n\n```\n<!-- kept -->\n```\n\n{% raw %}{{ page.title }}{% endraw %}\n\n> ```md\n> [[Note]]\n> ```\n\nWrite {{</* figure */>}} and \\<T\\>.\n")
	code := allowed(src)
	cases := []struct {
		out  string
		want []string
	}{
		{"Text {{< a >}} and\n<!-- kept -->\n{{ page.title }}\n[[Note]]\nWrite {{< figure >}} and <T>.\n", nil},
		{"Text and <!-- x --> <!-- kept -->\n", []string{"html-comment"}},
		{"Text {{< a >}} {{< b >}} {{< c >}}\n", []string{"hugo-shortcode"}},
		{"See [a][b] and [[Other]] [[More]] and :::tip\n", []string{"reference-link", "container", "wiki-link"}},
		{"!!! note \"x\"\n<div class=\"a\"><span>\n", []string{"admonition", "html-tag"}},
	}
	for _, c := range cases {
		if got := debris(c.out, code); !slices.Equal(got, c.want) {
			t.Errorf("debris(%q) = %q, want %q", c.out, got, c.want)
		}
	}
}
