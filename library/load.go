package library

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// Source is one place articles are loaded from.
type Source struct {
	FS   fs.FS
	Name string // prefix shown before each file's path, e.g. the --dir argument; "" for none
	dir  string // the folder FS reads, when DirSource made it
}

// Options change what Load keeps, and where it keeps its index cache.
type Options struct {
	Drafts bool // keep articles marked draft: true

	// CacheDir, when not empty, is the folder Load keeps an index cache
	// in (DefaultCacheDir is folio's): for each folder source made by
	// DirSource, every file's parsed article, keyed by its path, size,
	// modification time, inode and change time. The next Load of the
	// folder parses only the files changed or added since, and drops the
	// ones removed. An index that cannot be read, is damaged or was
	// written by another build (told by a hash of the executable) is
	// rebuilt; one that cannot be written is left alone. A CacheDir
	// inside a source folder is not used for it: Load never writes there.
	// See docs/architecture-library.md.
	CacheDir string

	// Summaries loads only what a list of articles shows: every field
	// but Body, FAQs, Links and Contents, which are left empty. From an
	// index cache it reads the summaries only, not the texts: about a
	// quarter of the bytes.
	Summaries bool
}

// Extensions are the file name endings Load reads as articles.
var Extensions = []string{".md", ".markdown", ".mdx", ".txt"}

// MaxFileSize is the largest file Load reads; larger ones are reported.
const MaxFileSize = 8 << 20

// DirSource checks that dir is a readable folder and returns it as a Source.
func DirSource(dir string) (Source, error) {
	info, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Source{}, fmt.Errorf("%s: no such folder", dir)
		}
		return Source{}, fmt.Errorf("%s: %v", dir, unwrapPath(err))
	}
	if !info.IsDir() {
		return Source{}, fmt.Errorf("%s: not a folder", dir)
	}
	return Source{FS: os.DirFS(dir), Name: dir, dir: dir}, nil
}

// osDir returns the folder the source reads when it is still the one
// DirSource made, so that its files may be read, and cached, by path.
func (s Source) osDir() (string, bool) {
	return s.dir, s.dir != "" && s.FS == os.DirFS(s.dir)
}

// Load reads every article of every source, in parallel. A file that
// cannot be read or parsed is recorded in Problems and never stops the
// others. A folder given twice (by its real path), or inside another
// folder given, is read once, and a problem says so.
func Load(opts Options, sources ...Source) *Library { return load(opts, nil, sources...) }

