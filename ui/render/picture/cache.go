package picture

import (
	"errors"
	stdimage "image"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
)

// Cache keeps drawn pictures by file, size and way of drawing, so a
// picture is decoded and scaled once however often its article is
// rendered or refers to it, and confines them to folders (NewCache). It
// is safe for concurrent use: a picture asked for by several renders at
// once is decoded by one while the others wait, and one picture is
// decoded at a time, so parallel renders never hold several large
// decoded images together.
//
// The zero value keeps pictures but confines nothing: for tests and
// tools; folio's commands and reader use NewCache.
type Cache struct {
	mu       sync.Mutex
	items    map[cacheKey]*cached
	roots    []root        // set by NewCache: only files inside one are read
	confined bool          // NewCache made it: a file outside every root is not read
	decoding chan struct{} // held while a picture is decoded
}

// root is a folder pictures may be read from: its absolute path, for
// the lexical check, and the folder opened as an os.Root, which refuses
// a name that climbs out of it through a link.
type root struct {
	dir string
	fs  *os.Root
}

type cacheKey struct {
	path             string
	size             int64
	mtime            time.Time
	cols, rows, mode int
	profile          int
}

// cached is a drawing done or under way: done closes when lines and err
// are set.
type cached struct {
	done  chan struct{}
	lines []string
	err   error
}

// maxCached pictures are kept; past it the cache starts again.
const maxCached = 128

// NewCache returns a cache that reads pictures only from inside folders
// — the library's folders, and the folder of each article file read on
// its own: a picture path that is absolute, or climbs with ../ or through
// a link, out of all of them is never opened; Draw notes it in place of
// the picture. With no folders, no local picture is read. A folder that
// cannot be opened, or "", is left out.
func NewCache(folders ...string) *Cache {
	c := &Cache{confined: true}
	for _, f := range folders {
		if f == "" {
			continue // not the working folder
		}
		abs, err := filepath.Abs(f)
		if err != nil {
			continue
		}
		r, err := os.OpenRoot(abs)
		if err != nil {
			continue
		}
		c.roots = append(c.roots, root{dir: abs, fs: r})
	}
	return c
}

// Close releases the folders NewCache opened.
func (c *Cache) Close() {
	if c == nil {
		return
	}
	for _, r := range c.roots {
		r.fs.Close()
	}
}

// errOutside: the picture lies outside every folder of a NewCache.
var errOutside = errors.New("outside the library's folders")

// open finds the folder path lies in, lexically, and returns the file's
// name in it; fs is nil for an unconfined cache.
func (c *Cache) open(path string) (fs *os.Root, name string, err error) {
	if c == nil || !c.confined {
		return nil, path, nil
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, "", err
	}
	for _, r := range c.roots {
		rel, err := filepath.Rel(r.dir, abs)
		if err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && !filepath.IsAbs(rel) {
			return r.fs, rel, nil
		}
	}
	return nil, "", errOutside
}

// Draw returns the lines that draw the picture at path within cols×rows
// cells in the given way, from the cache when it has them. Draw is
// given the decoded picture and returns the lines. A picture folio
// refuses to read — outside the cache's folders, larger than
// MaxFileSize or maxPixels — comes back as one line saying so, in place
// of the picture, and no error; any other failure (no such file, not a
// picture) is an error.
func (c *Cache) Draw(path string, cols, rows, mode, profile int, draw func(img stdimage.Image) ([]string, error)) ([]string, error) {
	fs, name, err := c.open(path)
	if err != nil {
		return refusal(path, err, cols)
	}
	st, err := stat(fs, name)
	if err != nil {
		return refusal(path, err, cols)
	}
	key := cacheKey{path, st.Size(), st.ModTime(), cols, rows, mode, profile}
	if c == nil {
		return drawFile(fs, name, path, cols, draw)
	}
	c.mu.Lock()
	if e, ok := c.items[key]; ok {
		c.mu.Unlock()
		<-e.done
		return e.lines, e.err
	}
	if c.items == nil || len(c.items) >= maxCached {
		c.items = map[cacheKey]*cached{}
	}
	if c.decoding == nil {
		c.decoding = make(chan struct{}, 1)
	}
	e := &cached{done: make(chan struct{})}
	c.items[key] = e
	c.mu.Unlock()

	c.decoding <- struct{}{}
	e.lines, e.err = drawFile(fs, name, path, cols, draw)
	<-c.decoding
	close(e.done)
	return e.lines, e.err
}

// drawFile decodes the file and draws it, or says why it is refused.
func drawFile(fs *os.Root, name, path string, cols int, draw func(img stdimage.Image) ([]string, error)) ([]string, error) {
	img, err := load(fs, name, path)
	if err != nil {
		return refusal(path, err, cols)
	}
	return draw(img)
}

// refusal is the note Draw gives for a picture refused by a limit of
// folio's, or the error itself for any other.
func refusal(path string, err error, cols int) ([]string, error) {
	var why string
	var tl *TooLargeError
	switch {
	case errors.Is(err, errOutside):
		why = "outside the library's folders"
	case errors.As(err, &tl):
		why = tl.Why
	case isEscape(err):
		why = "a link out of the library's folders"
	default:
		return nil, err
	}
	note := []rune("(" + filepath.Base(path) + " not shown: " + why + ")")
	if len(note) > cols {
		note = append(note[:max(cols-1, 0)], '…')
	}
	return []string{"  " + string(note)}, nil
}

// isEscape reports os.Root's refusal of a name that leaves it.
func isEscape(err error) bool {
	return err != nil && strings.Contains(err.Error(), "path escapes from parent")
}

func stat(fs *os.Root, name string) (os.FileInfo, error) {
	if fs == nil {
		return os.Stat(name)
	}
	return fs.Stat(name)
}

// Folder is the folder an article's pictures are confined to: the
// longest of the library's folders that holds the article's path (as
// library.Article.Path gives it: the folder as named, then the file's
// path in it), else, for an article read from a file on its own, that
// file's folder; "" for one read from no file (standard input, the
// web, the bundled articles).
func Folder(articlePath string, folders []string) string {
	best := ""
	clean := filepath.Clean(articlePath)
	for _, f := range folders {
		f = filepath.Clean(f)
		if strings.HasPrefix(clean, f+string(filepath.Separator)) && len(f) > len(best) {
			best = f
		}
	}
	if best != "" {
		return best
	}
	if st, err := os.Stat(articlePath); err == nil && st.Mode().IsRegular() {
		return filepath.Dir(articlePath)
	}
	return ""
}
