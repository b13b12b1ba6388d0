package library

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
)

// indexFile is one file's entry, to be written.
type indexFile struct {
	path   string
	key    fileKey
	result result
	slug   string // the article's slug as parsed, before newLibrary

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
	f       *tempFile
	cw      *countWriter
	w       *bufio.Writer
	rows    encoder // the table's lines, one per entry
	summary coder
	text    coder

	// The summaries go after every text, so they are gathered meanwhile
	// in a second temporary file, not in memory: 12 MB at 10,000
	// articles, 60 MB at 50,000, and twice that in the heap's headroom.
	sums  *tempFile
	sw    *bufio.Writer
	sumsN int
	n     int
	err   error // the first error; nothing more is written after it
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
	iw := &indexWriter{file: file, f: f, cw: &countWriter{w: f.File}, sums: sums}
	iw.w = bufio.NewWriterSize(iw.cw, 256<<10)
	iw.sw = bufio.NewWriterSize(sums.File, 64<<10)
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
		m.e.buf, t.e.buf = m.e.buf[:0], t.e.buf[:0]
		if fi.result.err != nil {
			m.e.byte(1)
			m.e.str(fi.result.err.Error())
		} else {
			m.e.byte(0)
			m.e.strs(fi.result.warnings)
			// Only the fields coded are read: newLibrary may be setting
			// Slug and InferredTags meanwhile.
			m.e.slug = fi.slug
			m.summaryFields(fi.result.article)
			t.textFields(fi.result.article)
		}
		summary, text = m.e.buf, t.e.buf
		summaryCRC, textCRC = crc32.Checksum(summary, crcTable), crc32.Checksum(text, crcTable)
	}
	r := &iw.rows
	r.str(fi.path)
	r.varint(fi.key.size)
	r.varint(fi.key.mtime)
	r.varint(fi.key.ino)
	r.varint(fi.key.ctime)
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

// finish writes the table and the header and puts the index in place;
// build, dir and name are what a reader must match (see readIndex).
func (iw *indexWriter) finish(build, dir, name string) (err error) {
	defer iw.sums.discard()
	defer func() {
		if err != nil {
			iw.f.discard()
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
	n, err := io.Copy(iw.f.File, iw.sums.File)
	if err != nil {
		return err
	}
	if n != int64(iw.sumsN) {
		return fmt.Errorf("summaries: copied %d bytes of %d", n, iw.sumsN)
	}
	iw.cw.n += n
	var table encoder
	table.str(build)
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
	if err := iw.f.replace(iw.file); err != nil {
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
