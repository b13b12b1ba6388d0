package library

import "testing"

func TestResolveLinks(t *testing.T) {
	t.Parallel()
	l := loadMap(t, Options{}, map[string]string{
		"blog/one.md":          "---\ntitle: One\ntags: [a, b]\n---\n## Part two\n[two](../blog/two.md#deep-dive) [slug](/blog/two) [self](#part-two) [web](https://example.com) [gone](/blog/nope) [pdf](/x.pdf)\n",
		"blog/two.md":          "---\ntitle: Two\ntags: [a]\n---\n## Deep dive\n",
		"other/three/index.md": "---\ntitle: Three\ntags: [c]\n---\n",
	})
	one := byTitle(t, l, "One")
	two := byTitle(t, l, "Two")
	cases := []struct {
		link    string
		article *Article
		heading int
		missing bool
	}{
		{"../blog/two.md#deep-dive", two, 0, false},
		{"two.md", two, -1, false},
		{"/blog/two", two, -1, false},
		{"/blog/two/", two, -1, false},
		{"#part-two", one, 0, false},
		{"https://example.com", nil, -1, false},
		{"/blog/nope", nil, -1, true},
		{"/x.pdf", nil, -1, false},
		{"/three/", byTitle(t, l, "Three"), -1, false},
	}
	for _, c := range cases {
		got := l.Resolve(one, c.link)
		if got.Article != c.article || got.Heading != c.heading || got.Missing != c.missing {
			t.Errorf("%s: got article %v heading %d missing %v", c.link, got.Article != nil, got.Heading, got.Missing)
		}
	}
	rel := l.Related(one, 5)
	if len(rel) != 1 || rel[0] != two {
		t.Errorf("related to One: %d articles", len(rel))
	}
}
