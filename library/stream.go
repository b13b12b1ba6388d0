package library

import (
	"strings"
	"time"
)

// LoadStream is Load for a reader that shows articles while they load:
// it passes each article to seen as soon as it is read, from the loading
// goroutines, several at once, before indexing them all into the Library
// it returns. seen gets a copy of its own: the Library holds other
// values (its slugs may yet change and its tags be inferred), so seen's
// may be kept and read while loading goes on. Drafts reach seen only
// with opts.Drafts; with seen nil, LoadStream is Load.
func LoadStream(opts Options, seen func(*Article), sources ...Source) *Library {
	if seen == nil {
		return Load(opts, sources...)
	}
	return load(opts, func(a *Article) {
		if a.Draft && !opts.Drafts {
			return
		}
		c := *a
		seen(&c)
	}, sources...)
}

// CompareNewestFirst orders articles as a Library lists them: newest
// first, undated last, then by title without regard to case, then by
// path.
func CompareNewestFirst(a, b *Article) int {
	if c := newestFirst(a.Date, b.Date); c != 0 {
		return c
	}
	if c := compareTitles(a.Title, b.Title); c != 0 {
		return c
	}
	return strings.Compare(a.Path, b.Path)
}

// compareTitles compares titles as strings.Compare does their lower-case
// forms, lower-casing nothing when both are ASCII.
func compareTitles(x, y string) int {
	if isASCII(x) && isASCII(y) {
		return compareFoldASCII(x, y)
	}
	return strings.Compare(strings.ToLower(x), strings.ToLower(y))
}

// newestFirst orders dates newest first, the zero date (undated) last.
func newestFirst(a, b time.Time) int {
	switch {
	case a.Equal(b):
		return 0
	case a.IsZero():
		return 1
	case b.IsZero():
		return -1
	case a.After(b):
		return -1
	}
	return 1
}

// SortKey is what CompareNewestFirst compares of an article, made once:
// a list merged batch by batch compares keys, not articles (a date's
// methods and a title's lower case at every comparison).
type SortKey struct {
	sec   int64 // dateKey's
	nsec  int
	title string // lower-cased unless ASCII (compareFoldASCII folds it)
	path  string
}

// NewestFirstKey is a's SortKey.
func NewestFirstKey(a *Article) SortKey {
	k := SortKey{title: a.Title, path: a.Path}
	if !isASCII(k.title) {
		k.title = strings.ToLower(k.title)
	}
	k.sec, k.nsec = dateKey(a.Date)
	return k
}

// Compare orders keys as CompareNewestFirst orders their articles.
func (k SortKey) Compare(o SortKey) int {
	switch {
	case k.sec != o.sec:
		if k.sec < o.sec {
			return -1
		}
		return 1
	case k.nsec != o.nsec:
		return k.nsec - o.nsec
	}
	if c := compareFoldASCII(k.title, o.title); c != 0 {
		return c
	}
	return strings.Compare(k.path, o.path)
}
