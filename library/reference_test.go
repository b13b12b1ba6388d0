package library

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/folio-reader/folio/internal/synth"
)

// The straightforward versions of Search and of the sort of newLibrary,
// which the faster ones must agree with exactly.

func searchRef(l *Library, query string) []Hit {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ")
	var hits []Hit
	for _, a := range l.Articles {
		if h, ok := scoreArticleRef(a, words, phrase); ok {
			hits = append(hits, h)
		}
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return b.Score - a.Score })
	return hits
}

func scoreArticleRef(a *Article, words []string, phrase string) (Hit, bool) {
	title := strings.ToLower(a.Title)
	tags := strings.ToLower(strings.Join(a.AllTags(), "\n"))
	cats := strings.ToLower(strings.Join(a.Categories, "\n"))
	excerpt := strings.ToLower(a.Excerpt)
	body := strings.ToLower(a.Body)
	h := Hit{Article: a, Offset: -1}
	best := 0
	note := func(field string, w int) {
		h.Score += w
		if w > best {
			best, h.Field = w, field
		}
	}
	for _, w := range words {
		found := false
		if strings.Contains(title, w) {
			note("title", weightTitle)
			found = true
		}
		if strings.Contains(tags, w) {
			note("tag", weightTerm)
			found = true
		}
		if strings.Contains(cats, w) {
			note("category", weightTerm)
			found = true
		}
		if strings.Contains(excerpt, w) {
			note("excerpt", weightExcerpt)
			found = true
		}
		if n := strings.Count(body, w); n > 0 {
			note("body", weightBody*min(n, maxBodyCounted))
			found = true
		}
		if !found {
			return h, false
		}
	}
	if strings.Contains(title, phrase) {
		h.Score += weightTitle
	}
	at := strings.Index(body, phrase)
	if at < 0 {
		at = strings.Index(body, words[0])
	}
	if at >= 0 && len(body) == len(a.Body) {
		h.Offset = at
		h.Snippet = snippetRef(a.Body, at, len(phrase))
	} else {
		h.Snippet = a.Excerpt
	}
	return h, true
}

func sortRef(arts []*Article) {
	slices.SortStableFunc(arts, func(a, b *Article) int {
		switch {
		case a.Date.Equal(b.Date):
			return strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title))
		case a.Date.IsZero():
			return 1
		case b.Date.IsZero():
			return -1
		case a.Date.After(b.Date):
			return -1
		}
		return 1
	})
}

// oddArticles have what makes lower-casing and sorting tricky: non-ASCII
// letters that change length or turn ASCII (İ, K), equal titles in
// different cases, equal dates, no dates.
func oddArticles() []*Article {
	day := time.Date(2024, 5, 1, 0, 0, 0, 0, time.UTC)
	titles := []string{"Zeta", "alpha", "Alpha", "ÉCOLE", "école", "İstanbul guide", "Kelvin \u212a scale", "b", "B", "a[b]", "A_b", "Ωmega", "omega"}
	var arts []*Article
	for i, t := range titles {
		a := &Article{Title: t, Slug: fmt.Sprintf("odd-%d", i), Path: fmt.Sprintf("odd/%02d.md", i),
			Body: fmt.Sprintf("# %s\n\nThe %s clinic PROTOCOL text, Clinic protocol, İİ \u212aK ßtraße %d.\n", t, t, i),
			Tags: []string{[]string{"Skin", "SKIN", "ÉTÉ"}[i%3]}, Categories: []string{"Guides"}, Excerpt: "Excerpt " + t}
		switch i % 3 {
		case 0:
			a.Date = day
		case 1:
			a.Date = day.AddDate(0, 0, i)
		}
		arts = append(arts, a)
	}
	return arts
}

func TestSortMatchesReference(t *testing.T) {
	arts := oddArticles()
	for i := range 700 {
		a, _, err := Parse(fmt.Sprintf("s/%d.md", i), []byte(synth.Article(i, 600)))
		if err != nil {
			t.Fatal(err)
		}
		a.Title = []string{strings.ToUpper(a.Title), a.Title, strings.ToLower(a.Title)}[i%3]
		arts = append(arts, a)
	}
	want := slices.Clone(arts)
	sortRef(want)
	got := slices.Clone(arts)
	sortNewestFirst(got)
	if !slices.Equal(got, want) {
		t.Fatal("sortNewestFirst differs from the stable sort on lower-cased titles")
	}
}

func TestSearchMatchesReference(t *testing.T) {
	arts := oddArticles()
	for i := range 1100 { // several chunks, searched in parallel
		a, _, err := Parse(fmt.Sprintf("s/%d.md", i), []byte(synth.Article(i, 1500)))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	l := New(arts)
	for _, q := range []string{"clinic protocol", "CLINIC", "skin", "été", "école", "istanbul", "i̇stanbul", "kelvin k", "k", "ß", "strasse",
		"zebrafish", "protocol clinic", "a", "section 1", "exosomes", "guides", "  ", "Ωmega", "ωmega", "collagen texture review"} {
		got, want := l.Search(q), searchRef(l, q)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Search(%q): %d hits, the reference %d, or they differ", q, len(got), len(want))
		}
	}
}

