package picture

import (
	"net/url"
	"path/filepath"
	"strings"
)

// siteFolders are where a site-root address (/images/x.png) is looked
// for in each folder: as Hugo, Jekyll and Astro serve them.
var siteFolders = []string{"", "static", "public", "assets"}

// siteLevels is how many folders up from the article a site-root
// address is looked for.
const siteLevels = 6

// Locate is the file a local picture's address names, for an article in
// folder dir: relative to dir (a page bundle's pictures lie beside its
// index.md), or, for a site-root address (/images/x.png), in dir or a
// folder above it, or their static/, public/ or assets/ folder. "" when
// there is no such file, and always for a nil cache.
//
// Only names inside the cache's folders are looked at, through its
// os.Root: the guesses for a site-root address stop at the folder, and
// no path outside it is opened or even stat'ed (which would tell
// whether it exists). An address that itself names a place outside the
// folders (one climbing out with ../, or a link inside leading out) is
// given back unlooked-at, so that Draw says why it is not shown.
func (c *Cache) Locate(dir, src string) string {
	if c == nil || dir == "" {
		return ""
	}
	if u, err := url.PathUnescape(src); err == nil {
		src = u
	}
	src, _, _ = strings.Cut(src, "#")
	src, _, _ = strings.Cut(src, "?")
	if !strings.HasPrefix(src, "/") {
		f := filepath.Join(dir, filepath.FromSlash(src))
		if found, outside := c.isFile(f); found || outside {
			return f
		}
		return ""
	}
	rel := filepath.FromSlash(strings.TrimLeft(src, "/"))
	for range siteLevels {
		if _, _, err := c.open(dir); err != nil {
			break // above the folder: not looked at
		}
		for _, sub := range siteFolders {
			if f := filepath.Join(dir, sub, rel); c.has(f) {
				return f
			}
		}
		up := filepath.Dir(dir)
		if up == dir {
			break
		}
		dir = up
	}
	return ""
}

// has reports a regular file at path, inside the folders.
func (c *Cache) has(path string) bool {
	found, _ := c.isFile(path)
	return found
}

// isFile reports whether path is a regular file inside the cache's
// folders, or is outside them (then it is not looked at) or reached by
// a link leading out of them.
func (c *Cache) isFile(path string) (found, outside bool) {
	fs, name, err := c.open(path)
	if err != nil {
		return false, true
	}
	st, err := stat(fs, name)
	if err != nil {
		return false, isEscape(err)
	}
	return st.Mode().IsRegular(), false
}
