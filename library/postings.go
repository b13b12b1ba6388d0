package library

import (
	"bufio"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"github.com/folio-reader/folio/internal/safefile"
)

// Postings: for each word of the bodies an index holds, the entries whose
// body has it. A search reads them instead of every body: the bodies it
// reads are those of its hits, for their snippets. They are kept beside
// the index, in a file of their own (the index's name, .post), made by the
// first search that finds none for the index (or one made from another
// index: the file names the index's generation), and read, not rebuilt,
// by the searches after it.
//
// Why folio's own rather than a search library: bleve or a Lucene-like
// engine indexes words for ranked full-text queries and would take
// longer to build than folio takes to load; folio's search is "every
// word of the query in the text, as a part of a word or whole", which
// postings of whole words answer exactly for query words made of
// letters and digits (a body holds the query word exactly when one of
// its words does), given the list of the index's words to look the
// query word up in. Roaring bitmaps would hold the entries more tightly
// but not the counts and first positions a ranked hit and its snippet
// need, which are most of the bytes. Figures: docs/scaling.md.
//
// A postings file is a 32-byte header — magic, version, the generation
// of the index it was built from, the number of entries, the number of
// segments of bodies and of fields — then the segments of the bodies and
// those of the fields (postings_build.go), each covering segmentDocs
// entries. The fields are what Search scores besides the body: the
// title, tags, categories and excerpt; their postings let a search skip
// the articles that hold a query word nowhere, without reading their
// fields (for a rare word, most of its time at 100,000 articles).

const (
	postMagic   = "foliopst"
	postVersion = 2
	postHeader  = 32
)

// postings are an index's postings, read.
type postings struct {
	mapped  []byte // the file, mapped
	entries int    // the index's entries, which they name by number
	segs    []postSegment
	fields  []postSegment // the words of the entries' titles, tags, categories and excerpts
}

// postSegment is one segment: its words and their postings.
type postSegment struct {
	lo, hi int32
	dict   string  // each word after a newline, and a newline last
	starts []int32 // where each word starts in dict
	offs   []int32 // where each word's postings start in blob; one more, the end
	blob   string
}

// postingsPath is where the postings of the index file are kept.
func postingsPath(indexFile string) string {
	return strings.TrimSuffix(indexFile, filepath.Ext(indexFile)) + ".post"
}

// postingsOf are the postings of idx: read from their file, or built and
// written when there are none for this index. nil when neither can be
// (Search then reads every body).
func (idx *index) postingsOf() *postings {
	idx.postOnce.Do(func() {
		if idx.path == "" {
			return
		}
		file := postingsPath(idx.path)
		if safefile.CheckOwn(file) != nil {
			return // not folio's: neither read nor replaced
		}
		if p, err := readPostings(file, idx.generation); err == nil {
			idx.post = p
			return
		}
		if err := writePostings(idx, file); err != nil {
			return
		}
		idx.post, _ = readPostings(file, idx.generation)
	})
	return idx.post
}

// writePostings builds the postings of every entry of idx and puts them
// at file.
func writePostings(idx *index, file string) error {
	sums, texts, err := idx.entrySpans()
	if err != nil {
		return err
	}
	f, err := newTempFile(filepath.Dir(file), filepath.Base(idx.path)+".tmp")
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	header := make([]byte, postHeader)
	copy(header, postMagic)
	binary.LittleEndian.PutUint32(header[8:], postVersion)
	binary.LittleEndian.PutUint64(header[12:], idx.generation)
	binary.LittleEndian.PutUint32(header[20:], uint32(len(texts)))
	segs, fieldSegs := 0, 0
	_, err = w.Write(make([]byte, postHeader)) // filled in last
	if err == nil {
		err = buildSegments(len(texts), bodyOf(idx, texts), func(seg []byte) error {
			segs++
			_, err := w.Write(seg)
			return err
		})
	}
	if err == nil {
		err = buildSegments(len(sums), fieldsOf(idx, sums), func(seg []byte) error {
			fieldSegs++
			_, err := w.Write(seg)
			return err
		})
	}
	if err == nil {
		err = w.Flush()
	}
	if err == nil {
		binary.LittleEndian.PutUint32(header[24:], uint32(segs))
		binary.LittleEndian.PutUint32(header[28:], uint32(fieldSegs))
		_, err = f.WriteAt(header, 0)
	}
	if err == nil {
		err = f.Sync()
	}
	if err != nil {
		f.discard()
		return err
	}
	return f.replace(file)
}

