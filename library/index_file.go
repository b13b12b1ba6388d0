package library

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"os"
	"slices"
	"strings"
	"sync"
	"unsafe"
)

// An index file is a 32-byte header — magic, format version, CRC-32C of
// the table, length of the payload and where the table starts in it —
// then the payload: the texts of the entries, their FAQ outlines, their
// summaries, and the table. The table names the build that wrote the
// index (buildID), the folder and the name it was loaded under, the
// index's generation (a random number: postings name the index they were
// built from by it) and where the outlines and the summaries start, then
// for each entry its file's path and key (fileKey) and where its
// summary, its outline and its text lie, their lengths and CRC-32Cs.
//
// An entry is what Parse made of the file, in three parts, coded by the
// fields of index_fields.go: the summary is the error, or the warnings,
// what summaryFields codes and the facts a summary needs of the text
// (textFacts); the outline is the FAQ's sections and questions with the
// first sentence of each answer (faqOutline), empty when the article has
// no FAQ; the text is what textFields codes. Summaries lie together, so
// a load that needs no text (Options.Summaries) reads and checks only
// them, and outlines lie together, so `folio questions` reads only them.
// Reading an index reads its table only; each entry is checked and
// decoded by the worker that restores it, and a summary's text is
// decoded when Full asks for it.
//
// On Unix the index is mapped into memory, read-only, and the strings of
// the articles restored from it point into the mapping, which is never
// unmapped: nothing is copied, and pages are read only when an article's
// text is. The table's pages, read at the start of a load, are handed
// back to the kernel once the load is done with them (dropTable). folio only ever replaces index files; one truncated in place
// while mapped would crash the process.

const (
	indexMagic   = "folioidx"
	indexVersion = 10 // bump when the layout, or what Parse makes of a file, changes
	indexHeader  = 32

	// maxIndexFile bounds the index file read: 52 MB holds 10,000
	// articles of 4 KB, so this is past any real library.
	maxIndexFile = 2 << 30
)

// crcTable is made when an index is first read or written: making it at
// start was 0.7% of the instructions of a show of a bundled article,
// which reads no index.
var crcTable = sync.OnceValue(func() *crc32.Table { return crc32.MakeTable(crc32.Castagnoli) })

// index is an index file read back.
type index struct {
	path, build, dir, name string // the file, and the build, folder and name it was read for

	buf  []byte       // the file, mapped
	file *os.File     // the file, open, to read texts apart from the mapping (nil: read them from buf)
	data string       // the payload
	rows []indexEntry // the table's entries, by path; dropped once the load is done with them

	generation  uint64 // the random number the writer gave this index
	faqsAt      int    // where the outlines start in the payload
	summariesAt int    // where the summaries start
	tableAt     int    // where the table starts

	postingsState // the postings of its texts, read or built when a search first needs them
}

// indexEntry is one file's line of the table: its number in the table,
// the key its file had, and where its summary, outline and text lie in
// the payload, with checksums.
type indexEntry struct {
	path    string // in the mapping
	n       int32
	key     fileKey
	summary span
	faq     span
	text    span
}

// fileKey is what says a file is unchanged since it was indexed: its
// size, modification time, and where the platform has them its inode
// number and status change time (which a write changes even when it
// puts the size and modification time back).
type fileKey struct {
	size, mtime, ino, ctime int64
}

// span is a part of an entry: data[start:end], and its CRC-32C. An
// index is at most maxIndexFile bytes, so offsets fit in 32 bits.
type span struct {
	start, end int32
	crc        uint32
}

func spanOf(start, n int, crc uint32) span {
	return span{start: int32(start), end: int32(start + n), crc: crc}
}

func (s span) of(data string) string { return data[s.start:s.end] }

