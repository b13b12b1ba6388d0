package library

import (
	"math"
	"net/url"
	"path"
	"strings"
)

// Related returns up to n other articles sharing the most tags and
// categories with a (own or inferred tags), most shared first, newest
// first among equals. It reads the postings of a's tags and categories
// (termPostings), made once per library, counting each article's shared
// terms in an array of two bytes an article: a term may be under most of
// a library, and a map of the articles sharing one, then sorted, took
// 10 ms an open at 100,000 articles (BenchmarkScaleOpen).
func (l *Library) Related(a *Article, n int) []*Article {
	if n <= 0 {
		return nil
	}
	post := l.termPostings()
	mine := map[string]bool{}
	for _, t := range a.AllTags() {
		mine["t:"+strings.ToLower(t)] = true
	}
	for _, c := range a.Categories {
		mine["c:"+strings.ToLower(c)] = true
	}
	score := make([]uint16, len(l.Articles))
	top := uint16(0)
	for k := range mine {
		for _, i := range post[k] {
			if score[i] < math.MaxUint16 {
				score[i]++
			}
			top = max(top, score[i])
		}
	}
	// The most shared first, and among equals the library's order: a
	// pass over the counts for each count from the highest down, until n
	// are found (the first pass or two, unless few articles share any).
	res := make([]*Article, 0, min(n, 16))
	for s := top; s > 0 && len(res) < n; s-- {
		for i, c := range score {
			if c == s && !sameArticle(l.Articles[i], a) {
				if res = append(res, l.Articles[i]); len(res) == n {
					break
				}
			}
		}
	}
	return res
}

// termPostings are, for each tag ("t:" and its lower case) and category
// ("c:…"), the positions in Articles of the articles under it, in order:
// an article counts once under a term however it spells it.
func (l *Library) termPostings() map[string][]int32 {
	if l.derived == nil {
		return postTerms(l.Articles)
	}
	l.derived.termsOnce.Do(func() { l.derived.terms = postTerms(l.Articles) })
	return l.derived.terms
}

func postTerms(arts []*Article) map[string][]int32 {
	post := map[string][]int32{}
	add := func(key string, i int32) {
		p := post[key]
		if len(p) == 0 || p[len(p)-1] != i {
			post[key] = append(p, i)
		}
	}
	for i, a := range arts {
		for _, t := range a.AllTags() {
			add("t:"+strings.ToLower(t), int32(i))
		}
		for _, c := range a.Categories {
			add("c:"+strings.ToLower(c), int32(i))
		}
	}
	return post
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