var errBadPostings = errors.New("damaged postings")

// readPostings reads the postings at file, built from the index of the
// given generation.
func readPostings(file string, generation uint64) (*postings, error) {
	buf, f, err := mapFile(file, false) // pages are read as words are looked up
	if err != nil {
		return nil, err
	}
	if f != nil {
		f.Close() // the mapping is all that is read
	}
	p, err := parsePostings(buf, generation)
	if err != nil {
		unmapFile(buf, nil)
		return nil, err
	}
	p.mapped = buf
	return p, nil
}

func parsePostings(buf []byte, generation uint64) (*postings, error) {
	if len(buf) < postHeader || string(buf[:8]) != postMagic || binary.LittleEndian.Uint32(buf[8:]) != postVersion ||
		binary.LittleEndian.Uint64(buf[12:]) != generation {
		return nil, errBadPostings
	}
	data := unsafeString(buf[postHeader:])
	n, nf := binary.LittleEndian.Uint32(buf[24:]), binary.LittleEndian.Uint32(buf[28:])
	p := &postings{entries: int(binary.LittleEndian.Uint32(buf[20:])), segs: make([]postSegment, 0, min(int(n), len(data)))}
	d := decoder{data: data}
	for i := range uint64(n) + uint64(nf) {
		headLen := d.uvarint()
		if d.bad || headLen > uint64(len(data)-d.pos) || len(data)-d.pos-int(headLen) < 4 {
			return nil, errBadPostings
		}
		head := data[d.pos : d.pos+int(headLen)]
		d.pos += int(headLen)
		if crc32.Checksum(bytesOf(head), crcTable()) != binary.LittleEndian.Uint32(bytesOf(data[d.pos:d.pos+4])) {
			return nil, errBadPostings
		}
		d.pos += 4
		blobLen := d.uvarint()
		if d.bad || blobLen > uint64(len(data)-d.pos) {
			return nil, errBadPostings
		}
		seg, ok := parseSegment(head, data[d.pos:d.pos+int(blobLen)])
		if !ok {
			return nil, errBadPostings
		}
		d.pos += int(blobLen)
		if i < uint64(n) {
			p.segs = append(p.segs, seg)
		} else {
			p.fields = append(p.fields, seg)
		}
	}
	if d.pos != len(data) {
		return nil, errBadPostings
	}
	return p, nil
}

func parseSegment(head, blob string) (postSegment, bool) {
	h := decoder{data: head}
	lo, hi, terms, dictLen := h.uvarint(), h.uvarint(), h.uvarint(), h.uvarint()
	if h.bad || lo > hi || hi > 1<<31 || dictLen > uint64(len(head)-h.pos) || terms > dictLen {
		return postSegment{}, false
	}
	s := postSegment{lo: int32(lo), hi: int32(hi), dict: head[h.pos : h.pos+int(dictLen)], blob: blob}
	h.pos += int(dictLen)
	if len(s.dict) == 0 || s.dict[0] != '\n' || s.dict[len(s.dict)-1] != '\n' || uint64(strings.Count(s.dict, "\n")) != terms+1 {
		return postSegment{}, false
	}
	s.starts = make([]int32, 0, terms)
	for i := 0; i+1 < len(s.dict); {
		s.starts = append(s.starts, int32(i+1))
		i += 1 + strings.IndexByte(s.dict[i+1:], '\n')
	}
	s.offs = make([]int32, terms+1)
	at := uint64(0)
	for t := range terms {
		s.offs[t] = int32(at)
		at += h.uvarint()
	}
	if h.bad || h.pos != len(head) || at != uint64(len(blob)) {
		return postSegment{}, false
	}
	s.offs[terms] = int32(at)
	return s, true
}

// bodyMatches are, for one query word and one index, each entry's count
// of the word in its body (up to maxBodyCounted; 0: not there) and
// where it first is (-1: not there, or not known).
type bodyMatches struct {
	count []uint8
	first []int32
}

