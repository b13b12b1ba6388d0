package library

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unsafe"
)

// loadJob is one file to load, and what loading it gave. There is one a
// file, alive until the library is put together: it is kept small.
type loadJob struct {
	*sourceLoad
	path    string
	article *Article    // what the file holds; nil when it failed, or holds none
	trouble *jobTrouble // why it failed, or what is wrong with it; nil for most files
	parts   *entryParts // the entry coded for the new index, when parsed
	key     fileKey
	seq     int32 // the file's place in its source's walk
	row     int32 // the row of the index's table it was restored from, when cached; its entry in the new one, once inNew
	stat    bool  // key is the file's, from before it was read
	cached  bool  // it was restored from the index
	leftOut bool  // parsed, its summary let go until read back (load_restore.go)
	inNew   bool  // row is its entry in the index just written
	// nameHead is how much of the name read gave the file comes before
	// path, which is the rest of it (shownName); -1 when path is apart.
	nameHead int32
}

// shownName is the name read gave j's file, again, when path is the end
// of it.
func (j *loadJob) shownName() (string, bool) {
	if j.nameHead < 0 || j.path == "" {
		return "", false
	}
	start := unsafe.Add(unsafe.Pointer(unsafe.StringData(j.path)), -int(j.nameHead))
	return unsafe.String((*byte)(start), int(j.nameHead)+len(j.path)), true
}

// jobTrouble is what few files have: a job holds it by pointer, so that
// the jobs of a large library, all alive until its load is done, take
// 96 bytes each rather than twice that (they were a fifth of the live
// heap while 100,000 summaries were restored).
type jobTrouble struct {
	warnings []string
	err      error // the file could not be parsed
	readErr  error // the file could not be read (never cached)
}

// setResult keeps r: its article, and its warnings and error if any
// (its facts have been given to the article's text reference already).
// A job gets one result, and none once it could not be read.
func (j *loadJob) setResult(r result) {
	j.article = r.article
	if len(r.warnings) > 0 || r.err != nil {
		j.trouble = &jobTrouble{warnings: r.warnings, err: r.err}
	}
}

// result is the file's result as parse or restore gave it, but facts.
func (j *loadJob) result() result {
	r := result{article: j.article}
	if t := j.trouble; t != nil {
		r.warnings, r.err = t.warnings, t.err
		if t.readErr != nil {
			r.err = t.readErr
		}
	}
	return r
}

// readErr is why the file could not be read, or nil.
func (j *loadJob) readErr() error {
	if j.trouble == nil {
		return nil
	}
	return j.trouble.readErr
}

// sourceLoad is a source as its files are loaded.
type sourceLoad struct {
	src     Source
	origin  *origin      // the source, as its summaries' texts read it again
	dir     string       // the source's folder, when its files can be read by path
	cache   *sourceCache // the source's index, or nil
	folders *folders     // dir's folders, open, when dir is set
	files   int          // the files walked so far
	// joinsNames: a file's name is the source's name, a slash and its
	// path (displayPath), worked out once for the source.
	joinsNames bool
}

// loadWorker reads and parses files, reusing its buffers.
type loadWorker struct {
	buf       []byte          // for reading small files
	names     arena           // for the names of the files read (namesBlock)
	files     arena           // for keeping them, or the summaries coded
	faqs      arena           // the outlines coded, until the new index holds them
	slabs     slabs           // for the slices of the articles restored from an index
	refs      slab[textRef]   // for where the summaries' texts are
	places    slab[textPlace] // for where the texts parsed are until the new index holds them
	restorer  coder           // decodes them, into slabs
	enc       entryEncoder    // codes index entries
	summaries bool            // keep only the summary of each article (Options.Summaries)
	readsBack bool            // let summaries go to read them back from the new index (leavesOut)
}

// decoder is the worker's coder for restoring articles into its slabs.
func (w *loadWorker) decoder() *coder {
	w.restorer.d.slabs = &w.slabs
	return &w.restorer
}

