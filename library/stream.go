package library

import (
	"strings"
)

// LoadStream is Load for a reader that shows articles while they load:
// it passes each article to seen as soon as it is read, from the loading
// goroutines, several at once, before indexing them all into the Library
// it returns. seen gets the library's own article, not a copy, and may
// keep it and read it on any goroutine: the library never writes an
// article once handed out. One whose slug, ID, name or inferred tags the
// whole library changes is copied, and the Library holds the copy
// (libraryArts); a text that moves into the index written meanwhile is
// found through the article's text reference (textRef.place). So seen's
// articles stay as they were, and most are the Library's. Drafts reach
// seen only with opts.Drafts; with seen nil, LoadStream is Load.
func LoadStream(opts Options, seen func(*Article), sources ...Source) *Library {
	if seen == nil {
		return Load(opts, sources...)
	}
	return load(opts, func(a *Article) {
		if a.Draft && !opts.Drafts {
			return
		}
		seen(a)
	}, sources...)
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
