package library

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

// indexFile is one file's entry, to be written.
type indexFile struct {
	path   string
	key    fileKey
	result result
	slug   string // the article's slug as parsed, before newLibrary

	// parts are the entry coded already, by the worker that parsed the
	// file (encodeEntry); nil: the writer codes result.
	parts *entryParts

	// from is the index the entry was restored from, if it was: its
	// bytes are copied as they are, text and all, even when the load
	// restored only the summary.
	from  *index
	entry indexEntry
}

// entryParts are an entry's three parts, coded, with their CRC-32Cs.
type entryParts struct {
	summary, faq, text          []byte
	summaryCRC, faqCRC, textCRC uint32
	buf                         *[]byte // text's, from textBufs
}

// encodeEntry codes what reading a file gave: the error, or the
// warnings and the article, whose slug as parsed is slug. The summary
// and the outline are made in keep and keepFAQ (a worker's arenas, when
// their memory must last: a summary's strings point into them; the
// outlines only until the new index holds them, so apart), the text in
// its own allocation, dropped once written.
//
// Without withText, the text is not coded: a summary is wanted, for no
// index.
func encodeEntry(r result, slug string, enc *entryEncoder, keep, keepFAQ *arena, withText bool) *entryParts {
	m, f, t := &enc.summary, &enc.faq, &enc.text
	m.e.buf, f.e.buf, t.e.buf = m.e.buf[:0], f.e.buf[:0], t.e.buf[:0]
	if r.err != nil {
		m.e.byte(1)
		m.e.str(r.err.Error())
	} else {
		a := r.article
		m.e.byte(0)
		m.e.strs(r.warnings)
		// Only the fields coded are read, the slug as parsed given.
		m.e.slug = slug
		m.summaryFields(a)
		facts := factsOf(a)
		m.textFacts(&facts)
		if secs := outlineOf(a); secs != nil {
			f.faqOutline(&secs)
		}
		if withText {
			t.textFields(a)
		}
	}
	p := &entryParts{}
	if withText {
		p.buf = textBufs.Get().(*[]byte)
		p.text = append((*p.buf)[:0], t.e.buf...)
	}
	if keep != nil {
		p.summary, p.faq = keep.copy(m.e.buf), keepFAQ.copy(f.e.buf)
	} else {
		p.summary, p.faq = append([]byte(nil), m.e.buf...), append([]byte(nil), f.e.buf...)
	}
	p.summaryCRC, p.faqCRC, p.textCRC = crc32.Checksum(p.summary, crcTable()), crc32.Checksum(p.faq, crcTable()), crc32.Checksum(p.text, crcTable())
	return p
}

// textBufs hold the coded texts between the worker that codes one and
// the writer, which gives the buffer back (release): a load would
// otherwise allocate the library's size again, for the collector.
var textBufs = sync.Pool{New: func() any { return new([]byte) }}

// release gives the coded text's buffer back once written.
func (p *entryParts) release() {
	if p.buf != nil && cap(p.text) <= 1<<20 {
		*p.buf = p.text[:0]
		textBufs.Put(p.buf)
	}
	p.text, p.buf = nil, nil
}

// entryEncoder is a worker's buffers for coding entries.
type entryEncoder struct{ summary, faq, text coder }

// tableRow is an entry's line of the table, to be written: the table
// lists the entries by path, so that a load, which walks a folder in the
// order of its paths, finds a file's entry where it looks first
// (index.entry).
type tableRow struct {
	path  string
	key   fileKey
	added int32 // the entry's place in written
}

// written is where an entry went in the index being written.
type written struct {
	n                  int32
	summary, faq, text span
}

// indexWriter writes an index entry by entry, as files are parsed, to a
// temporary file in the index's folder; finish adds the table, syncs the
// file and renames it over the old index.
type indexWriter struct {
	file  string
	f     *tempFile
	cw    *countWriter
	w     *bufio.Writer
	table []tableRow // the table's lines, one per entry, in the order added
	enc   entryEncoder

	// The outlines and summaries go after every text, so they are
	// gathered meanwhile in temporary files of their own, not in memory:
	// 12 MB of summaries at 10,000 articles, 60 MB at 50,000, and twice
	// that in the heap's headroom.
	faqs, sums   *tempFile
	fw, sw       *bufio.Writer
	faqsN, sumsN int
	n            int
	written      int64 // the bytes of f given to the kernel to write back (startWriteback)
	generation   uint64
	entries      []written // where each entry went, for the load to find its texts in the new index
	err          error     // the first error; nothing more is written after it
}

