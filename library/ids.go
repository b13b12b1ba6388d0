package library

import (
	"fmt"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// Every article has a stable ID, its path in its library folder without
// the extension ("en/guides/islands"; a page bundle's folder for its
// index.md), and a name: its frontmatter slug or its file name's. Many
// articles may share a name (a site's translations, a docs site's
// versions): that is no problem. Its Slug, the name folio lists and
// takes for it, is its name when no other article has it, else its ID.
// A name several articles share names none of them: Find says which it
// could be. A link inside an article to such a name goes to the one
// nearest it in the folder tree (ResolveFrom).

// articleID is the ID of the file at p, a slash path in its source.
func articleID(p string) string {
	p = strings.TrimSuffix(p, path.Ext(p))
	if base := path.Base(p); (base == "index" || base == "_index") && path.Dir(p) != "." {
		p = path.Dir(p)
	}
	return p
}

// assignNames gives every article its name and a unique ID, and then its
// slug, and indexes the names several share. Articles come sorted by
// path. An article whose name, ID or slug changes is a copy
// (libraryArts). The slugs and IDs are looked up in maps made when
// first asked (lookups); the IDs' map here is let go.
func (l *Library) assignNames(s *libraryArts) {
	n := len(s.given)
	roots := idRoots(s.given)
	byID := make(map[string]*Article, n)
	l.byName = map[string][]*Article{}
	first := make(map[string]int32, n) // each name's first article
	shared := make([]bool, n)          // its name is another's too
	for i := range n {
		a := s.at(i)
		name, id := a.Name, a.ID
		if name == "" {
			name = a.Slug // as parsed: New was not given it before
		}
		if id == "" {
			id = idUnder(roots, a.Path)
		}
		if _, taken := byID[id]; taken { // the same path in two folders
			base := articleID(filepath.ToSlash(a.Path))
			id = base
			for n := 2; byID[id] != nil; n++ {
				id = fmt.Sprintf("%s-%d", base, n)
			}
		}
		if name != a.Name || id != a.ID {
			a = s.own(i)
			a.Name, a.ID = name, id
		}
		byID[id] = a
		if f, ok := first[name]; ok {
			if !shared[f] {
				l.byName[name] = []*Article{s.at(int(f))}
			}
			shared[f], shared[i] = true, true
			l.byName[name] = append(l.byName[name], a)
		} else {
			first[name] = int32(i)
		}
	}
	for i := range n {
		a := s.at(i)
		slug := a.Name
		if shared[i] {
			slug = a.ID
		}
		// A name may be another article's ID ("guides" the name of one,
		// the path of another): the one whose name it is takes its ID
		// instead.
		if b, ok := byID[slug]; ok && b != a {
			slug = a.ID
		}
		if slug != a.Slug {
			a = s.own(i)
			a.Slug = slug
		}
	}
}

// idRoots are the folders the articles with an ID were loaded from, as
// their paths show them: an article added later (an edited or a new
// file) takes its ID relative to the one that holds it.
func idRoots(arts []*Article) []string {
	var roots []string
	missing := false
	for _, a := range arts {
		if a.ID == "" {
			missing = true
			continue
		}
		p := strings.TrimSuffix(filepath.ToSlash(a.Path), path.Ext(a.Path))
		if !strings.HasSuffix(p, a.ID) {
			p = path.Dir(p) // a page bundle's index
		}
		if root, ok := strings.CutSuffix(p, a.ID); ok && !slices.Contains(roots, root) {
			roots = append(roots, root)
		}
	}
	if !missing {
		return nil
	}
	slices.SortFunc(roots, func(a, b string) int { return len(b) - len(a) }) // longest first
	return roots
}

// idUnder is the ID of the file at p (a path as shown) under the first
// of roots that holds it, else of its whole path.
func idUnder(roots []string, p string) string {
	s := filepath.ToSlash(p)
	for _, r := range roots {
		if rest, ok := strings.CutPrefix(s, r); ok && rest != "" && (r == "" || strings.HasSuffix(r, "/")) {
			return articleID(rest)
		}
	}
	return articleID(strings.TrimPrefix(path.Clean(s), "/"))
}

// AmbiguousError is the error for a name several articles share.
type AmbiguousError struct {
	Name string
	IDs  []string // every article's ID, sorted
}

func (e *AmbiguousError) Error() string {
	return fmt.Sprintf("%q names %d articles: %s; give one's path", e.Name, len(e.IDs), strings.Join(e.IDs, ", "))
}

// Find returns the article a name given by a person names: its slug, its
// ID (with or without its file's extension), or a name only it has. A
// name several articles share is an *AmbiguousError listing them; one
// no article has is nil and no error.
func (l *Library) Find(name string) (*Article, error) {
	bySlug, byID := l.lookups()
	if a, ok := bySlug[name]; ok {
		return a, nil
	}
	id := strings.TrimSuffix(filepath.ToSlash(name), "/")
	if a, ok := byID[id]; ok {
		return a, nil
	}
	if isArticleFile(id) {
		if a, ok := byID[articleID(id)]; ok {
			return a, nil
		}
	}
	if c := l.byName[name]; len(c) > 1 {
		ids := make([]string, len(c))
		for i, a := range c {
			ids[i] = a.ID
		}
		slices.Sort(ids)
		return nil, &AmbiguousError{Name: name, IDs: ids}
	}
	return nil, nil
}

// ResolveFrom returns the article a link inside from names by name (an
// Obsidian [[Note]], the last part of a site path): its slug or ID, else
// the articles of that name (or whose name is its slug), the one nearest
// from in the folder tree first; nil when there is none.
func (l *Library) ResolveFrom(from *Article, name string) *Article {
	a, err := l.Find(name)
	if a == nil && err == nil { // no article by that slug, ID or name: as a file names it
		name = slugify(name)
		a, err = l.Find(name)
	}
	if a != nil || err == nil {
		return a
	}
	best, dist := (*Article)(nil), -1
	for _, c := range l.byName[name] {
		d := 0
		if from != nil {
			d = treeDistance(from.ID, c.ID)
		}
		if dist < 0 || d < dist {
			best, dist = c, d
		}
	}
	return best
}

// treeDistance is how many folders apart two IDs' folders are: up from
// one to the folder they share, then down to the other.
func treeDistance(a, b string) int {
	pa, pb := strings.Split(path.Dir(a), "/"), strings.Split(path.Dir(b), "/")
	n := 0
	for n < len(pa) && n < len(pb) && pa[n] == pb[n] {
		n++
	}
	return len(pa) - n + len(pb) - n
}