func (w *loadWorker) load(j *loadJob) {
	w.read(j)
	if a := j.article; a != nil {
		// Set before the article is handed out (LoadStream), never after:
		// newLibrary gives a copy any other ID or name (libraryArts).
		a.ID = articleID(j.path)
		if a.Name == "" {
			a.Name = a.Slug // as parsed
		}
	}
	if !j.cached && j.readErr() == nil && (j.cache != nil || w.summaries && j.article != nil) {
		// Coded here, on every core, for the index; a summary is then
		// the summary part read back, its strings in the coded bytes,
		// so the file's bytes and the whole article are not kept.
		var keep, keepFAQ *arena
		leaveOut := w.leavesOut(j)
		if w.summaries && !leaveOut {
			keep, keepFAQ = &w.files, &w.faqs
		}
		slug := ""
		if j.article != nil {
			slug = j.article.Slug // as parsed
		}
		j.parts = encodeEntry(j.result(), slug, &w.enc, keep, keepFAQ, j.cache != nil)
		switch {
		case leaveOut:
			j.article, j.leftOut = nil, true
		case w.summaries && j.article != nil:
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
	a, id := j.article, j.article.ID
	c := w.decoder()
	sl := c.slabs()
	*c = coder{dec: true, d: decoder{data: unsafeString(j.parts.summary), slabs: sl}}
	c.d.byte()
	c.d.strs()
	s := &sl.articles.make(1)[0]
	c.summaryFields(s)
	ref := &w.refs.make(1)[0]
	c.textFacts(&ref.facts)
	s.Path, s.ID, s.Slug, s.Name = a.Path, id, a.Slug, a.Name
	*ref = textRef{origin: j.origin, path: j.path, key: j.key, keyed: j.stat, facts: ref.facts}
	at := &ref.textPlace
	if j.cache != nil {
		// Apart from the reference until the new index holds the text
		// (rebind): the outline, in the worker's arena, is then let go,
		// though the article was handed out with its reference.
		at = &w.places.make(1)[0]
		ref.moved.Store(at)
	}
	at.faq, at.faqCRC = unsafeString(j.parts.faq), j.parts.faqCRC
	s.text = ref
	j.article = s
}

func (w *loadWorker) read(j *loadJob) {
	name := w.name(j)
	j.nameHead = -1
	if strings.HasSuffix(name, j.path) {
		// The path is kept (the text's reference reads the file by it)
		// as the end of the name the article shows: one string, not two.
		j.path = name[len(name)-len(j.path):]
		j.nameHead = int32(len(name) - len(j.path))
	}
	if j.cache != nil {
		<-j.cache.ready
		if idx := j.cache.index; idx != nil {
			j.statPath()
			if e, ok := idx.entry(j.path, int(j.seq)); ok && j.stat && e.key == j.key {
				if r, ok := idx.restore(e, name, w.decoder(), j.cache.summaries); ok {
					j.setResult(r)
					j.cached, j.row = true, e.n
					if a := r.article; a != nil && j.cache.summaries {
						ref := &w.refs.make(1)[0]
						*ref = textRef{origin: j.origin, path: j.path, key: j.key, keyed: true}
						ref.bind(idx, e)
						ref.facts = r.facts
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
		if w.buf == nil {
			w.buf = make([]byte, smallFile) // not for the bundled articles
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
			j.trouble = &jobTrouble{readErr: err}
			return
		}
	}
	var r result
	r.article, r.warnings, r.err = parse(name, data, true)
	j.setResult(r)
}

// bind points p at the text entry e holds in idx.
func (r *textPlace) bind(idx *index, e indexEntry) {
	r.idx, r.entry = idx, e.n
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

// name is the name j's article shows (displayPath): made in the
// worker's names, a block of a few thousand, when it is the source's
// name and the path joined (at 100,000 files, each name its own string
// was 3% of a warm search's time, and as many objects for the collector
// to mark).
func (w *loadWorker) name(j *loadJob) string {
	if !j.joinsNames || j.path == "." || !fs.ValidPath(j.path) {
		return displayPath(j.src, j.path)
	}
	return w.names.join(j.src.Name, j.path)
}

// namesBlock is the size of a block of a worker's names: small, for a
// small library's sake (the bundled articles' names fit in one).
const namesBlock = 32 << 10

// newLoadWorker is a worker for a load of summaries or of whole articles;
// readsBack, of summaries its load reads back from the new index
// (load_restore.go).
func newLoadWorker(summaries, readsBack bool) *loadWorker {
	return &loadWorker{summaries: summaries, readsBack: readsBack && summaries && mapsIndexes, names: arena{size: namesBlock}}
}

// fileStat is what readSmall's stat of an open file found, when asked.
type fileStat struct {
	key fileKey
	ok  bool
}

// indexFile is the file's entry for the index.
func (j *loadJob) indexFile() indexFile {
	fi := indexFile{path: j.path, key: j.key, result: j.result(), parts: j.parts}
	if j.cached {
		fi.from, fi.entry = j.cache.index, j.cache.index.rows[j.row]
	}
	return fi
}