// FuzzSearch checks Search against the reference on one odd article.
func FuzzSearch(f *testing.F) {
	f.Add("Title İ", "Body \u212a text İstanbul", "tag", "k i")
	f.Add("ÀÉ", "àé ÀÉ", "Été", "é")
	f.Fuzz(func(t *testing.T, title, body, tag, query string) {
		l := New([]*Article{{Title: title, Body: body, Tags: []string{tag}, Slug: "x"}, {Title: body, Body: title, Slug: "y"}})
		if got, want := l.Search(query), searchRef(l, query); !reflect.DeepEqual(got, want) {
			t.Fatalf("Search(%q) = %+v, the reference %+v", query, got, want)
		}
	})
}

func tagSpellingsRef(arts []*Article) []string {
	uses := map[string]map[string]int{}
	var order []string
	for _, a := range arts {
		for _, t := range a.Tags {
			k := strings.ToLower(t)
			if uses[k] == nil {
				uses[k] = map[string]int{}
				order = append(order, k)
			}
			uses[k][t]++
		}
	}
	names := make([]string, 0, len(order))
	for _, k := range order {
		best, n := "", 0
		for spelling, c := range uses[k] {
			if c > n || (c == n && spelling < best) {
				best, n = spelling, c
			}
		}
		names = append(names, best)
	}
	return names
}

func countTermsRef(arts []*Article, names func(*Article) []string) []Term {
	idx := map[string]int{}
	var terms []Term
	for _, a := range arts {
		for _, n := range names(a) {
			k := strings.ToLower(n)
			i, ok := idx[k]
			if !ok {
				i = len(terms)
				idx[k] = i
				terms = append(terms, Term{Name: n})
			}
			terms[i].Count++
		}
	}
	slices.SortStableFunc(terms, func(a, b Term) int {
		if a.Count != b.Count {
			return b.Count - a.Count
		}
		return strings.Compare(strings.ToLower(a.Name), strings.ToLower(b.Name))
	})
	return terms
}

func TestTermsMatchReference(t *testing.T) {
	var arts []*Article
	spellings := []string{"Go", "go", "GO", "Rust", "rust", "Été", "ÉTÉ", "été", "Kelvin", "\u212aelvin", "x"}
	for i := range 200 {
		a := &Article{Categories: []string{spellings[(i*7)%len(spellings)]}}
		for k := range i % 4 {
			a.Tags = append(a.Tags, spellings[(i+k*3)%len(spellings)])
		}
		arts = append(arts, a)
	}
	if got, want := tagSpellings(arts), tagSpellingsRef(arts); !slices.Equal(got, want) {
		t.Errorf("tagSpellings = %q, want %q", got, want)
	}
	for _, names := range []func(*Article) []string{(*Article).AllTags, func(a *Article) []string { return a.Categories }} {
		if got, want := countTerms(arts, names), countTermsRef(arts, names); !slices.Equal(got, want) {
			t.Errorf("countTerms = %v, want %v", got, want)
		}
	}
}

func snippetRef(body string, at, n int) string {
	const around = 40
	start, end := at, min(len(body), at+n)
	for i := 0; i < around && start > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(body[:start])
		start -= size
	}
	for i := 0; i < around && end < len(body); i++ {
		_, size := utf8.DecodeRuneInString(body[end:])
		end += size
	}
	s := snippetText(body[start:end])
	s = inlineText(strings.ReplaceAll(s, "\n", " "))
	s = strings.TrimLeft(s, "#>-* ")
	if start > 0 {
		s = "…" + s
	}
	if end < len(body) {
		s += "…"
	}
	return s
}

// Sort keys order articles as CompareNewestFirst does.
func TestSortKeysMatchCompareNewestFirst(t *testing.T) {
	arts := oddArticles()
	for i := range 300 {
		a, _, err := Parse(fmt.Sprintf("s/%d.md", i), []byte(synth.Article(i, 600)))
		if err != nil {
			t.Fatal(err)
		}
		a.Title = []string{strings.ToUpper(a.Title), a.Title, "Étude " + a.Title}[i%3]
		arts = append(arts, a)
	}
	for _, a := range arts {
		for _, b := range arts {
			want, got := CompareNewestFirst(a, b), NewestFirstKey(a).Compare(NewestFirstKey(b))
			if (want < 0) != (got < 0) || (want == 0) != (got == 0) {
				t.Fatalf("%q (%v, %s) against %q (%v, %s): %d, CompareNewestFirst %d", a.Title, a.Date, a.Path, b.Title, b.Date, b.Path, got, want)
			}
		}
	}
}

// sortNewestFirst sorts articles newest first, undated ones last, and by
// title without regard to case among equal dates, keeping the order of
// equals.
func sortNewestFirst(arts []*Article) {
	for i, k := range newestFirstOrder(arts) {
		arts[i] = k.a
	}
}
