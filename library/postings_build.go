package library

import (
	"encoding/binary"
	"hash/crc32"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Building an index's postings: every body of the index read once, from
// the index file, lower-cased as Search lower-cases it, and cut into
// words (maximal runs of letters and digits). For each word, the entries
// whose body has it, how many times, and where it first is. They are
// built in segments of segmentDocs entries, on every core, and written
// segment by segment, so that no more than a few segments are held at
// once: a build at 100,000 articles holds tens of megabytes, not the
// postings whole.

// segmentDocs is how many entries a segment of postings covers.
const segmentDocs = 8192

// isPostedRune reports whether r is part of a word as postings cut them.
// A query word made only of such runes is found in a body exactly when a
// word of the body contains it: the postings of every word that contains
// it are its postings.
func isPostedRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isWord reports whether w is made only of word runes (and not empty).
func isPostedWord(w string) bool {
	for _, r := range w {
		if !isPostedRune(r) {
			return false
		}
	}
	return w != ""
}

// eachWord calls f with each word of s and where it starts.
func eachWord(s string, f func(w string, at int)) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var word bool
		size := 1
		if c < utf8.RuneSelf {
			word = 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			word = r != utf8.RuneError && isPostedRune(r)
		}
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			f(s[start:i], start)
			start = -1
		}
		i += size
	}
	if start >= 0 {
		f(s[start:], start)
	}
}

// segmentBuilder makes one segment's postings.
type segmentBuilder struct {
	lo    int32 // the first entry it covers
	ids   map[string]int32
	terms []string
	last  []int32 // per term: the entry that last had it, +1
	tf    []int32 // its count in that entry
	first []int32 // where it first is there, +1; 0 when not known
	prev  []int32 // the entry of its last posting
	post  [][]byte
	doc   []int32 // the terms of the entry being read
}

func newSegmentBuilder(lo int32) *segmentBuilder {
	return &segmentBuilder{lo: lo, ids: map[string]int32{}}
}

// add adds entry n, whose body lower-cased is low; positions are known
// when lower-casing kept the body's length (else Search shows the
// excerpt, as it does for such a body).
func (b *segmentBuilder) add(n int32, low string, positions bool) {
	b.doc = b.doc[:0]
	eachWord(low, func(w string, at int) {
		id, ok := b.ids[w]
		if !ok {
			id = int32(len(b.terms))
			w = strings.Clone(w)
			b.ids[w] = id
			b.terms = append(b.terms, w)
			b.last, b.tf, b.first, b.prev = append(b.last, 0), append(b.tf, 0), append(b.first, 0), append(b.prev, b.lo)
			b.post = append(b.post, nil)
		}
		if b.last[id] != n+1 {
			b.last[id], b.tf[id] = n+1, 0
			b.first[id] = 0
			if positions {
				b.first[id] = int32(at) + 1
			}
			b.doc = append(b.doc, id)
		}
		b.tf[id]++
	})
	for _, id := range b.doc {
		p := b.post[id]
		p = binary.AppendUvarint(p, uint64(n-b.prev[id]))
		p = binary.AppendUvarint(p, uint64(min(b.tf[id], maxBodyCounted)))
		p = binary.AppendUvarint(p, uint64(b.first[id]))
		b.post[id], b.prev[id] = p, n
	}
}

// bytes codes the segment: the entries it covers, its words (each after
// a newline, which no word holds, so that a word part is found in them
// by one strings.Index; and a newline last), the length of each word's
// postings and the postings; a CRC-32C of all but the postings, checked
// when the segment is read.
func (b *segmentBuilder) bytes(hi int32) []byte {
	var dict strings.Builder
	for _, t := range b.terms {
		dict.WriteByte('\n')
		dict.WriteString(t)
	}
	dict.WriteByte('\n')
	var head []byte
	head = binary.AppendUvarint(head, uint64(b.lo))
	head = binary.AppendUvarint(head, uint64(hi))
	head = binary.AppendUvarint(head, uint64(len(b.terms)))
	head = binary.AppendUvarint(head, uint64(dict.Len()))
	head = append(head, dict.String()...)
	blob := 0
	for _, p := range b.post {
		head = binary.AppendUvarint(head, uint64(len(p)))
		blob += len(p)
	}
	out := binary.AppendUvarint(nil, uint64(len(head)))
	out = append(out, head...)
	out = binary.LittleEndian.AppendUint32(out, crc32.Checksum(head, crcTable()))
	out = binary.AppendUvarint(out, uint64(blob))
	for _, p := range b.post {
		out = append(out, p...)
	}
	return out
}

