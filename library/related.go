package library

import (
	"net/url"
	"path"
	"slices"
	"strings"
)

// Related returns up to n other articles sharing the most tags and
// categories with a (own or inferred tags), most shared first, newest
// first among equals.
func (l *Library) Related(a *Article, n int) []*Article {
	mine := map[string]bool{}
	for _, t := range a.AllTags() {
		mine["t:"+strings.ToLower(t)] = true
	}
	for _, c := range a.Categories {
		mine["c:"+strings.ToLower(c)] = true
	}
	type scored struct {
		a     *Article
		score int
	}
	var out []scored
	for _, b := range l.Articles {
		if b == a {
			continue
		}
		s := 0
		for _, t := range b.AllTags() {
			if mine["t:"+strings.ToLower(t)] {
				s++
			}
		}
		for _, c := range b.Categories {
			if mine["c:"+strings.ToLower(c)] {
				s++
			}
		}
		if s > 0 {
			out = append(out, scored{b, s})
		}
	}
	slices.SortStableFunc(out, func(x, y scored) int { return y.score - x.score })
	res := make([]*Article, 0, min(n, len(out)))
	for i := 0; i < len(out) && i < n; i++ {
		res = append(res, out[i].a)
	}
	return res
}

// Target is where a link of an article leads.
type Target struct {
	Article *Article // nil when the link leaves the library
	Heading int      // heading index in Article, or -1 for its top
	URL     string   // the link as written
	Missing bool     // the link looks like an article of the library, but none matches
}

// Resolve finds where a link written in article from leads: "#anchor"
// to a heading of the same article; "/blog/slug", "slug", "../other.md"
// or "other.md#part" to another article of the library. Anything with
// a scheme (https:, mailto:) is external.
func (l *Library) Resolve(from *Article, link string) Target {
	t := Target{URL: link, Heading: -1}
	u, err := url.Parse(link)
	if err != nil || u.Scheme != "" || u.Host != "" {
		return t
	}
	target := from
	if u.Path != "" {
		target = l.byPath(from, u.Path)
		if target == nil {
			t.Missing = looksLikeArticle(u.Path)
			return t
		}
	}
	t.Article = target
	if u.Fragment != "" {
		t.Heading = headingByAnchor(target.Headings, "#"+u.Fragment)
	}
	return t
}

// byPath matches a link path to an article: by the source file it was
// read from (relative to the linking article, with or without its
// extension), else by the name in its last path element, the article
// nearest the linking one first (ResolveFrom).
func (l *Library) byPath(from *Article, p string) *Article {
	if !strings.HasPrefix(p, "/") {
		want := path.Clean(path.Join(path.Dir(filepathToSlash(from.Path)), p))
		for _, a := range l.Articles {
			if s := filepathToSlash(a.Path); s == want || strings.TrimSuffix(s, path.Ext(s)) == want {
				return a
			}
		}
	}
	base := strings.TrimSuffix(path.Base(strings.TrimSuffix(p, "/")), path.Ext(p))
	if base == "index" || base == "_index" {
		base = path.Base(path.Dir(strings.TrimSuffix(p, "/")))
	}
	return l.ResolveFrom(from, base)
}

// looksLikeArticle: a link to a page, not to a file such as a PDF or image.
func looksLikeArticle(p string) bool {
	switch strings.ToLower(path.Ext(p)) {
	case "", ".md", ".markdown", ".mdx", ".txt", ".html", ".htm":
		return true
	}
	return false
}

func filepathToSlash(p string) string { return strings.ReplaceAll(p, "\\", "/") }