func newIndexWriter(file string) (*indexWriter, error) {
	if err := os.MkdirAll(filepath.Dir(file), 0o700); err != nil {
		return nil, err
	}
	f, err := newTempFile(filepath.Dir(file), filepath.Base(file)+".tmp")
	if err != nil {
		return nil, err
	}
	sums, err := newTempFile(filepath.Dir(file), filepath.Base(file)+".sum")
	if err != nil {
		f.discard()
		return nil, err
	}
	faqs, err := newTempFile(filepath.Dir(file), filepath.Base(file)+".sum")
	if err != nil {
		f.discard()
		sums.discard()
		return nil, err
	}
	iw := &indexWriter{file: file, f: f, cw: &countWriter{w: f.File}, sums: sums, faqs: faqs, generation: rand.Uint64()}
	iw.w = bufio.NewWriterSize(iw.cw, 256<<10)
	iw.sw = bufio.NewWriterSize(sums.File, 64<<10)
	iw.fw = bufio.NewWriterSize(faqs.File, 64<<10)
	_, iw.err = f.Write(make([]byte, indexHeader)) // filled in last
	return iw, nil
}

func (iw *indexWriter) add(fi indexFile) {
	if iw.err != nil {
		return
	}
	var p entryParts
	switch {
	case fi.from != nil:
		e, data := fi.entry, fi.from.data
		p = entryParts{summary: bytesOf(e.summary.of(data)), faq: bytesOf(e.faq.of(data)), text: bytesOf(e.text.of(data)),
			summaryCRC: e.summary.crc, faqCRC: e.faq.crc, textCRC: e.text.crc}
	case fi.parts != nil:
		p = *fi.parts
	default:
		p = *encodeEntry(fi.result, fi.slug, &iw.enc, nil, nil, true)
	}
	at := written{n: int32(iw.n)}
	at.summary = spanOf(iw.sumsN, len(p.summary), p.summaryCRC)
	at.faq = spanOf(iw.faqsN, len(p.faq), p.faqCRC)
	at.text = spanOf(int(iw.cw.n)+iw.w.Buffered(), len(p.text), p.textCRC)
	iw.table = append(iw.table, tableRow{path: fi.path, key: fi.key, added: int32(iw.n)})
	iw.sumsN += len(p.summary)
	iw.faqsN += len(p.faq)
	if _, iw.err = iw.sw.Write(p.summary); iw.err != nil {
		return
	}
	if _, iw.err = iw.fw.Write(p.faq); iw.err != nil {
		return
	}
	iw.n++
	iw.entries = append(iw.entries, at)
	_, iw.err = iw.w.Write(p.text)
	if n := iw.cw.n; n-iw.written >= writebackBlock {
		startWriteback(iw.f.File, iw.written, n-iw.written)
		iw.written = n
	}
}

// writebackBlock is how much of an index's texts is written before the
// kernel is asked to start writing it to disk. Left to the sync at the
// end, a cold load of 100,000 articles waited 0.9 s for its 435 MB
// while nothing else ran; written back as it goes, the disk works
// while the files are parsed.
const writebackBlock = 8 << 20

// size is about how large the index is so far: its entries, without
// the table.
func (iw *indexWriter) size() int64 {
	return iw.cw.n + int64(iw.w.Buffered()+iw.sumsN+iw.faqsN)
}

// tableBlock is how much of the table is coded before it is written.
const tableBlock = 64 << 10