// entryText is what postings are made of for entry e: its text
// lower-cased (into sc.low), whether the words' places in it are those
// of the body (positions), and ok false for an entry to leave out.
type entryText func(sc *segScratch, e int) (text string, positions, ok bool)

// segScratch is a build worker's reusable memory.
type segScratch struct {
	tr     textReader
	low    []byte
	fields []byte // an entry's fields, before lower-casing
	sl     *slabs // the slices of the summaries decoded for one segment
}

// bodyOf is the text of each entry, for the postings of bodies. An entry
// whose text is damaged is left out: its article is found by a scan
// (Search).
func bodyOf(idx *index, texts []span) entryText {
	return func(sc *segScratch, e int) (string, bool, bool) {
		body, ok := sc.tr.entryBody(idx, texts[e])
		if !ok {
			return "", false, false
		}
		l := lowerInto(&sc.low, body)
		return l, len(l) == len(body), true
	}
}

// fieldsOf is the fields of each entry's summary that Search scores
// beside the body (scoreFields): title, tags, categories and excerpt,
// a line each, for the postings of fields. Inferred tags are not in an
// index (they depend on the whole library): Search scores every
// article that has some.
func fieldsOf(idx *index, sums []span) entryText {
	return func(sc *segScratch, e int) (string, bool, bool) {
		sp := sums[e]
		if !sp.sound(idx.data) {
			return "", false, false
		}
		c := coder{dec: true, d: decoder{data: idx.data[:sp.end], pos: int(sp.start), slabs: sc.sl}}
		if c.d.byte() != 0 {
			return "", false, false // a file that failed: no article
		}
		c.d.strs()
		var a Article
		c.summaryFields(&a)
		if c.d.bad {
			return "", false, false
		}
		b := sc.fields[:0]
		b = append(b, a.Title...)
		for _, list := range [][]string{a.Tags, a.Categories} {
			for _, t := range list {
				b = append(append(b, '\n'), t...)
			}
		}
		b = append(append(b, '\n'), a.Excerpt...)
		sc.fields = b
		return lowerInto(&sc.low, unsafeString(b)), false, true
	}
}

// buildSegments makes the postings of n entries, whose texts text gives,
// segment by segment in order, on every core, passing each segment's
// bytes to emit in order. It stops at the first error of emit.
func buildSegments(n int, text entryText, emit func([]byte) error) error {
	segs := (n + segmentDocs - 1) / segmentDocs
	workers := max(1, min(segs, runtime.GOMAXPROCS(0)))
	results := make([]chan []byte, segs)
	for i := range results {
		results[i] = make(chan []byte, 1)
	}
	// Each worker takes the segments i, i+workers, …, and waits for its
	// segment before last to be emitted before starting another: at most
	// two segments a worker are held.
	emitted := make([]chan struct{}, segs)
	for i := range emitted {
		emitted[i] = make(chan struct{})
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			var sc segScratch
			for s := w; s < segs; s += workers {
				if s >= 2*workers {
					select {
					case <-emitted[s-2*workers]:
					case <-stop:
						return
					}
				}
				lo, hi := s*segmentDocs, min(n, (s+1)*segmentDocs)
				b := newSegmentBuilder(int32(lo))
				sc.sl = &slabs{}
				for e := lo; e < hi; e++ {
					if t, positions, ok := text(&sc, e); ok {
						b.add(int32(e), t, positions)
					}
				}
				results[s] <- b.bytes(int32(hi))
			}
		})
	}
	var err error
	for s := range segs {
		seg := <-results[s]
		if err == nil {
			err = emit(seg)
		}
		close(emitted[s])
		if err != nil {
			close(stop)
			break
		}
	}
	wg.Wait()
	return err
}

// entryBody is the body of the text at t in idx, read into the reader's
// buffer and checked.
func (tr *textReader) entryBody(idx *index, t span) (string, bool) {
	buf, err := idx.readAt(tr.buf, int(t.start), int(t.end-t.start))
	tr.buf = buf
	if err != nil || crc32.Checksum(buf, crcTable()) != t.crc {
		return "", false
	}
	var body string
	c := coder{dec: true, d: decoder{data: unsafeString(buf)}}
	c.body(&body)
	return body, !c.d.bad
}
