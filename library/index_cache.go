package library

import (
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/adrg/xdg"
	"github.com/folio-reader/folio/internal/safefile"
)

// The index cache keeps, for each folder source, what Parse made of each
// of its files, so that the next Load of the folder parses only the files
// whose key (fileKey: size, modification time, inode, change time)
// changed, and the ones added since. The layout of an index is described
// in index_file.go, the fields of an entry in index_fields.go, the build
// check in index_build.go.
//
// An index is written to a temporary file in the cache folder
// (index_temp.go), synced and renamed over the old one, so a reader finds
// the old index or the new one, whole; when two processes write at once,
// the last rename wins. An index whose header, checksum, build or folder
// does not match is not used, and is replaced.

// racyWindow: a file changed this recently may change again within the
// resolution of its file system's timestamps without its modification
// time changing, so it is parsed again next time rather than cached.
const racyWindow = 2 * time.Second

// DefaultCacheDir is the folder folio keeps its index cache in: folio/index
// in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache, on Linux;
// ~/Library/Caches on macOS; %LOCALAPPDATA% on Windows).
func DefaultCacheDir() string { return filepath.Join(xdg.CacheHome, "folio", "index") }

// sourceCache is the index of one folder source during a Load.
type sourceCache struct {
	file  string // the index file
	build string // the build reading and writing it (buildID), set before ready closes; "" for none: no index then
	dir   string // the folder, absolute
	name  string // the source's Name, which decides paths and some slugs
	start time.Time
	ready chan struct{}
	index *index        // nil when there was none to use; set before ready closes
	swept chan struct{} // closed once old temporary files are removed

	// refused says why the file at the index's path is not folio's (a
	// link, a pipe, a folder…: safefile.CheckOwn); it is then neither
	// read nor replaced, and the load reports it. Set before ready closes.
	refused error

	// summaries: the load needs no texts (Options.Summaries), so entries
	// are restored without them, and their pages are not read.
	summaries bool

	// A new index is written while the files are parsed, from the first
	// one parsed: the workers hand each file they finish to the writer.
	mu      sync.Mutex
	done    []*loadJob    // the source's files, in the order finished
	writing bool          // the writer was started
	wake    chan struct{} // more files are done
	loaded  chan struct{} // every file is done
	written chan struct{} // the writer has finished

	// What the writer put in the new index, set before written closes:
	// the jobs it wrote, in order, and where their entries went; nil
	// when no index was written.
	wroteJobs  []*loadJob
	wrote      []written
	generation uint64

	entries int // the entries of the index read, counted before its table is let go

	// A load of summaries leaves out the summaries of the files the new
	// index holds, and reads them back from it (load_restore.go).
	fresh     *freshIndex   // the new index, once written whole; nil if it was not
	wholeDone chan struct{} // closed once fresh is set, or will not be
	wholeOnce sync.Once
	cannot    atomic.Bool // the writer cannot write the new index: leave no summary out
}

// indexFileOf is where the index of the folder dir loaded under name is
// kept in cacheDir, and the two folders made absolute; not ok when the
// folder is not to be cached: cacheDir is empty or inside the folder.
func indexFileOf(cacheDir, dir, name string) (file, absCache, absDir string, ok bool) {
	if cacheDir == "" {
		return "", "", "", false
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return "", "", "", false
	}
	absCache, err = filepath.Abs(cacheDir)
	if err != nil || within(realPath(absCache), realPath(absDir)) || within(absCache, absDir) {
		return "", "", "", false
	}
	h := fnv.New64a()
	h.Write([]byte(absDir + "\x00" + name))
	base := strings.Map(func(r rune) rune {
		if r < 0x80 && (isWordByte(byte(r)) || r == '-' || r == '.') {
			return r
		}
		return '_'
	}, filepath.Base(absDir))
	return filepath.Join(absCache, fmt.Sprintf("%.40s-%016x.idx", base, h.Sum64())), absCache, absDir, true
}

