package library

import (
	"math"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

// Problem is a file folio could not load, or loaded with a fault.
type Problem struct {
	Path    string
	Message string
	Kept    bool // the article was loaded despite the problem
}

func (p Problem) String() string { return p.Path + ": " + p.Message }

// Term is a tag or category with the number of articles under it.
type Term struct {
	Name  string
	Count int
}

// Library is a loaded, indexed collection of articles.
type Library struct {
	Articles []*Article // newest first; undated articles last, by title
	Problems []Problem
	byName   map[string][]*Article // the names several articles share (translations, versions), and theirs
	stats    loadStats

	// changed are the articles newLibrary changed (names, inferred
	// tags), which an order kept beside an index records (index_order.go).
	changed []articleChange

	derived *derived // what is worked out from the articles once, when first asked
}

// derived is what a Library works out from its articles once, when first
// asked; a Library made as a literal has none, and works it out each time.
type derived struct {
	termsOnce sync.Once
	terms     map[string][]int32 // termPostings

	countOnce  sync.Once
	tags, cats []Term // Tags, Categories

	lookupOnce   sync.Once
	bySlug, byID map[string]*Article // lookups
}

// lookups are the maps Find looks a slug and an ID up in, made when first
// asked. A command printing a search, questions or a list looks nothing
// up, and at 100,000 articles the two maps were 7 MB of its live heap,
// 1.3 times that at its peak. A Library made as a literal has none.
func (l *Library) lookups() (bySlug, byID map[string]*Article) {
	d := l.derived
	if d == nil {
		return nil, nil
	}
	d.lookupOnce.Do(func() {
		d.bySlug = make(map[string]*Article, len(l.Articles))
		d.byID = make(map[string]*Article, len(l.Articles))
		for _, a := range l.Articles { // slugs and IDs are each unique (assignNames)
			d.bySlug[a.Slug] = a
			d.byID[a.ID] = a
		}
	})
	return d.bySlug, d.byID
}

// counts are the library's tags and categories with their counts,
// counted when first asked: a search or a list of articles needs none.
func (l *Library) counts() (tags, cats []Term) {
	count := func() ([]Term, []Term) {
		return countTerms(l.Articles, (*Article).AllTags), countTerms(l.Articles, func(a *Article) []string { return a.Categories })
	}
	if l.derived == nil {
		return count()
	}
	d := l.derived
	d.countOnce.Do(func() { d.tags, d.cats = count() })
	return d.tags, d.cats
}

// New indexes articles already parsed: it gives each its ID and slug
// (ids.go), infers tags for untagged articles and sorts newest first.
// It writes none of the articles given (it orders the slice): the
// Library holds a copy of each it gives another name, ID, slug or
// inferred tags, so look articles up in the Library, not among those
// given.
func New(articles []*Article) *Library { return newLibrary(articles, nil, true) }

// newLibrary puts arts together. held says another holds them (a reader
// LoadStream handed them to, New's caller): they are then not written,
// but copied where they change (libraryArts); else they are the
// library's alone, and changed in place.
func newLibrary(arts []*Article, problems []Problem, held bool) *Library {
	l := &Library{Problems: problems, derived: &derived{}}
	byPath := func(a, b *Article) int { return strings.Compare(a.Path, b.Path) }
	if !slices.IsSortedFunc(arts, byPath) { // a load's often are, as walked
		slices.SortStableFunc(arts, byPath)
	}
	// The newest-first order is found on another core while names and
	// inferred tags are given: it reads only titles and dates, which they
	// do not write (and they write no article another holds: libraryArts),
	// and the order of arts is changed only after both.
	order := make(chan []newestKey, 1)
	go func() { order <- newestFirstOrder(arts) }()
	s := &libraryArts{given: arts, l: l, inPlace: !held}
	l.assignNames(s)
	s.inferTags()
	changed := s.changes() // before arts, which s.given is, is put in order
	keys := <-order
	if s.now == nil {
		for i, k := range keys {
			arts[i] = k.a
		}
	} else {
		for i, k := range keys {
			arts[i] = s.now[k.i]
		}
	}
	l.Articles = arts
	l.changed = changed
	return l
}

// newestKey is an article's key in the newest-first order.
type newestKey struct {
	sec   int64 // newest first: the negated time; undated last
	nsec  int
	title string
	a     *Article
	i     int
}

// newestFirstOrder is arts newest first (undated last, then by title
// without regard to case, equals in their order), as sorted keys;
// it reads the articles' titles and dates only, and leaves arts as it
// is. Each key is made once — the date as one number, the title
// lower-cased when it is not ASCII — not at every comparison.
func newestFirstOrder(arts []*Article) []newestKey {
	type key = newestKey
	keys := make([]key, len(arts))
	for i, a := range arts {
		t := a.Title
		if !isASCII(t) {
			t = strings.ToLower(t)
		}
		sec, nsec := dateKey(a.Date)
		keys[i] = key{sec, nsec, t, a, i}
	}
	slices.SortFunc(keys, func(x, y key) int {
		if x.sec != y.sec {
			if x.sec < y.sec {
				return -1
			}
			return 1
		}
		if x.nsec != y.nsec {
			return x.nsec - y.nsec
		}
		if c := compareFoldASCII(x.title, y.title); c != 0 {
			return c
		}
		return x.i - y.i // stable
	})
	return keys
}

// dateKey orders dates as newestFirst does, as numbers: the negated
// seconds and nanoseconds since 1970, and the zero date after every
// other.
func dateKey(t time.Time) (sec int64, nsec int) {
	if t.IsZero() {
		return math.MaxInt64, 0
	}
	return -t.Unix(), -t.Nanosecond()
}

// compareFoldASCII compares strings as strings.Compare does their
// lower-case forms, for strings that are ASCII or lower-cased already.
func compareFoldASCII(x, y string) int {
	for i := 0; i < len(x) && i < len(y); i++ {
		a, b := lowerASCII(x[i]), lowerASCII(y[i])
		if a != b {
			return int(a) - int(b)
		}
	}
	return len(x) - len(y)
}

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// tagSpellings lists the library's tags once each, in the spelling most
// articles use (the first seen among equals).
func tagSpellings(arts []*Article) []string {
	type spelling struct {
		group, uses int
	}
	seen := map[string]*spelling{} // by spelling
	groups := map[string]int{}     // by lower-cased spelling
	var spellings [][]string       // each group's spellings, in the order met
	for _, a := range arts {
		for _, t := range a.Tags {
			sp := seen[t]
			if sp == nil {
				k := strings.ToLower(t)
				g, ok := groups[k]
				if !ok {
					g = len(spellings)
					groups[k] = g
					spellings = append(spellings, nil)
				}
				sp = &spelling{group: g}
				seen[t] = sp
				spellings[g] = append(spellings[g], t)
			}
			sp.uses++
		}
	}
	names := make([]string, 0, len(spellings))
	for _, group := range spellings {
		best, n := "", 0
		for _, t := range group {
			if c := seen[t].uses; c > n || (c == n && t < best) {
				best, n = t, c
			}
		}
		names = append(names, best)
	}
	return names
}

// countTerms groups names without regard to case, keeping the first
// spelling seen, and sorts by count then name.
func countTerms(arts []*Article, names func(*Article) []string) []Term {
	byName := map[string]int{} // term index by spelling
	byKey := map[string]int{}  // by lower-cased spelling
	var terms []Term
	for _, a := range arts {
		for _, n := range names(a) {
			i, ok := byName[n]
			if !ok {
				k := strings.ToLower(n)
				if i, ok = byKey[k]; !ok {
					i = len(terms)
					byKey[k] = i
					terms = append(terms, Term{Name: n})
				}
				byName[n] = i
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

// Article returns the article with the slug, or the ID or name only it
// has (see Find).
func (l *Library) Article(slug string) (*Article, bool) {
	if bySlug, _ := l.lookups(); bySlug[slug] != nil {
		return bySlug[slug], true
	}
	a, _ := l.Find(slug)
	return a, a != nil
}

// Tags lists every tag (own and inferred) with its article count.
func (l *Library) Tags() []Term { t, _ := l.counts(); return t }

// Categories lists every category with its article count.
func (l *Library) Categories() []Term { _, c := l.counts(); return c }

// WithTag returns the articles tagged name (own or inferred tags), ignoring case.
func (l *Library) WithTag(name string) []*Article {
	return l.filter(func(a *Article) []string { return a.AllTags() }, name)
}

// InCategory returns the articles in category name, ignoring case.
func (l *Library) InCategory(name string) []*Article {
	return l.filter(func(a *Article) []string { return a.Categories }, name)
}

func (l *Library) filter(names func(*Article) []string, name string) []*Article {
	var out []*Article
	for _, a := range l.Articles {
		for _, n := range names(a) {
			if strings.EqualFold(n, name) {
				out = append(out, a)
				break
			}
		}
	}
	return out
}

// HasTag and HasCategory report whether the name is known, ignoring case.
func (l *Library) HasTag(name string) bool      { return hasTerm(l.Tags(), name) }
func (l *Library) HasCategory(name string) bool { return hasTerm(l.Categories(), name) }

func hasTerm(terms []Term, name string) bool {
	for _, t := range terms {
		if strings.EqualFold(t.Name, name) {
			return true
		}
	}
	return false
}

// Slugs lists every article's slug.
func (l *Library) Slugs() []string {
	out := make([]string, len(l.Articles))
	for i, a := range l.Articles {
		out[i] = a.Slug
	}
	return out
}

// TermNames lists the names of terms, for suggestions.
func TermNames(terms []Term) []string {
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t.Name
	}
	return out
}
