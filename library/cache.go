package library

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unsafe"

	"github.com/adrg/xdg"
)

// The index cache keeps, for each folder source, what Parse made of each
// of its files, so that the next Load of the folder parses only the files
// whose size or modification time changed, and the ones added since.
//
// An index file is a 32-byte header — magic, format version, CRC-32C of
// the table, length of the payload and where the table starts in it —
// then the payload: the texts of the entries, their summaries, and the
// table. The table names the program that wrote the index, the folder
// and the name it was loaded under and where the summaries start, then
// for each entry its file's path, size and modification time and where
// its summary and its text lie, their lengths and CRC-32Cs.
//
// An entry is what Parse made of the file, in two parts. The summary is
// what a list of articles needs: the error, or the warnings and every
// field of the article but Path and InferredTags (which Load sets) and
// those of the text. The text part is the body and the fields that point
// into it (FAQs, links, contents), stored as offsets. Summaries lie
// together, so a load that needs no text (Options.Summaries) reads and
// checks only them: a quarter of the index for 4 KB articles (12 of
// 52 MB at 10,000 articles, whose headings, titles and excerpts the
// summaries hold whole). Reading an index reads its
// table only; each entry is checked and decoded by the worker that
// restores it.
//
// An index is written to a temporary file in the cache folder, synced
// and renamed over the old one, so a reader finds the old index or the
// new one, whole; when two processes write at once, the last rename
// wins. An index whose header, checksum, writer or folder does not match
// is not used, and is replaced.
//
// On Unix the index is mapped into memory, read-only, and the strings of
// the articles restored from it point into the mapping, which is never
// unmapped: nothing is copied, and pages are read only when an article's
// text is. folio only ever replaces index files; one truncated in place
// while mapped would crash the process.

const (
	indexMagic   = "folioidx"
	indexVersion = 4 // bump when the layout, or what Parse makes of a file, changes
	indexHeader  = 32
)

// racyWindow: a file changed this recently may change again within the
// resolution of its file system's timestamps without its modification
// time changing, so it is parsed again next time rather than cached.
const racyWindow = 2 * time.Second

var crcTable = crc32.MakeTable(crc32.Castagnoli)

// DefaultCacheDir is the folder folio keeps its index cache in: folio/index
// in the user's cache folder ($XDG_CACHE_HOME, else ~/.cache, on Linux;
// ~/Library/Caches on macOS; %LOCALAPPDATA% on Windows).
func DefaultCacheDir() string { return filepath.Join(xdg.CacheHome, "folio", "index") }

// programID names the program writing an index: its version of the
// format and its executable's size and modification time, so that an
// index written by an older or newer build is never used.
var programID = sync.OnceValue(func() string {
	id := fmt.Sprintf("folio index %d", indexVersion)
	if exe, err := os.Executable(); err == nil {
		if info, err := os.Stat(exe); err == nil {
			id += fmt.Sprintf(" %d %d", info.Size(), info.ModTime().UnixNano())
		}
	}
	return id
})

// sourceCache is the index of one folder source during a Load.
type sourceCache struct {
	file  string // the index file
	dir   string // the folder, absolute
	name  string // the source's Name, which decides paths and some slugs
	start time.Time
	ready chan struct{}
	index *index // nil when there was none to use; set before ready closes

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
}

// openSourceCache starts reading the index of the folder dir in cacheDir,
// and returns nil when the folder is not to be cached: cacheDir is empty
// or inside the folder itself.
func openSourceCache(cacheDir, dir, name string, start time.Time, summaries bool) *sourceCache {
	if cacheDir == "" {
		return nil
	}
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return nil
	}
	absCache, err := filepath.Abs(cacheDir)
	if err != nil || within(realPath(absCache), realPath(absDir)) || within(absCache, absDir) {
		return nil
	}
	h := fnv.New64a()
	h.Write([]byte(absDir + "\x00" + name))
	base := strings.Map(func(r rune) rune {
		if r < 0x80 && (isWordByte(byte(r)) || r == '-' || r == '.') {
			return r
		}
		return '_'
	}, filepath.Base(absDir))
	c := &sourceCache{
		file:      filepath.Join(absCache, fmt.Sprintf("%.40s-%016x.idx", base, h.Sum64())),
		dir:       absDir,
		name:      name,
		start:     start,
		ready:     make(chan struct{}),
		summaries: summaries,
		wake:      make(chan struct{}, 1),
		loaded:    make(chan struct{}),
		written:   make(chan struct{}),
	}
	go func() {
		defer close(c.ready)
		c.index, _ = readIndex(c.file, absDir, name, summaries)
	}()
	return c
}

