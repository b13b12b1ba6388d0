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
	if c := strings.Compare(strings.ToLower(a.Title), strings.ToLower(b.Title)); c != 0 {
		return c
	}
	return strings.Compare(a.Path, b.Path)
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