// readAt reads the n bytes at off in the payload into buf (grown as
// needed) and returns them: from the file when it is open, so that the
// mapping's pages are not brought in (a pass over every text would
// otherwise keep them all resident), else from the mapping.
func (idx *index) readAt(buf []byte, off, n int) ([]byte, error) {
	if cap(buf) < n {
		buf = make([]byte, n, n+n/4)
	}
	buf = buf[:n]
	if idx.file == nil {
		copy(buf, idx.data[off:off+n])
		return buf, nil
	}
	_, err := idx.file.ReadAt(buf, int64(indexHeader+off))
	return buf, err
}

// sound reports whether the span's bytes still have their checksum.
func (s span) sound(data string) bool {
	return crc32.Checksum(bytesOf(s.of(data)), crcTable()) == s.crc
}

// bytesOf is the bytes of s, not copied: they must not be written.
func bytesOf(s string) []byte { return unsafe.Slice(unsafe.StringData(s), len(s)) }

// unsafeString is b as a string, not copied: b must not be written again.
func unsafeString(b []byte) string { return unsafe.String(unsafe.SliceData(b), len(b)) }

var errBadIndex = errors.New("damaged index")

// readIndex reads and checks the index file for the folder dir loaded
// under name by the build build. Any mismatch is an error: the index is
// then rebuilt. With summaries, the texts are left unread on disk: only
// the summaries and the table are brought into memory.
func readIndex(file, build, dir, name string, summaries bool) (*index, error) {
	buf, f, err := mapFile(file, !summaries)
	if err != nil {
		return nil, err
	}
	idx, err := parseIndex(buf, build, dir, name)
	if err != nil {
		unmapFile(buf, f)
		return nil, err
	}
	idx.file, idx.path = f, file
	if summaries {
		populate(buf[indexHeader+idx.summariesAt:])
	}
	return idx, err
}

// dropTable lets go of the table, once the load is done with it: its
// entries, and its pages in memory (a tenth of a warm load's resident
// index at 100,000 articles, read at the start and no more: the
// articles' strings point into the summaries, not the table).
func (idx *index) dropTable() {
	idx.rows = nil
	if idx.tableAt >= 0 && indexHeader+idx.tableAt <= len(idx.buf) {
		release(idx.buf[indexHeader+idx.tableAt:])
	}
}

func parseIndex(buf []byte, build, dir, name string) (*index, error) {
	idx, d, n, err := indexHead(buf, build, dir, name)
	if err != nil {
		return nil, err
	}
	table, faqsAt, summariesAt := uint64(idx.tableAt), uint64(idx.faqsAt), uint64(idx.summariesAt)
	idx.rows = make([]indexEntry, 0, n)
	// spanAt reads a span lying within [from, to) of the payload; a
	// summary's start is stored from the start of the summaries.
	spanAt := func(base, from, to uint64) span {
		crc, start, size := d.uvarint(), base+d.uvarint(), d.uvarint()
		if start < from || start > to || size > to-start || crc > 1<<32-1 {
			d.bad = true
			return span{}
		}
		return span{start: int32(start), end: int32(start + size), crc: uint32(crc)}
	}
	for i := range n {
		p := d.str()
		e := indexEntry{n: int32(i), key: fileKey{size: d.varint(), mtime: d.varint(), ino: d.varint(), ctime: d.varint()}}
		e.summary = spanAt(summariesAt, summariesAt, table)
		e.faq = spanAt(faqsAt, faqsAt, summariesAt)
		e.text = spanAt(0, 0, faqsAt)
		if d.bad {
			return nil, errBadIndex
		}
		if len(idx.rows) > 0 && idx.rows[len(idx.rows)-1].path >= p {
			return nil, errBadIndex // not by path, or a path twice
		}
		e.path = p
		idx.rows = append(idx.rows, e)
	}
	if d.bad || d.pos != len(d.data) {
		return nil, errBadIndex
	}
	return idx, nil
}

