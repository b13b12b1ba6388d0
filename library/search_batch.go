package library

import (
	"cmp"
	"encoding/binary"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unsafe"
)

// A one-word search's snippets, read together. A hit's snippet is cut
// from the start of its body, up to a little past where the word first
// is, which the postings tell; the body is in the index. Read one hit at
// a time, a common word's 70,000 hits at 100,000 articles were 70,000
// reads of the index file: on this project's two-core virtual machine a
// system call costs half a microsecond before it does anything, and the
// reads were a third of the search (docs/scaling.md). So the hits whose
// snippets are to be read wait until every article is scored; then they
// are put in the order of their texts in the index, and hits whose texts
// lie close together are read with one read, of up to snippetSpan
// bytes. A rare word's hits lie far apart and are still read one by one.

// snippetGap is the most bytes between two hits' texts that one read
// takes in rather than making a second read: copying 16 KB costs about
// what a read's system call does. snippetSpan is the most one read
// takes, so that each worker's buffer stays small.
const (
	snippetGap  = 16 << 10
	snippetSpan = 1 << 20
)

// pendingSnippet is a hit whose snippet is still to be read: the hit
// found[chunk][hit] of Search, its text's place, and where the query's
// word first is in its body.
type pendingSnippet struct {
	chunk, hit int32
	at         int32
	textAt     int32  // place.textAt, and
	idx        *index // place.idx, where sorting finds them without a look in place
	place      *textPlace
}

// span is where in the index the bytes its snippet needs are: from its
// text's start, the body's length and the body up to reach past the
// word (n is the word's length).
func (p pendingSnippet) span(n int) (start, end int) {
	need := int(p.at) + n + snippetReach
	return int(p.textAt), int(p.textAt) + min(int(p.place.textLen), need+binary.MaxVarintLen64)
}

// readSnippets gives each pending hit its snippet and offset, read from
// its index in runs of nearby texts, on every core; a hit whose body
// cannot be read keeps the excerpt it has. n is the length of the word.
func readSnippets(found [][]Hit, pending [][]pendingSnippet, n int) {
	total := 0
	for _, p := range pending {
		total += len(p)
	}
	if total == 0 {
		return
	}
	all := make([]pendingSnippet, 0, total)
	for c, p := range pending {
		all = append(all, p...)
		pending[c] = nil
	}
	slices.SortFunc(all, func(a, b pendingSnippet) int {
		if a.idx != b.idx {
			return cmp.Compare(uintptr(unsafe.Pointer(a.idx)), uintptr(unsafe.Pointer(b.idx)))
		}
		return cmp.Compare(a.textAt, b.textAt)
	})
	runs := snippetRuns(all, n)
	var next atomic.Int64
	work := func() {
		var buf, low []byte
		for {
			k := int(next.Add(1) - 1)
			if k >= len(runs) {
				return
			}
			r := runs[k]
			group := all[r.from:r.to]
			var err error
			if buf, err = group[0].idx.readAt(buf, r.start, r.end-r.start); err != nil {
				continue // their excerpts stand
			}
			for _, p := range group {
				s, e := p.span(n)
				prefix, ok := bodyPrefixOf(buf[s-r.start:e-r.start], int(p.place.textLen), int(p.at)+n+snippetReach)
				if !ok || int(p.at)+n > len(prefix) {
					continue
				}
				h := &found[p.chunk][p.hit]
				h.Offset = int(p.at)
				h.Snippet = snippet(&low, prefix, int(p.at), n)
				if sharesBuffer(h.Snippet, buf) { // the next run reads over buf
					h.Snippet = strings.Clone(h.Snippet)
				}
			}
		}
	}
	var wg sync.WaitGroup
	for range min(len(runs), runtime.GOMAXPROCS(0)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
}

// snippetRun is the hits all[from:to] of readSnippets, whose bytes are
// read with one read of their index's payload from start to end.
type snippetRun struct{ from, to, start, end int }

// snippetRuns splits all, in the order of their texts, into runs read
// with one read each: a run goes on while the next text is in the same
// index, starts within snippetGap of what the run reads so far, and
// ends within snippetSpan of the run's start.
func snippetRuns(all []pendingSnippet, n int) []snippetRun {
	var runs []snippetRun
	r := snippetRun{}
	r.start, r.end = all[0].span(n)
	for i := 1; i < len(all); i++ {
		s, e := all[i].span(n)
		if all[i].idx != all[i-1].idx || s > r.end+snippetGap || e-r.start > snippetSpan {
			r.to = i
			runs = append(runs, r)
			r = snippetRun{from: i, start: s, end: e}
			continue
		}
		r.end = max(r.end, e)
	}
	r.to = len(all)
	return append(runs, r)
}

// bodyPrefixOf is the first n bytes of the body (or the whole body, when
// shorter) of a text part whose start is in buf, textLen bytes in all;
// read without the rest of the text, and without its checksum, which
// covers the whole: a damaged text may show a damaged snippet, never
// read out of bounds.
func bodyPrefixOf(buf []byte, textLen, n int) (string, bool) {
	u, k := binary.Uvarint(buf)
	if k <= 0 || u&1 == 1 || u>>1 > uint64(textLen) {
		return "", false
	}
	body := buf[k:min(len(buf), k+int(u>>1))]
	return unsafeString(body[:min(len(body), n)]), true
}

// sharesBuffer reports whether s's bytes are in buf's array.
func sharesBuffer(s string, buf []byte) bool {
	p, b := uintptr(unsafe.Pointer(unsafe.StringData(s))), uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	return s != "" && p >= b && p < b+uintptr(cap(buf))
}
