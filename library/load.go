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
			w := &loadWorker{buf: make([]byte, smallFile), summaries: opts.Summaries}
			for j := range next {
				w.load(j)
				if seen != nil && j.res.article != nil {
					seen(j.res.article)
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
		sl := &sourceLoad{src: src, origin: &origin{fsys: src.FS, dir: dir}, dir: dir, cache: cache}
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
	// changes no field they hold but Slug, which they take from a copy.
	// Then the summaries' texts are looked for in the new index.
	for _, c := range caches {
		if c.finish() {
			defer func() {
				<-c.written
				c.rebind()
			}()
		}
		if p, ok := c.problem(); ok {
			walkProblems = append(walkProblems, p)
		}
	}
	var arts []*Article
	var stats loadStats
	problems := walkProblems
	for _, j := range jobs {
		name := displayPath(j.src, j.path)
		if j.cached {
			stats.cached++
		} else {
			stats.parsed++
		}
		r := j.res
		if j.readErr != nil {
			r.err = j.readErr
		}
		if r.err != nil {
			problems = append(problems, Problem{Path: name, Message: r.err.Error()})
		}
		for _, w := range r.warnings {
			problems = append(problems, Problem{Path: name, Message: w, Kept: true})
		}
		if r.article != nil && (opts.Drafts || !r.article.Draft) {
			arts = append(arts, r.article)
		}
	}
	l := newLibrary(arts, problems)
	l.stats = stats
	return l
}

// loadJob is one file to load, and what loading it gave. There is one a
// file, alive until the library is put together: it is kept small.
type loadJob struct {
	*sourceLoad
	path string
	seq  int32 // the file's place in its source's walk

	res     result
	readErr error // the file could not be read (never cached)
	stat    bool  // key is the file's, from before it was read
	key     fileKey
	cached  bool        // res was restored from the index,
	row     int32       // from this row of its table
	parts   *entryParts // the entry coded for the new index, when parsed
}

// sourceLoad is a source as its files are loaded.
type sourceLoad struct {
	src     Source
	origin  *origin      // the source, as its summaries' texts read it again
	dir     string       // the source's folder, when its files can be read by path
	cache   *sourceCache // the source's index, or nil
	folders *folders     // dir's folders, open, when dir is set
	files   int          // the files walked so far
}

// loadWorker reads and parses files, reusing its buffers.
type loadWorker struct {
	buf       []byte        // for reading small files
	files     arena         // for keeping them, or the summaries coded
	faqs      arena         // the outlines coded, until the new index holds them
	slabs     slabs         // for the slices of the articles restored from an index
	refs      slab[textRef] // for where the summaries' texts are
	restorer  coder         // decodes them, into slabs
	enc       entryEncoder  // codes index entries
	summaries bool          // keep only the summary of each article (Options.Summaries)
}

// decoder is the worker's coder for restoring articles into its slabs.
func (w *loadWorker) decoder() *coder {
	w.restorer.d.slabs = &w.slabs
	return &w.restorer
}

func (w *loadWorker) load(j *loadJob) {
	w.read(j)
	if a := j.res.article; a != nil {
		a.ID = articleID(j.path)
	}
	if !j.cached && j.readErr == nil && (j.cache != nil || w.summaries && j.res.article != nil) {
		// Coded here, on every core, for the index; a summary is then
		// the summary part read back, its strings in the coded bytes,
		// so the file's bytes and the whole article are not kept.
		var keep, keepFAQ *arena
		if w.summaries {
			keep, keepFAQ = &w.files, &w.faqs
		}
		slug := ""
		if j.res.article != nil {
			slug = j.res.article.Slug // as parsed: newLibrary may change it
		}
		j.parts = encodeEntry(j.res, slug, &w.enc, keep, keepFAQ, j.cache != nil)
		if w.summaries && j.res.article != nil {
			w.summarise(j)
		}
	}
	if j.cache == nil {
		j.parts = nil
	} else {
		j.cache.finished(j)
	}
}

// summarise puts the summary coded in j.parts in place of the article
// parsed, with where to read its text again: its file, until the new
// index holds it (sourceCache.rebind).
func (w *loadWorker) summarise(j *loadJob) {
	a, id := j.res.article, j.res.article.ID
	c := w.decoder()
	sl := c.slabs()
	*c = coder{dec: true, d: decoder{data: unsafeString(j.parts.summary), slabs: sl}}
	c.d.byte()
	c.d.strs()
	s := &sl.articles.make(1)[0]
	c.summaryFields(s)
	ref := &w.refs.make(1)[0]
	c.textFacts(&ref.facts)
	s.Path, s.ID, s.Slug = a.Path, id, a.Slug
	*ref = textRef{origin: j.origin, path: j.path, key: j.key, keyed: j.stat, facts: ref.facts,
		faq: unsafeString(j.parts.faq), faqCRC: j.parts.faqCRC}
	s.text = ref
	j.res.article = s
}

func (w *loadWorker) read(j *loadJob) {
	name := displayPath(j.src, j.path)
	if j.cache != nil {
		<-j.cache.ready
		if idx := j.cache.index; idx != nil {
			j.statPath()
			if e, ok := idx.entry(j.path, int(j.seq)); ok && j.stat && e.key == j.key {
				if r, ok := idx.restore(e, name, w.decoder(), j.cache.summaries); ok {
					j.res, j.cached, j.row = r, true, e.n
					if a := r.article; a != nil && j.cache.summaries {
						ref := &w.refs.make(1)[0]
						*ref = textRef{origin: j.origin, path: j.path, key: j.key, keyed: true}
						ref.bind(idx, e, r.facts)
						a.text = ref
					}
					return
				}
			}
		}
	}
	var data []byte
	ok := false
	if j.dir != "" {
		// The key is taken on the open file, for the index or to tell a
		// change when a summary's text is read again: no second walk of
		// the path.
		var st *fileStat
		if (j.cache != nil || w.summaries) && !j.stat {
			if fstatOpenFiles {
				st = new(fileStat)
			} else {
				j.statPath()
			}
		}
		if data, ok = j.folders.readSmall(j.path, w.buf, st); !ok {
			data, ok = readSmall(j.dir+"/"+j.path, w.buf, st)
		}
		if ok {
			if !w.summaries {
				data = w.files.copy(data) // the article's strings share it
			}
			if st != nil && st.ok {
				j.stat, j.key = true, st.key
			}
		}
	}
	if !ok {
		if (j.cache != nil || w.summaries) && !j.stat {
			j.statPath() // before reading: a change after it shows next time
		}
		var err error
		if j.dir != "" {
			data, err = readPath(j.dir + "/" + j.path)
		} else {
			data, err = readFile(j.src.FS, j.path)
		}
		if err != nil {
			j.readErr = err
			return
		}
	}
	j.res.article, j.res.warnings, j.res.err = parse(name, data, true)
}

// bind points the ref at the text entry e holds in idx.
func (r *textRef) bind(idx *index, e indexEntry, facts textFacts) {
	r.idx, r.entry, r.facts = idx, e.n, facts
	r.textAt, r.textLen, r.textCRC = e.text.start, e.text.end-e.text.start, e.text.crc
	r.faq, r.faqCRC = e.faq.of(idx.data), e.faq.crc
}

// statPath takes the key of j's file for its index entry.
func (j *loadJob) statPath() {
	if j.folders != nil {
		if k, ok := j.folders.stat(j.path); ok {
			j.stat, j.key = true, k
			return
		}
	}
	if info, err := os.Stat(filepath.Join(j.dir, filepath.FromSlash(j.path))); err == nil && info.Mode().IsRegular() {
		j.stat, j.key = true, keyOf(info)
	}
}

// fileStat is what readSmall's stat of an open file found, when asked.
type fileStat struct {
	key fileKey
	ok  bool
}

// indexFile is the file's entry for the index.
func (j *loadJob) indexFile() indexFile {
	fi := indexFile{path: j.path, key: j.key, result: j.res, parts: j.parts}
	if j.cached {
		fi.from, fi.entry = j.cache.index, j.cache.index.rows[j.row]
	}
	return fi
}

// loadStats counts how a Load got its articles, for tests.
type loadStats struct{ parsed, cached int }

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
	return filepath.Join(src.Name, filepath.FromSlash(p))
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
