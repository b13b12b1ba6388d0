// Package state keeps folio's own memory between runs: where the reader was
// in each article, which articles were read or bookmarked, and app-wide
// choices such as the last screen and the sort order.
//
// It is the only part of folio that writes to disk, and it writes only next
// to its own file: the state file itself, a lock file beside it, short-lived
// temporary files while saving, and set-aside copies of a corrupt file. It
// never opens article files or article folders.
package state

import (
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Version is the schema version written to, and required from, the state
// file. A file with any other version is set aside rather than misread.
const Version = 1

// Position is where the reader was in an article, expressed relative to a
// heading instead of a screen line, so that it still means the same place
// after the terminal is resized or the article is re-rendered at another
// width. Readers should try Anchor, then Heading, then Index, in that order,
// because the anchor is the most stable handle and the index the least.
type Position struct {
	// Anchor is the id of the heading the reader was in (e.g. "why-go").
	Anchor string `json:"anchor,omitempty"`
	// Heading is the heading's text, a fallback if its anchor changed.
	Heading string `json:"heading,omitempty"`
	// Index is the heading's 0-based index among the article's headings,
	// the last resort if both anchor and text changed.
	Index int `json:"index"`
	// Offset is how many rendered lines below the heading the top of the
	// view was. It is approximate after a width change; clamp it to the
	// section's length when restoring.
	Offset int `json:"offset"`
}

// Article is what folio remembers about one article.
type Article struct {
	// Slug and Path identify the article; see Key.
	Slug string `json:"slug"`
	Path string `json:"path,omitempty"`
	// Position is nil until the article has been read past its start.
	Position   *Position `json:"position,omitempty"`
	Read       bool      `json:"read,omitempty"`
	Bookmarked bool      `json:"bookmarked,omitempty"`
	// Opened is when the article was last opened.
	Opened time.Time `json:"opened,omitzero"`
	// Updated is when this entry last changed; Put sets it.
	Updated time.Time `json:"updated,omitzero"`

	unknown unknown // members of the entry this folio does not know, kept on save
}

// State is the whole state file. Values returned by this package are the
// caller's own copies; changing them changes nothing on disk until they are
// changed inside Store.Update.
type State struct {
	Version int `json:"version"`
	// Articles is keyed by Key(slug, path).
	Articles map[string]Article `json:"articles"`
	// LastScreen is the screen folio was on when it last saved, so the
	// next run can start there. Its values belong to the UI.
	LastScreen string `json:"last_screen,omitempty"`
	// Sort is the list sort order the user chose (e.g. "date", "title").
	Sort string `json:"sort,omitempty"`
	// Updated is when the file was last written; Store.Update sets it.
	Updated time.Time `json:"updated,omitzero"`

	unknown unknown    // members of the file this folio does not know, kept on save
	paths   *pathIndex // Articles' keys by path, built when first needed
}

// Key returns the Articles map key for an article. The slug alone is not
// enough, because two folders can each hold an article with the same slug,
// so the cleaned path is appended when it is known; an address (a URL)
// is appended as it is, as cleaning would make http://host/ http:/host.
// Pass the same kind of path (preferably absolute) every time, or the
// entry will not be found.
func Key(slug, path string) string {
	if path == "" {
		return slug
	}
	return slug + "\t" + cleanPath(path)
}

// cleanPath is a file's path made canonical for a key; an address (a URL
// read as an article) is kept as it is: cleaning would make "http://x"
// "http:/x".
func cleanPath(path string) string {
	if strings.Contains(path, "://") {
		return path
	}
	return filepath.Clean(path)
}

// Get returns what is remembered about the article, and whether anything
// is. An entry saved under another slug for the same path is the same
// article's (a slug changes when another article comes to share its
// name): it is found too.
func (s State) Get(slug, path string) (Article, bool) {
	if a, ok := s.Articles[Key(slug, path)]; ok {
		return a, true
	}
	if k, ok := s.keyOfPath(path); ok {
		return s.Articles[k], true
	}
	return Article{}, false
}

// keyOfPath finds the key of an entry saved for path under any slug.
func (s State) keyOfPath(path string) (string, bool) {
	if path == "" {
		return "", false
	}
	path = cleanPath(path)
	if s.paths == nil { // a State made by hand: look at every entry
		for k, a := range s.Articles {
			if a.Path != "" && cleanPath(a.Path) == path {
				return k, true
			}
		}
		return "", false
	}
	return s.paths.key(s.Articles, path)
}

// Put stores a under Key(a.Slug, a.Path) and stamps its Updated time.
func (s *State) Put(a Article) {
	if s.Articles == nil {
		s.Articles = make(map[string]Article)
	}
	a.Updated = now()
	s.Articles[Key(a.Slug, a.Path)] = a
	s.paths = new(pathIndex)
}

// Edit applies fn to the article's entry (a zero entry if there is none yet)
// and stores the result. It is the convenient way to change one field inside
// Store.Update without disturbing what another process saved meanwhile. An
// entry found under another slug for the same path moves to this one.
func (s *State) Edit(slug, path string, fn func(*Article)) {
	a, _ := s.Get(slug, path)
	if k, ok := s.keyOfPath(path); ok && k != Key(slug, path) {
		if _, exact := s.Articles[Key(slug, path)]; !exact {
			delete(s.Articles, k)
		}
	}
	fn(&a)
	a.Slug, a.Path = slug, path
	s.Put(a)
}

// pathIndex is the keys of a state's entries by their cleaned path, built
// once when a path is first looked up: folio asks for every article of
// the library at startup.
type pathIndex struct {
	once  sync.Once
	byKey map[string]string
}

func (p *pathIndex) key(articles map[string]Article, path string) (string, bool) {
	p.once.Do(func() {
		p.byKey = make(map[string]string, len(articles))
		for k, a := range articles {
			if a.Path != "" {
				p.byKey[cleanPath(a.Path)] = k
			}
		}
	})
	k, ok := p.byKey[path]
	return k, ok
}

// clone returns a deep copy, so that the in-memory state a Store keeps is
// never shared with a caller.
func (s State) clone() State {
	c := s
	c.paths = new(pathIndex)
	c.Articles = make(map[string]Article, len(s.Articles))
	for k, a := range s.Articles {
		if a.Position != nil {
			p := *a.Position
			a.Position = &p
		}
		c.Articles[k] = a
	}
	return c
}

func empty() State {
	return State{Version: Version, Articles: map[string]Article{}, paths: new(pathIndex)}
}

// now is a variable so tests can pin time.
var now = time.Now
