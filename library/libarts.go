package library

import "slices"

// libraryArts are the articles newLibrary puts together, as it gives
// them names, IDs, slugs and inferred tags. It never writes an article
// another holds: LoadStream has handed each out as soon as it was read,
// and a reader may be reading it on another goroutine; New's caller
// may hold its articles, or a Library made of them, still in use. An
// article that must change — a name several articles share, a path in
// two folders, inferred tags — is copied on its first change, and the
// Library holds the copy (copy on write). In most libraries few are
// (none of the 100,000 generated reviews, one of the two bundled
// articles); in a folder of plain-text notes, each with inferred tags,
// all may be, as many as LoadStream used to copy.
type libraryArts struct {
	given []*Article // as given; newestFirstOrder reads them meanwhile
	now   []*Article // given, with the copies in their places; nil until the first copy
	l     *Library   // whose index of shared names (byName) follows the copies

	// inPlace: no one else holds the articles (Load, which hands none
	// out), so they are written, not copied — in a library of plain-text
	// notes every one may get inferred tags. newestFirstOrder reads only
	// titles and dates meanwhile, which are never written.
	inPlace bool

	changed []bool // the articles written, or copied to be (own); nil until the first
}

// at is the i'th article as it is now: its copy, if it has one.
func (s *libraryArts) at(i int) *Article {
	if s.now != nil {
		return s.now[i]
	}
	return s.given[i]
}

// own is the i'th article to write: its copy, made now if it has none,
// and put in the library's indexes in place of the article given.
func (s *libraryArts) own(i int) *Article {
	if s.changed == nil {
		s.changed = make([]bool, len(s.given))
	}
	s.changed[i] = true
	if s.inPlace {
		return s.given[i]
	}
	if s.now == nil {
		s.now = slices.Clone(s.given)
	}
	a := s.now[i]
	if a != s.given[i] {
		return a
	}
	c := new(Article)
	*c = *a
	s.now[i] = c
	s.l.repoint(a, c)
	return c
}

// repoint puts c in l's index of shared names where it holds a (the
// slugs' and IDs' maps are made later, of the library's articles).
func (l *Library) repoint(a, c *Article) {
	for i, b := range l.byName[a.Name] {
		if b == a {
			l.byName[a.Name][i] = c
		}
	}
}

// articleChange is an article newLibrary changed: as given, and as the
// library holds it (the same article when written in place).
type articleChange struct{ given, now *Article }

// changes are the articles changed, for the library's order to keep
// (index_order.go).
func (s *libraryArts) changes() []articleChange {
	var out []articleChange
	for i, c := range s.changed {
		if c {
			out = append(out, articleChange{s.given[i], s.at(i)})
		}
	}
	return out
}