// stored reports whether the file of j goes in the new index: one read
// whole, and not so recently changed that a change to come might leave
// its size and time as they are.
func (c *sourceCache) stored(j *loadJob) bool {
	return j.stat && j.readErr == nil && (j.cached || c.start.Sub(time.Unix(0, j.mtime)) >= racyWindow)
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
	c.mu.Lock()
	defer c.mu.Unlock()
	defer close(c.loaded)
	hits := 0
	for _, j := range c.done {
		if j.cached {
			hits++
		}
	}
	unchanged := c.index != nil && hits == len(c.index.entries)
	if c.index != nil && hits == 0 {
		unmapFile(c.index.buf) // no article points into it
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
	w, err := newIndexWriter(c.file)
	if err != nil {
		return // no index, then: the next load parses again
	}
	next := 0
	add := func() int {
		c.mu.Lock()
		batch := c.done[next:]
		next = len(c.done)
		c.mu.Unlock()
		for _, j := range batch {
			if c.stored(j) {
				w.add(j.indexFile())
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
			w.finish(c.dir, c.name)
			return
		}
	}
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

// index is an index file read back.
type index struct {
	buf     []byte // the file, mapped
	data    string // the payload
	entries map[string]indexEntry

	summariesAt int // where the summaries start in the payload
}

// indexEntry is one file's line of the table: where its summary and its
// text lie in the payload, and their checksums.
type indexEntry struct {
	size, mtime int64
	summary     span
	text        span
}

// span is a part of an entry: data[start:end], and its CRC-32C.
type span struct {
	start, end int
	crc        uint32
}

func (s span) of(data string) string { return data[s.start:s.end] }

// sound reports whether the span's bytes still have their checksum.
func (s span) sound(data string) bool {
	return crc32.Checksum(bytesOf(s.of(data)), crcTable) == s.crc
}

var errBadIndex = errors.New("damaged index")

// readIndex reads and checks the index file for the folder dir loaded
// under name. Any mismatch is an error: the index is then rebuilt.
// With summaries, the texts are left unread on disk: only the summaries
// and the table are brought into memory.
func readIndex(file, dir, name string, summaries bool) (*index, error) {
	buf, err := mapFile(file, !summaries)
	if err != nil {
		return nil, err
	}
	idx, err := parseIndex(buf, dir, name)
	if err != nil {
		unmapFile(buf)
		return nil, err
	}
	if summaries {
		populate(buf[indexHeader+idx.summariesAt:])
	}
	return idx, err
}

func parseIndex(buf []byte, dir, name string) (*index, error) {
	if len(buf) < indexHeader || string(buf[:8]) != indexMagic ||
		binary.LittleEndian.Uint32(buf[8:]) != indexVersion ||
		binary.LittleEndian.Uint64(buf[16:]) != uint64(len(buf)-indexHeader) {
		return nil, errBadIndex
	}
	payload := buf[indexHeader:]
	table := binary.LittleEndian.Uint64(buf[24:])
	if table > uint64(len(payload)) || crc32.Checksum(payload[table:], crcTable) != binary.LittleEndian.Uint32(buf[12:]) {
		return nil, errBadIndex
	}
	d := decoder{data: unsafe.String(unsafe.SliceData(payload), len(payload)), pos: int(table)}
	if d.str() != programID() || d.str() != dir || d.str() != name {
		return nil, errBadIndex
	}
	summariesAt := d.uvarint()
	n := d.uvarint()
	if d.bad || summariesAt > table {
		return nil, errBadIndex
	}
	idx := &index{buf: buf, data: d.data, summariesAt: int(summariesAt), entries: make(map[string]indexEntry, min(n, uint64(len(d.data))))}
	// spanAt reads a span lying within [from, to) of the payload; a
	// summary's start is stored from the start of the summaries.
	spanAt := func(base, from, to uint64) span {
		crc, start, size := d.uvarint(), base+d.uvarint(), d.uvarint()
		if start < from || start > to || size > to-start || crc > 1<<32-1 {
			d.bad = true
			return span{}
		}
		return span{start: int(start), end: int(start + size), crc: uint32(crc)}
	}
	for range n {
		p := d.str()
		e := indexEntry{size: d.varint(), mtime: d.varint()}
		e.summary = spanAt(summariesAt, summariesAt, table)
		e.text = spanAt(0, 0, summariesAt)
		if d.bad {
			return nil, errBadIndex
		}
		idx.entries[p] = e
	}
	if d.bad || d.pos != len(d.data) {
		return nil, errBadIndex
	}
	return idx, nil
}

// result is what reading one file gave: an article and its warnings, or
// the error that kept it out.
type result struct {
	article  *Article
	warnings []string
	err      error
}

// restore rebuilds the result stored for e, without the article's text
// when summaries; name is the file's path as shown. ok is false if the
// entry cannot be read, and the file is then parsed again.
func (idx *index) restore(e indexEntry, name string, sl *slabs, summaries bool) (r result, ok bool) {
	if !e.summary.sound(idx.data) || !summaries && !e.text.sound(idx.data) {
		return r, false
	}
	d := decoder{data: idx.data[:e.summary.end], pos: e.summary.start, slabs: sl}
	switch d.byte() {
	case 0:
		r.article, r.warnings = d.summary(name)
	case 1:
		r.err = errors.New(d.str())
	default:
		return r, false
	}
	if d.bad || d.pos != e.summary.end {
		return r, false
	}
	if r.article == nil || summaries {
		return r, true
	}
	d = decoder{data: idx.data[:e.text.end], pos: e.text.start, slabs: sl}
	d.text(r.article)
	return r, !d.bad && d.pos == e.text.end
}

// bytesOf is the bytes of s, not copied: they must not be written.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// decoder reads a payload. A read past the end, or of a value out of
// range, sets bad and returns zero values, never panics.
type decoder struct {
	data  string
	pos   int
	body  string // the body of the article being read, for string references
	bad   bool
	slabs *slabs // where the article's slices are made
}

func (d *decoder) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if d.pos >= len(d.data) {
			d.bad = true
			return 0
		}
		b := d.data[d.pos]
		d.pos++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.bad = true
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// int reads a non-negative int, or -1 as some indexes are.
func (d *decoder) int() int {
	v := d.varint()
	if v < -1 || v > int64(len(d.data))+1<<31 {
		d.bad = true
		return 0
	}
	return int(v)
}

func (d *decoder) byte() byte {
	if d.pos >= len(d.data) {
		d.bad = true
		return 0
	}
	d.pos++
	return d.data[d.pos-1]
}

// str reads a string: its length times two, plus one when it is part of
// the body, then its offset in the body or its bytes.
func (d *decoder) str() string {
	u := d.uvarint()
	n := u >> 1
	if u&1 == 1 {
		off := d.uvarint()
		if off > uint64(len(d.body)) || n > uint64(len(d.body))-off {
			d.bad = true
			return ""
		}
		return d.body[off : off+n]
	}
	if n > uint64(len(d.data)-d.pos) {
		d.bad = true
		return ""
	}
	s := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return s
}

// count reads the length of a list stored as length+1, 0 for nil; nil
// reports a nil list.
func (d *decoder) count() (n int, isNil bool) {
	u := d.uvarint()
	if u == 0 {
		return 0, true
	}
	if u-1 > uint64(len(d.data)-d.pos) { // every element takes a byte at least
		d.bad = true
		return 0, true
	}
	return int(u - 1), false
}

func (d *decoder) strs() []string {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	out := d.slabs.strings.make(n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

func (d *decoder) time() time.Time {
	switch d.byte() {
	case 0:
		return time.Time{}
	case 1:
		return time.Unix(d.varint(), d.varint()).UTC()
	case 2:
		return time.Unix(d.varint(), d.varint())
	case 3:
		sec, nsec := d.varint(), d.varint()
		zone, offset := d.str(), d.varint()
		return time.Unix(sec, nsec).In(time.FixedZone(zone, int(offset)))
	}
	d.bad = true
	return time.Time{}
}

// summary reads an article's summary: every field but those of text.
func (d *decoder) summary(name string) (*Article, []string) {
	warnings := d.strs()
	a := &d.slabs.articles.make(1)[0]
	a.Path = name
	a.Slug, a.Title, a.Excerpt = d.str(), d.str(), d.str()
	a.Date = d.time()
	a.Categories, a.Tags, a.Keywords = d.strs(), d.strs(), d.strs()
	a.Author, a.Cover = d.str(), d.str()
	a.ReadingMinutes = d.int()
	flags := d.byte()
	a.Featured, a.Draft, a.PlainText = flags&1 != 0, flags&2 != 0, flags&4 != 0
	if n, isNil := d.count(); !isNil {
		a.Headings = d.slabs.headings.make(n)
		for i := range a.Headings {
			a.Headings[i] = Heading{Level: d.int(), Text: d.str(), Anchor: d.str(), Offset: d.int(), Line: d.int()}
		}
	}
	return a, warnings
}

// text reads the body of a and the fields that point into it.
func (d *decoder) text(a *Article) {
	d.body = ""
	a.Body = d.str()
	d.body = a.Body
	if n, isNil := d.count(); !isNil {
		a.FAQs = d.slabs.sections.make(n)
		for i := range a.FAQs {
			s := &a.FAQs[i]
			s.Title, s.Heading = d.str(), d.int()
			if n, isNil := d.count(); !isNil {
				s.Questions = d.slabs.questions.make(n)
				for k := range s.Questions {
					s.Questions[k] = FAQ{Question: d.str(), Answer: d.str(), Heading: d.int(), Offset: d.int()}
				}
			}
		}
	}
	if n, isNil := d.count(); !isNil {
		a.Links = d.slabs.links.make(n)
		for i := range a.Links {
			a.Links[i] = Link{Text: d.str(), URL: d.str(), Offset: d.int(), Image: d.byte() != 0, Heading: d.int()}
		}
	}
	if n, isNil := d.count(); !isNil {
		a.Contents = d.slabs.contents.make(n)
		for i := range a.Contents {
			a.Contents[i] = ContentsItem{Text: d.str(), Heading: d.int()}
		}
	}
}

// indexFile is one file's entry, to be written.
type indexFile struct {
	path        string
	size, mtime int64
	result      result
	slug        string // the article's slug as parsed, before newLibrary

	// from is the index the entry was restored from, if it was: its
	// bytes are copied as they are, text and all, even when the load
	// restored only the summary.
	from  *index
	entry indexEntry
}

// indexWriter writes an index entry by entry, as files are parsed, to a
// temporary file in the index's folder; finish adds the table, syncs the
// file and renames it over the old index.
type indexWriter struct {
	file    string
	f       *os.File
	cw      *countWriter
	w       *bufio.Writer
	rows    encoder // the table's lines, one per entry
	summary encoder
	text    encoder

	// The summaries go after every text, so they are gathered meanwhile
	// in a second temporary file, not in memory: 12 MB at 10,000
	// articles, 60 MB at 50,000, and twice that in the heap's headroom.
	sums  *os.File
	sw    *bufio.Writer
	sumsN int
	n     int
	err   error // the first error; nothing more is written after it
}

func newIndexWriter(file string) (*indexWriter, error) {
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".tmp*")
	if err != nil {
		return nil, err
	}
	sums, err := os.CreateTemp(filepath.Dir(file), filepath.Base(file)+".sum*")
	if err != nil {
		f.Close()
		os.Remove(f.Name())
		return nil, err
	}
	iw := &indexWriter{file: file, f: f, cw: &countWriter{w: f}, sums: sums}
	iw.w = bufio.NewWriterSize(iw.cw, 256<<10)
	iw.sw = bufio.NewWriterSize(sums, 64<<10)
	_, iw.err = f.Write(make([]byte, indexHeader)) // filled in last
	return iw, nil
}

func (iw *indexWriter) add(fi indexFile) {
	if iw.err != nil {
		return
	}
	var summary, text []byte
	var summaryCRC, textCRC uint32
	if fi.from != nil {
		e := fi.entry
		summary, summaryCRC = bytesOf(e.summary.of(fi.from.data)), e.summary.crc
		text, textCRC = bytesOf(e.text.of(fi.from.data)), e.text.crc
	} else {
		m, t := &iw.summary, &iw.text
		m.buf, t.buf = m.buf[:0], t.buf[:0]
		if fi.result.err != nil {
			m.byte(1)
			m.str(fi.result.err.Error())
		} else {
			m.byte(0)
			m.summary(fi.result.article, fi.slug, fi.result.warnings)
			t.text(fi.result.article)
		}
		summary, text = m.buf, t.buf
		summaryCRC, textCRC = crc32.Checksum(summary, crcTable), crc32.Checksum(text, crcTable)
	}
	r := &iw.rows
	r.str(fi.path)
	r.varint(fi.size)
	r.varint(fi.mtime)
	r.uvarint(uint64(summaryCRC))
	r.uvarint(uint64(iw.sumsN))
	iw.sumsN += len(summary)
	if _, iw.err = iw.sw.Write(summary); iw.err != nil {
		return
	}
	r.uvarint(uint64(len(summary)))
	r.uvarint(uint64(textCRC))
	r.uvarint(uint64(iw.cw.n) + uint64(iw.w.Buffered()))
	r.uvarint(uint64(len(text)))
	iw.n++
	_, iw.err = iw.w.Write(text)
}

// abort removes the temporary file.
func (iw *indexWriter) abort() {
	iw.f.Close()
	os.Remove(iw.f.Name())
}

// dropSummaries removes the summaries' temporary file.
func (iw *indexWriter) dropSummaries() {
	iw.sums.Close()
	os.Remove(iw.sums.Name())
}

func (iw *indexWriter) finish(dir, name string) (err error) {
	defer iw.dropSummaries()
	defer func() {
		if err != nil {
			iw.abort()
		}
	}()
	if iw.err != nil {
		return iw.err
	}
	// The summaries are copied file to file (copy_file_range on Linux).
	if err := iw.w.Flush(); err != nil {
		return err
	}
	if err := iw.sw.Flush(); err != nil {
		return err
	}
	if _, err := iw.sums.Seek(0, io.SeekStart); err != nil {
		return err
	}
	summariesAt := uint64(iw.cw.n)
	n, err := io.Copy(iw.f, iw.sums)
	if err != nil {
		return err
	}
	if n != int64(iw.sumsN) {
		return fmt.Errorf("summaries: copied %d bytes of %d", n, iw.sumsN)
	}
	iw.cw.n += n
	var table encoder
	table.str(programID())
	table.str(dir)
	table.str(name)
	table.uvarint(summariesAt)
	table.uvarint(uint64(iw.n))
	table.buf = append(table.buf, iw.rows.buf...)
	tableAt := uint64(iw.cw.n) + uint64(iw.w.Buffered())
	if _, err := iw.w.Write(table.buf); err != nil {
		return err
	}
	if err := iw.w.Flush(); err != nil {
		return err
	}
	header := make([]byte, indexHeader)
	copy(header, indexMagic)
	binary.LittleEndian.PutUint32(header[8:], indexVersion)
	binary.LittleEndian.PutUint32(header[12:], crc32.Checksum(table.buf, crcTable))
	binary.LittleEndian.PutUint64(header[16:], uint64(iw.cw.n))
	binary.LittleEndian.PutUint64(header[24:], tableAt)
	if _, err := iw.f.WriteAt(header, 0); err != nil {
		return err
	}
	if err := iw.f.Sync(); err != nil {
		return err
	}
	if err := iw.f.Close(); err != nil {
		return err
	}
	if err := os.Rename(iw.f.Name(), iw.file); err != nil {
		return err
	}
	syncDir(filepath.Dir(iw.file))
	return nil
}

// countWriter passes writes on, counting the bytes.
type countWriter struct {
	w *os.File
	n int64
}

func (c *countWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// encoder appends the encoding decoder reads.
type encoder struct {
	buf  []byte
	body string // the body of the article being written
}

func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) varint(v int64)   { e.buf = binary.AppendVarint(e.buf, v) }
func (e *encoder) int(v int)        { e.varint(int64(v)) }
func (e *encoder) byte(b byte)      { e.buf = append(e.buf, b) }

func (e *encoder) str(s string) {
	if off, ok := offsetIn(e.body, s); ok {
		e.uvarint(uint64(len(s))<<1 | 1)
		e.uvarint(uint64(off))
		return
	}
	e.uvarint(uint64(len(s)) << 1)
	e.buf = append(e.buf, s...)
}

// offsetIn returns where s lies in body when it shares body's memory.
func offsetIn(body, s string) (int, bool) {
	if len(s) == 0 || len(body) == 0 {
		return 0, false
	}
	b, p := uintptr(unsafe.Pointer(unsafe.StringData(body))), uintptr(unsafe.Pointer(unsafe.StringData(s)))
	if p < b || p+uintptr(len(s)) > b+uintptr(len(body)) {
		return 0, false
	}
	return int(p - b), true
}

func (e *encoder) count(n int, isNil bool) {
	if isNil {
		e.uvarint(0)
		return
	}
	e.uvarint(uint64(n) + 1)
}

func (e *encoder) strs(list []string) {
	e.count(len(list), list == nil)
	for _, s := range list {
		e.str(s)
	}
}

func (e *encoder) time(t time.Time) {
	switch loc := t.Location(); {
	case t == time.Time{}:
		e.byte(0)
	case loc == time.UTC:
		e.byte(1)
		e.varint(t.Unix())
		e.int(t.Nanosecond())
	case loc == time.Local:
		e.byte(2)
		e.varint(t.Unix())
		e.int(t.Nanosecond())
	default:
		e.byte(3)
		e.varint(t.Unix())
		e.int(t.Nanosecond())
		zone, offset := t.Zone()
		e.str(zone)
		e.int(offset)
	}
}

// summary writes what decoder.summary reads. Its strings are written
// whole, even those that are part of the body, which it does not hold.
func (e *encoder) summary(a *Article, slug string, warnings []string) {
	e.body = ""
	e.strs(warnings)
	e.str(slug)
	e.str(a.Title)
	e.str(a.Excerpt)
	e.time(a.Date)
	e.strs(a.Categories)
	e.strs(a.Tags)
	e.strs(a.Keywords)
	e.str(a.Author)
	e.str(a.Cover)
	e.int(a.ReadingMinutes)
	var flags byte
	if a.Featured {
		flags |= 1
	}
	if a.Draft {
		flags |= 2
	}
	if a.PlainText {
		flags |= 4
	}
	e.byte(flags)
	e.count(len(a.Headings), a.Headings == nil)
	for _, h := range a.Headings {
		e.int(h.Level)
		e.str(h.Text)
		e.str(h.Anchor)
		e.int(h.Offset)
		e.int(h.Line)
	}
}

// text writes what decoder.text reads.
func (e *encoder) text(a *Article) {
	e.body = ""
	e.str(a.Body)
	e.body = a.Body
	e.count(len(a.FAQs), a.FAQs == nil)
	for _, s := range a.FAQs {
		e.str(s.Title)
		e.int(s.Heading)
		e.count(len(s.Questions), s.Questions == nil)
		for _, q := range s.Questions {
			e.str(q.Question)
			e.str(q.Answer)
			e.int(q.Heading)
			e.int(q.Offset)
		}
	}
	e.count(len(a.Links), a.Links == nil)
	for _, l := range a.Links {
		e.str(l.Text)
		e.str(l.URL)
		e.int(l.Offset)
		if l.Image {
			e.byte(1)
		} else {
			e.byte(0)
		}
		e.int(l.Heading)
	}
	e.count(len(a.Contents), a.Contents == nil)
	for _, c := range a.Contents {
		e.str(c.Text)
		e.int(c.Heading)
	}
	e.body = ""
}
