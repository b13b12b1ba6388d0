package library

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
)

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

// Related ranks as counting the terms each other article shares with a,
// over the whole library, and sorting by that count, then library order,
// would: on 400 articles whose tags and categories (in mixed case) are
// drawn from a few, so that most share one.
func TestRelatedRanksAsACountOfEveryArticle(t *testing.T) {
	t.Parallel()
	r := rand.New(rand.NewPCG(5, 6))
	tags := []string{"Skin", "skin", "PRP", "Retinol", "acne", "Sun", "SPF", "night"}
	files := map[string]string{}
	for i := range 400 {
		var ts []string
		for range 1 + r.IntN(4) {
			ts = append(ts, tags[r.IntN(len(tags))])
		}
		files[fmt.Sprintf("a/%03d.md", i)] = fmt.Sprintf("---\ntitle: Article %d\ndate: 2026-01-%02d\ncategories: [%s]\ntags: [%s]\n---\nText.\n",
			i, 1+r.IntN(28), []string{"Care", "care", "Reviews"}[r.IntN(3)], strings.Join(ts, ", "))
	}
	l := loadMap(t, Options{}, files)
	terms := func(a *Article) map[string]bool {
		m := map[string]bool{}
		for _, t := range a.AllTags() {
			m["t:"+strings.ToLower(t)] = true
		}
		for _, c := range a.Categories {
			m["c:"+strings.ToLower(c)] = true
		}
		return m
	}
	for k, a := range l.Articles {
		if k%7 != 0 {
			continue
		}
		mine := terms(a)
		type scored struct{ i, score int }
		var want []scored
		for i, b := range l.Articles {
			s := 0
			for term := range terms(b) {
				if mine[term] {
					s++
				}
			}
			if s > 0 && b != a {
				want = append(want, scored{i, s})
			}
		}
		sort.SliceStable(want, func(x, y int) bool { return want[x].score > want[y].score })
		for _, n := range []int{1, 5, 40} {
			got := l.Related(a, n)
			if len(got) != min(n, len(want)) {
				t.Fatalf("%s, %d: %d related, want %d", a.Title, n, len(got), min(n, len(want)))
			}
			for j, g := range got {
				if g != l.Articles[want[j].i] {
					t.Fatalf("%s, %d: related %d is %s, want %s (shares %d)", a.Title, n, j, g.Title, l.Articles[want[j].i].Title, want[j].score)
				}
			}
		}
	}
}
