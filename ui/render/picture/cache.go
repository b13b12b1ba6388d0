package picture

import (
	stdimage "image"
	"os"
	"sync"
	"time"
)

// Cache keeps drawn pictures by file, size and way of drawing, so a
// picture is decoded and scaled once however often its article is
// rendered. It is safe for concurrent use; the zero value is ready.
type Cache struct {
	mu    sync.Mutex
	items map[cacheKey][]string
}

type cacheKey struct {
	path             string
	size             int64
	mtime            time.Time
	cols, rows, mode int
	profile          int
}

// maxCached pictures are kept; past it the cache starts again.
const maxCached = 128

// Draw returns the lines that draw the picture at path within cols×rows
// cells in the given way, from the cache when it has them. Draw is
// given the decoded picture and returns the lines.
func (c *Cache) Draw(path string, cols, rows, mode, profile int, draw func(img stdimage.Image) ([]string, error)) ([]string, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	key := cacheKey{path, st.Size(), st.ModTime(), cols, rows, mode, profile}
	if c != nil {
		c.mu.Lock()
		lines, ok := c.items[key]
		c.mu.Unlock()
		if ok {
			return lines, nil
		}
	}
	img, err := Load(path)
	if err != nil {
		return nil, err
	}
	lines, err := draw(img)
	if err != nil || c == nil {
		return lines, err
	}
	c.mu.Lock()
	if c.items == nil || len(c.items) >= maxCached {
		c.items = map[cacheKey][]string{}
	}
	c.items[key] = lines
	c.mu.Unlock()
	return lines, nil
}