// entry is the row of the file at path p, from the table read: the
// load's k-th file is the table's k-th row unless files were added or
// removed, which a binary search of the rows, by path, then finds.
func (idx *index) entry(p string, k int) (indexEntry, bool) {
	if k < len(idx.rows) && idx.rows[k].path == p {
		return idx.rows[k], true
	}
	i, ok := slices.BinarySearchFunc(idx.rows, p, func(e indexEntry, p string) int { return strings.Compare(e.path, p) })
	if !ok {
		return indexEntry{}, false
	}
	return idx.rows[i], true
}

// parseIndexHead checks the index in buf as parseIndex does, reading
// its table up to the entries, which it leaves alone.
func parseIndexHead(buf []byte, build, dir, name string) (*index, error) {
	idx, _, _, err := indexHead(buf, build, dir, name)
	return idx, err
}

// indexHead reads the header and the start of the table; d is left at
// the table's first entry, of n.
func indexHead(buf []byte, build, dir, name string) (_ *index, d decoder, n uint64, _ error) {
	if len(buf) < indexHeader || string(buf[:8]) != indexMagic ||
		binary.LittleEndian.Uint32(buf[8:]) != indexVersion ||
		binary.LittleEndian.Uint64(buf[16:]) != uint64(len(buf)-indexHeader) {
		return nil, d, 0, errBadIndex
	}
	payload := buf[indexHeader:]
	table := binary.LittleEndian.Uint64(buf[24:])
	if table > uint64(len(payload)) || crc32.Checksum(payload[table:], crcTable()) != binary.LittleEndian.Uint32(buf[12:]) {
		return nil, d, 0, errBadIndex
	}
	d = decoder{data: unsafe.String(unsafe.SliceData(payload), len(payload)), pos: int(table)}
	if d.str() != build || d.str() != dir || d.str() != name {
		return nil, d, 0, errBadIndex
	}
	generation, faqsAt, summariesAt := d.uvarint(), d.uvarint(), d.uvarint()
	n = d.uvarint()
	if d.bad || faqsAt > summariesAt || summariesAt > table || n > uint64(len(d.data)) {
		return nil, d, 0, errBadIndex
	}
	idx := &index{build: build, dir: dir, name: name, buf: buf, data: d.data, generation: generation,
		faqsAt: int(faqsAt), summariesAt: int(summariesAt), tableAt: int(table)}
	return idx, d, n, nil
}

// result is what reading one file gave: an article and its warnings, or
// the error that kept it out; for a summary, the facts of its text.
type result struct {
	article  *Article
	warnings []string
	err      error
	facts    textFacts
}

// restore rebuilds the result stored for e, without the article's text
// when summaries; name is the file's path as shown. c is the caller's
// decoding coder, reused from one entry to the next, whose slabs the
// article is made in. ok is false if the entry cannot be read, and the
// file is then parsed again.
func (idx *index) restore(e indexEntry, name string, c *coder, summaries bool) (r result, ok bool) {
	if !e.summary.sound(idx.data) || !summaries && !e.text.sound(idx.data) {
		return r, false
	}
	sl := c.slabs()
	*c = coder{dec: true, d: decoder{data: idx.data[:e.summary.end], pos: int(e.summary.start), slabs: sl}}
	switch c.d.byte() {
	case 0:
		r.warnings = c.d.strs()
		r.article = &sl.articles.make(1)[0]
		c.summaryFields(r.article)
		c.textFacts(&r.facts)
		r.article.Path = name
	case 1:
		r.err = errors.New(c.d.str())
	default:
		return r, false
	}
	if c.d.bad || c.d.pos != int(e.summary.end) {
		return r, false
	}
	if r.article == nil || summaries {
		return r, true
	}
	c.d.data, c.d.pos = idx.data[:e.text.end], int(e.text.start)
	c.textFields(r.article)
	r.facts = textFacts{} // a whole article answers for itself
	return r, !c.d.bad && c.d.pos == int(e.text.end)
}