// finish writes the table and the header and puts the index in place;
// build, dir and name are what a reader must match (see readIndex).
// whole, when not nil, is given the file once all of it is written and
// before it is synced (the sync of a large index takes longest): what
// it reads there is what is put in place, unless finish then fails.
func (iw *indexWriter) finish(build, dir, name string, whole func(*tempFile)) (err error) {
	defer iw.sums.discard()
	defer iw.faqs.discard()
	defer func() {
		if err != nil {
			iw.f.discard()
		}
	}()
	if iw.err != nil {
		return iw.err
	}
	if err := iw.w.Flush(); err != nil {
		return err
	}
	// The outlines, then the summaries, are copied file to file
	// (copy_file_range on Linux).
	faqsAt, err := iw.append(iw.faqs, iw.fw, iw.faqsN)
	if err != nil {
		return err
	}
	summariesAt, err := iw.append(iw.sums, iw.sw, iw.sumsN)
	if err != nil {
		return err
	}
	// The table is written as it is coded, a block at a time, its
	// checksum kept up meanwhile: coded whole, it and the copies its
	// growth left were 21 MB of a cold load's peak at 100,000 files.
	tableAt := uint64(iw.cw.n) + uint64(iw.w.Buffered())
	var table encoder
	var tableCRC uint32
	flushTable := func() error {
		tableCRC = crc32.Update(tableCRC, crcTable(), table.buf)
		_, err := iw.w.Write(table.buf)
		table.buf = table.buf[:0]
		return err
	}
	table.str(build)
	table.str(dir)
	table.str(name)
	table.uvarint(iw.generation)
	table.uvarint(uint64(faqsAt))
	table.uvarint(uint64(summariesAt))
	table.uvarint(uint64(iw.n))
	slices.SortStableFunc(iw.table, func(a, b tableRow) int { return strings.Compare(a.path, b.path) })
	for n, row := range iw.table {
		// The entry's number is its line's; its spans are relative to
		// where their parts start.
		e := &iw.entries[row.added]
		e.n = int32(n)
		table.str(row.path)
		table.varint(row.key.size)
		table.varint(row.key.mtime)
		table.varint(row.key.ino)
		table.varint(row.key.ctime)
		for _, s := range []span{e.summary, e.faq, e.text} {
			table.uvarint(uint64(s.crc))
			table.uvarint(uint64(s.start))
			table.uvarint(uint64(s.end - s.start))
		}
		e.faq.start, e.faq.end = e.faq.start+int32(faqsAt), e.faq.end+int32(faqsAt)
		e.summary.start, e.summary.end = e.summary.start+int32(summariesAt), e.summary.end+int32(summariesAt)
		if len(table.buf) >= tableBlock {
			if err := flushTable(); err != nil {
				return err
			}
		}
	}
	if err := flushTable(); err != nil {
		return err
	}
	iw.table = nil // written: let go while the file is synced
	if err := iw.w.Flush(); err != nil {
		return err
	}
	header := make([]byte, indexHeader)
	copy(header, indexMagic)
	binary.LittleEndian.PutUint32(header[8:], indexVersion)
	binary.LittleEndian.PutUint32(header[12:], tableCRC)
	binary.LittleEndian.PutUint64(header[16:], uint64(iw.cw.n))
	binary.LittleEndian.PutUint64(header[24:], tableAt)
	if _, err := iw.f.WriteAt(header, 0); err != nil {
		return err
	}
	if whole != nil {
		whole(iw.f)
	}
	if err := iw.f.Sync(); err != nil {
		return err
	}
	if err := iw.f.replace(iw.file); err != nil {
		return err
	}
	syncDir(filepath.Dir(iw.file))
	return nil
}

// append copies a part gathered in a temporary file (n bytes, the rest
// in w) to the end of the index, and returns where it starts in the
// payload.
func (iw *indexWriter) append(t *tempFile, w *bufio.Writer, n int) (int, error) {
	if err := w.Flush(); err != nil {
		return 0, err
	}
	if _, err := t.Seek(0, io.SeekStart); err != nil {
		return 0, err
	}
	at := int(iw.cw.n)
	copied, err := io.Copy(iw.f.File, t.File)
	if err != nil {
		return 0, err
	}
	if copied != int64(n) {
		return 0, fmt.Errorf("index part: copied %d bytes of %d", copied, n)
	}
	iw.cw.n += copied
	return at, nil
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
