package library

import "slices"

// libraryArts are the articles newLibrary puts together, as it gives
// them names, IDs, slugs and inferred tags. It never writes an article
// it was given: a load has handed each out as soon as it was read
// (LoadStream) and a reader may be reading it on another goroutine, and
// New's caller may hold its articles, or a Library made of them, still
// in use. An article one of those must change in — a name several
// articles share, a path in two folders, inferred tags — is copied on
// its first change, and the Library holds the copy (copy on write). In
// a real library few are: see docs/scaling.md.
type libraryArts struct {
	given  []*Article // as given, never written; newestFirstOrder reads them meanwhile
	now    []*Article // given, with the copies in their places; nil until the first copy
	l      *Library   // whose indexes (bySlug, byID, byName) follow the copies
	copies int
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
	s.copies++
	s.l.repoint(a, c)
	return c
}

// repoint puts c in l's indexes where they hold a.
func (l *Library) repoint(a, c *Article) {
	if l.bySlug[a.Slug] == a {
		l.bySlug[a.Slug] = c
	}
	if l.byID[a.ID] == a {
		l.byID[a.ID] = c
	}
	for i, b := range l.byName[a.Name] {
		if b == a {
			l.byName[a.Name][i] = c
		}
	}
}