// IndexedBytes is the size of the index cache files a Load of sources
// with opts would read: 0 when there are none (a first load, or no
// CacheDir). A caller may size what it sets aside for the load by it.
func IndexedBytes(opts Options, sources ...Source) int64 {
	var n int64
	for _, src := range sources {
		dir, ok := src.osDir()
		if !ok {
			continue
		}
		if file, _, _, ok := indexFileOf(opts.CacheDir, dir, src.Name); ok {
			if info, err := os.Stat(file); err == nil && info.Mode().IsRegular() {
				n += info.Size()
			}
		}
	}
	return n
}

// openSourceCache starts reading the index of the folder dir in cacheDir,
// and returns nil when the folder is not to be cached: cacheDir is empty
// or inside the folder itself.
func openSourceCache(cacheDir, dir, name string, start time.Time, summaries bool) *sourceCache {
	file, absCache, absDir, ok := indexFileOf(cacheDir, dir, name)
	if !ok {
		return nil
	}
	c := &sourceCache{
		file:      file,
		dir:       absDir,
		name:      name,
		start:     start,
		ready:     make(chan struct{}),
		swept:     make(chan struct{}),
		summaries: summaries,
		wake:      make(chan struct{}, 1),
		loaded:    make(chan struct{}),
		written:   make(chan struct{}),
		wholeDone: make(chan struct{}),
	}
	go func() {
		// A build's first start hashes its executable (index_build.go):
		// here, while the folder is walked.
		if c.refused = safefile.CheckOwn(c.file); c.refused == nil {
			if c.build = buildID(absCache); c.build != "" {
				c.index, _ = readIndex(c.file, c.build, absDir, name, summaries)
			}
			if c.index != nil {
				c.done = make([]*loadJob, 0, len(c.index.rows)) // no worker takes a file before ready
			}
		}
		close(c.ready)
		sweepTemporaries(absCache, start) // while the files are read
		close(c.swept)
	}()
	return c
}

// stored reports whether the file of j goes in the new index: one read
// whole, and not so recently changed that a change to come might leave
// its size and time as they are.
func (c *sourceCache) stored(j *loadJob) bool {
	return j.stat && j.readErr() == nil && (j.cached || c.start.Sub(time.Unix(0, j.key.mtime)) >= racyWindow)
}

// finished takes a file a worker is done with; the first one parsed
// rather than restored starts the writer.
func (c *sourceCache) finished(j *loadJob) {
	c.mu.Lock()
	c.done = append(c.done, j)
	start := !c.writing && !j.cached && c.stored(j)
	c.writing = c.writing || start
	c.mu.Unlock()
	if start {
		go c.write()
	}
	select {
	case c.wake <- struct{}{}:
	default:
	}
}

// finish is called once every file is done: it starts the writer if the
// index must change though nothing was parsed (files were removed, or
// there was no index), and reports whether a writer runs.
func (c *sourceCache) finish() bool {
	<-c.ready
	<-c.swept
	c.mu.Lock()
	defer c.mu.Unlock()
	defer close(c.loaded)
	hits := 0
	for _, j := range c.done {
		if j.cached {
			hits++
		}
	}
	unchanged := c.index != nil && hits == len(c.index.rows)
	if c.index != nil {
		c.entries = len(c.index.rows)
		if unchanged && !c.writing {
			c.index.dropTable() // and no writer copies them
		}
	}
	if c.index != nil && hits == 0 {
		unmapFile(c.index.buf, c.index.file) // no article points into it
		c.index = nil
	}
	if !c.writing {
		if unchanged {
			return false
		}
		c.writing = true
		go c.write()
	}
	return true
}