// letGo hands the pages of the postings read so far back to the kernel
// (release): a search copies what it needs of them (match, inFields)
// before it scores a hit, and a common word's were 5 to 14 MB of the
// search's peak at 100,000 articles (more when the page cache holds the
// file in large folios, which a fault maps whole). A later search reads
// them again from the file, which folio replaces but never changes.
func (p *postings) letGo() { release(p.mapped) }

// match finds the word w, lower-cased and made of word runes only (see
// isWord), in the bodies of n entries.
func (p *postings) match(w string, n int) bodyMatches {
	m := bodyMatches{count: make([]uint8, n), first: make([]int32, n)}
	for i := range m.first {
		m.first[i] = -1
	}
	matchIn(p.segs, w, n, &m)
	return m
}

// inFields reports, for each of n entries, whether one of its fields
// (title, tags, categories, excerpt) holds the word w, lower-cased and
// made of word runes only.
func (p *postings) inFields(w string, n int) []bool {
	m := bodyMatches{count: make([]uint8, n)}
	matchIn(p.fields, w, n, &m)
	in := make([]bool, n)
	for e, c := range m.count {
		in[e] = c > 0
	}
	return in
}

// matchIn adds to m the postings in segs of every word holding w; m.first
// is left alone when nil.
func matchIn(segs []postSegment, w string, n int, m *bodyMatches) {
	for si := range segs {
		s := &segs[si]
		for from := 0; ; {
			i := strings.Index(s.dict[from:], w)
			if i < 0 {
				break
			}
			i += from
			t := sort.Search(len(s.starts), func(k int) bool { return int(s.starts[k]) > i }) - 1
			start := int(s.starts[t])
			end := start + strings.IndexByte(s.dict[start:], '\n')
			term := s.dict[start:end]
			times, at := strings.Count(term, w), strings.Index(term, w)
			s.each(t, n, func(e int32, tf, first int) {
				c := int(m.count[e]) + tf*times
				m.count[e] = uint8(min(c, maxBodyCounted))
				if m.first != nil && first > 0 && (m.first[e] < 0 || int32(first-1+at) < m.first[e]) {
					m.first[e] = int32(first - 1 + at)
				}
			})
			from = end
		}
	}
}

// each calls f with the postings of word t: each entry below n, the
// word's count there and where it first is, +1 (0: not known). A
// damaged posting ends the word's.
func (s *postSegment) each(t, n int, f func(e int32, tf, first int)) {
	d := decoder{data: s.blob[s.offs[t]:s.offs[t+1]]}
	e := s.lo
	for d.pos < len(d.data) {
		delta, tf, first := d.uvarint(), d.uvarint(), d.uvarint()
		if d.bad || delta > uint64(s.hi-e) {
			return
		}
		e += int32(delta)
		if int(e) >= n || e >= s.hi {
			return
		}
		f(e, int(tf), int(first))
	}
}

// entrySpans are where the summary and the text of each entry of idx
// lie, by number, read again from its table.
func (idx *index) entrySpans() (summaries, texts []span, _ error) {
	_, d, n, err := indexHead(idx.buf, idx.build, idx.dir, idx.name)
	if err != nil {
		return nil, nil, err
	}
	summaries, texts = make([]span, 0, n), make([]span, 0, n)
	table, sumsAt, faqsAt := uint64(idx.tableAt), uint64(idx.summariesAt), uint64(idx.faqsAt)
	for range n {
		d.str()
		d.varint()
		d.varint()
		d.varint()
		d.varint()
		for part := range 3 {
			crc, start, size := d.uvarint(), d.uvarint(), d.uvarint()
			switch part {
			case 0: // from the start of the summaries
				if start > table-sumsAt || size > table-sumsAt-start {
					return nil, nil, errBadIndex
				}
				summaries = append(summaries, span{start: int32(sumsAt + start), end: int32(sumsAt + start + size), crc: uint32(crc)})
			case 2:
				if start > faqsAt || size > faqsAt-start {
					return nil, nil, errBadIndex
				}
				texts = append(texts, span{start: int32(start), end: int32(start + size), crc: uint32(crc)})
			}
		}
		if d.bad {
			return nil, nil, errBadIndex
		}
	}
	return summaries, texts, nil
}

// postingsState is what an index keeps of its postings.
type postingsState struct {
	postOnce sync.Once
	post     *postings
}