// load is Load, passing each article to seen, when not nil, as soon as
// it is read (see LoadStream).
func load(opts Options, seen func(*Article), sources ...Source) *Library {
	start := time.Now()
	var wg sync.WaitGroup
	next := make(chan *loadJob, 64)
	for range max(4, 2*runtime.GOMAXPROCS(0)) {
		wg.Go(func() {
			// Summaries handed out as they load are kept; others are
			// read back from the new index (load_restore.go).
			w := newLoadWorker(opts.Summaries, seen == nil)
			for j := range next {
				w.load(j)
				if seen != nil && j.article != nil {
					seen(j.article)
				}
			}
		})
	}

	// Walk while the workers read what the walk has found so far.
	var jobs []*loadJob
	var caches []*sourceCache
	sources, walkProblems := distinctSources(sources)
	for _, src := range sources {
		bundles := pageBundles{}
		dir, ok := src.osDir()
		if !ok {
			dir = ""
		}
		var cache *sourceCache
		if dir != "" {
			if cache = openSourceCache(opts.CacheDir, dir, src.Name, start, opts.Summaries); cache != nil {
				caches = append(caches, cache)
			}
		}
		sl := &sourceLoad{src: src, origin: &origin{fsys: src.FS, dir: dir}, dir: dir, cache: cache, joinsNames: joinsNames(src.Name)}
		if dir != "" {
			sl.folders = newFolders(dir)
			defer sl.folders.close()
		}
		err := fs.WalkDir(src.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				walkProblems = append(walkProblems, Problem{Path: displayPath(src, p), Message: unwrapPath(err).Error()})
				if d != nil && d.IsDir() && p != "." {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != "." && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir // .git, .obsidian and the like
				}
				if sl.folders != nil {
					sl.folders.enter(p)
				}
				return nil
			}
			if isArticleFile(p) && !bundles.resource(src.FS, p) {
				if why := unreadable(src.FS, p, d); why != "" {
					walkProblems = append(walkProblems, Problem{Path: displayPath(src, p), Message: why})
					return nil
				}
				j := &loadJob{sourceLoad: sl, path: p, seq: int32(sl.files)}
				sl.files++
				jobs = append(jobs, j)
				next <- j
			}
			return nil
		})
		if err != nil {
			walkProblems = append(walkProblems, Problem{Path: src.Name, Message: err.Error()})
		}
	}
	close(next)
	wg.Wait()

	// Indexes are finished while the library is put together: newLibrary
	// writes no article it is given (libraryArts). Then the summaries'
	// texts are looked for in the new index.
	//
	// With one folder indexed, the library's order is kept beside its
	// index when putting the library together shared no name (with the
	// names and tags of the few articles it changed), and the next load
	// of that index, unchanged, puts the articles in it (index_order.go).
	var l *Library
	var order orderInput       // the one folder's articles and the others', before newLibrary changes any
	var unchanged *sourceCache // the one folder's index, holding every file as it is
	for _, c := range caches {
		if c.finish() {
			defer func() {
				<-c.written
				if len(caches) == 1 && c.wrote != nil {
					// Each job written is told its entry (the writer is
					// done with the rows of the old index).
					for i, j := range c.wroteJobs {
						j.row, j.inNew = c.wrote[i].n, true
					}
					entryOf := func(j *loadJob) (int32, bool) { return j.row, j.inNew }
					order.saveOrder(l, entryOf, c.generation, len(c.wrote))
				}
				c.rebind(seen != nil)
			}()
		} else if len(caches) == 1 && c.index != nil {
			unchanged = c
		}
		if p, ok := c.problem(); ok {
			walkProblems = append(walkProblems, p)
		}
	}
	var stats loadStats
	stats.readBack, stats.parsedAgain = readBack(jobs)
	arts := make([]*Article, 0, len(jobs))
	problems := walkProblems
	for _, j := range jobs {
		if j.cached {
			stats.cached++
		} else {
			stats.parsed++
		}
		r := j.result()
		if r.err != nil || len(r.warnings) > 0 { // the name made only then: this loop is on one core
			name := displayPath(j.src, j.path)
			if r.err != nil {
				problems = append(problems, Problem{Path: name, Message: r.err.Error()})
			}
			for _, w := range r.warnings {
				problems = append(problems, Problem{Path: name, Message: w, Kept: true})
			}
		}
		if r.article != nil && (opts.Drafts || !r.article.Draft) {
			arts = append(arts, r.article)
		}
	}
	if len(caches) == 1 {
		order = newOrderInput(jobs, caches[0], opts.Drafts)
	}
	if unchanged != nil {
		if l = order.orderedLibrary(len(arts), problems); l != nil {
			stats.ordered = true
		} else {
			l = newLibrary(arts, problems, seen != nil)
			entryOf := func(j *loadJob) (int32, bool) { return j.row, j.cached }
			order.saveOrder(l, entryOf, unchanged.index.generation, unchanged.entries)
		}
	} else {
		l = newLibrary(arts, problems, seen != nil)
	}
	l.stats = stats
	return l
}

// loadStats counts how a Load got its articles, for tests.
type loadStats struct {
	parsed, cached int
	ordered        bool // put in the order kept beside the index (index_order.go)
	// Of those parsed, the summaries read back from the new index, and
	// those parsed again when it did not hold them (load_restore.go).
	readBack, parsedAgain int
}

// pageBundles remembers which folders of a source are page bundles: a
// folder with an index.md (or .markdown, .mdx) is one article, and the
// other files in it are its resources — a .txt there is a transcript or
// a licence, not an article. Folders are looked at only when a .txt is
// found in them, so a library of bundles pays nothing for it.
type pageBundles map[string]bool

func (b pageBundles) resource(fsys fs.FS, p string) bool {
	if !strings.EqualFold(path.Ext(p), ".txt") {
		return false
	}
	dir := path.Dir(p)
	isBundle, known := b[dir]
	if !known {
		for _, ext := range []string{".md", ".markdown", ".mdx"} {
			if _, err := fs.Stat(fsys, path.Join(dir, "index"+ext)); err == nil {
				isBundle = true
				break
			}
		}
		b[dir] = isBundle
	}
	return isBundle
}

func isArticleFile(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func displayPath(src Source, p string) string {
	if src.Name == "" {
		return p
	}
	if p == "." {
		return src.Name
	}
	if joinsNames(src.Name) && fs.ValidPath(p) {
		return src.Name + "/" + p
	}
	return filepath.Join(src.Name, filepath.FromSlash(p))
}

// joinsNames reports whether the name of a file of a source named name,
// at a path as a walk gives it, is name, a slash and the path. Join
// cleans what it joins, most of its cost for each of a large library's
// files; a clean name and a path as a walk gives it, joined by a slash,
// are clean already.
func joinsNames(name string) bool {
	return filepath.Separator == '/' && name != "" && name != "/" && name != "." && filepath.Clean(name) == name
}

// unwrapPath drops the "open x:" wrapping of a *fs.PathError: the
// Problem already names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrPermission) {
			return errors.New("permission denied")
		}
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("file disappeared before it could be read")
		}
		return pe.Err
	}
	return err
}