// write writes the new index as files are done, and finishes it when
// the load is.
func (c *sourceCache) write() {
	defer close(c.written)
	defer c.writtenWhole(nil) // when it was not
	if c.build == "" || c.refused != nil {
		c.cannot.Store(true)
		return // the build is unknown (no index that another could take for its own), or the path is not folio's
	}
	w, err := newIndexWriter(c.file)
	if err != nil {
		c.cannot.Store(true)
		return // no index, then: the next load parses again
	}
	next := 0
	var jobs []*loadJob
	add := func() int {
		c.mu.Lock()
		batch := c.done[next:]
		next = len(c.done)
		c.mu.Unlock()
		for _, j := range batch {
			if c.stored(j) {
				w.add(j.indexFile())
				jobs = append(jobs, j)
				if w.err != nil || w.size() > maxIndexFile/4*3 {
					c.cannot.Store(true) // or it may grow past what is mapped
				}
			}
			if j.parts != nil {
				j.parts.release() // written: the text's buffer is used again
				j.parts = nil
			}
		}
		return len(batch)
	}
	for {
		if add() > 0 {
			continue
		}
		select {
		case <-c.wake:
		case <-c.loaded:
			add()
			whole := func(t *tempFile) {
				if len(jobs) == len(w.entries) {
					c.writtenWhole(mapFresh(t, c, jobs, w.entries))
				}
			}
			if w.finish(c.build, c.dir, c.name, whole) == nil && len(jobs) == len(w.entries) {
				c.wroteJobs, c.wrote, c.generation = jobs, w.entries, w.generation
			}
			return
		}
	}
}

// rebind points the summaries of the files the new index holds at their
// entries in it, once it is written: their texts are then read from it,
// and postings made from it name them. The index read back must be the
// one written (its generation): another process may have put its own
// in place since, and the summaries then keep reading their files.
//
// handedOut says the articles were handed out while they loaded
// (LoadStream) and may be read on other goroutines: each text's new
// place is then stored as a whole in its reference (textRef.moved),
// and no field of theirs, or of the reference, changes. The articles
// no one holds yet (Load) have their references' places rewritten, so
// code that reads a.text's fields directly sees them too.
func (c *sourceCache) rebind(handedOut bool) {
	if c.index != nil {
		c.index.dropTable() // the writer has copied them
	}
	if c.wrote == nil || !c.summaries {
		if f := c.fresh; f != nil && !f.used { // the index was not put in place, and no summary points into it
			unmapFile(f.idx.buf, f.idx.file)
			c.fresh = nil
		}
		return
	}
	idx := c.fresh.index() // mapped before it was synced, to read summaries back (load_restore.go)
	if idx == nil {
		buf, f, err := mapFile(c.file, false)
		if err != nil {
			return
		}
		if idx = c.headOf(buf, f); idx == nil {
			return
		}
		if idx.generation != c.generation {
			unmapFile(idx.buf, idx.file)
			return
		}
	}
	idx.path = c.file
	var places []textPlace
	if handedOut {
		places = make([]textPlace, len(c.wroteJobs))
	}
	for i, j := range c.wroteJobs {
		a := j.article
		if a == nil || a.text == nil {
			continue
		}
		e := c.wrote[i]
		at := indexEntry{n: e.n, faq: e.faq, text: e.text}
		if handedOut {
			places[i].bind(idx, at)
			a.text.moved.Store(&places[i])
		} else {
			a.text.bind(idx, at)
			a.text.moved.Store(nil)
		}
	}
	c.wroteJobs, c.wrote = nil, nil
}

// problem is the load's problem for an index path that is not folio's,
// or false.
func (c *sourceCache) problem() (Problem, bool) {
	if c.refused == nil {
		return Problem{}, false
	}
	why := c.refused
	var pe *fs.PathError
	if errors.As(why, &pe) {
		why = pe.Err
	}
	return Problem{Path: c.file, Message: why.Error() + "; the index cache is neither read nor replaced (remove it, and folio makes a new one)", Kept: true}, true
}

// within reports whether path is dir or inside it.
func within(path, dir string) bool {
	rel, err := filepath.Rel(dir, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

// realPath resolves the symbolic links of the longest part of p that
// exists.
func realPath(p string) string {
	rest := ""
	for {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return filepath.Join(r, rest)
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest)
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}
