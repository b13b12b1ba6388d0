package library

import (
	"encoding/binary"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Hit is one article matching a search, with where it matched.
type Hit struct {
	Article *Article
	Score   int
	Field   string // the best field that matched: title, tag, category, excerpt or body
	Snippet string // the matched passage, one line
	Offset  int    // byte offset in Body of the first body match, or -1
}

// Field weights: a title hit outranks a tag or category hit, which
// outranks the excerpt, which outranks the body.
const (
	weightTitle    = 100
	weightTerm     = 50
	weightExcerpt  = 20
	weightBody     = 5
	maxBodyCounted = 10
)

// Search finds the articles matching every word of query (ignoring
// case) in the title, tags, categories, excerpt or body, best first.
// Large libraries are searched in parallel, a share of the articles per
// core; the hits are the same, in the same order.
func (l *Library) Search(query string) []Hit {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ")
	arts := l.Articles
	chunks := (len(arts) + searchChunk - 1) / searchChunk
	found := make([][]Hit, chunks)
	var next atomic.Int64
	work := func() {
		var low lowered
		var tr textReader
		for {
			c := int(next.Add(1) - 1)
			if c >= chunks {
				return
			}
			for _, a := range arts[c*searchChunk : min(len(arts), (c+1)*searchChunk)] {
				body, _ := tr.body(a) // a text that cannot be read is searched as empty
				if h, ok := scoreArticle(a, body, words, phrase, &low); ok {
					found[c] = append(found[c], h)
				}
			}
		}
	}
	var wg sync.WaitGroup
	for range min(chunks, runtime.GOMAXPROCS(0)) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	var hits []Hit
	for _, f := range found {
		hits = append(hits, f...)
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return b.Score - a.Score })
	return hits
}

// searchChunk is how many articles a search worker takes at a time.
const searchChunk = 256

// lowered holds a worker's lower-cased copies of the fields of the
// article it is scoring, in buffers reused from one article to the next.
type lowered struct{ title, tags, cats, excerpt, body, snippet []byte }

// scoreArticle scores a, whose body is text, for the query's words.
func scoreArticle(a *Article, text string, words []string, phrase string, low *lowered) (Hit, bool) {
	title := lowerInto(&low.title, a.Title)
	tags := lowerJoined(&low.tags, a.AllTags())
	cats := lowerJoined(&low.cats, a.Categories)
	excerpt := lowerInto(&low.excerpt, a.Excerpt)
	body := lowerInto(&low.body, text)
	h := Hit{Article: a, Offset: -1}
	best := 0
	note := func(field string, w int) {
		h.Score += w
		if w > best {
			best, h.Field = w, field
		}
	}
	for _, w := range words {
		found := false
		if strings.Contains(title, w) {
			note("title", weightTitle)
			found = true
		}
		if strings.Contains(tags, w) {
			note("tag", weightTerm)
			found = true
		}
		if strings.Contains(cats, w) {
			note("category", weightTerm)
			found = true
		}
		if strings.Contains(excerpt, w) {
			note("excerpt", weightExcerpt)
			found = true
		}
		if n := countUpTo(body, w, maxBodyCounted); n > 0 {
			note("body", weightBody*min(n, maxBodyCounted))
			found = true
		}
		if !found {
			return h, false
		}
	}
	if strings.Contains(title, phrase) {
		h.Score += weightTitle
	}
	// The snippet shows the whole phrase if the body has it, else the first word.
	at := strings.Index(body, phrase)
	if at < 0 {
		at = strings.Index(body, words[0])
	}
	// Offsets in the lower-cased body hold for the original only when
	// lower-casing kept every byte length, which it does for most text.
	if at >= 0 && len(body) == len(text) {
		h.Offset = at
		h.Snippet = snippet(&low.snippet, text, at, len(phrase))
	} else {
		h.Snippet = a.Excerpt
	}
	return h, true
}

// lowerInto returns strings.ToLower(s), written into *buf: the string
// shares buf's memory and is good until buf is written again.
func lowerInto(buf *[]byte, s string) string {
	b, ok := appendLowerASCII((*buf)[:0], s)
	if !ok {
		b = append(b[:0], strings.ToLower(s)...)
	}
	*buf = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// countUpTo is min(strings.Count(s, sub), limit), for a sub that is not
// empty, without looking further than the limit-th match.
func countUpTo(s, sub string, limit int) int {
	n := 0
	for n < limit {
		i := strings.Index(s, sub)
		if i < 0 {
			break
		}
		n++
		s = s[i+len(sub):]
	}
	return n
}

// lowerJoined is strings.ToLower(strings.Join(list, "\n")), into *buf.
func lowerJoined(buf *[]byte, list []string) string {
	ascii := true
	for _, s := range list {
		ascii = ascii && isASCII(s)
	}
	if !ascii {
		return lowerInto(buf, strings.Join(list, "\n"))
	}
	b := (*buf)[:0]
	for i, s := range list {
		if i > 0 {
			b = append(b, '\n')
		}
		b, _ = appendLowerASCII(b, s)
	}
	*buf = b
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendLowerASCII appends s lower-cased, eight bytes at a time, adding
// 0x20 to each byte from A to Z. ok is false, and b holds part of s, when
// s is not ASCII.
func appendLowerASCII(b []byte, s string) (_ []byte, ok bool) {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := binary.LittleEndian.Uint64(bytesOf(s[i : i+8]))
		if x&msb != 0 {
			return b, false
		}
		upper := ^ltBytes(x, 'A') & ltBytes(x, 'Z'+1)
		b = binary.LittleEndian.AppendUint64(b, x|upper>>2)
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return b, false
		}
		b = append(b, lowerASCII(s[i]))
	}
	return b, true
}

// snippet is about 80 characters of text around body[at:at+n], on one
// line. It works in *buf: in the common case (ASCII text without inline
// markup) it allocates only the string it returns.
func snippet(buf *[]byte, body string, at, n int) string {
	const around = 40
	start, end := at, min(len(body), at+n)
	for i := 0; i < around && start > 0; i++ {
		_, size := utf8.DecodeLastRuneInString(body[:start])
		start -= size
	}
	for i := 0; i < around && end < len(body); i++ {
		_, size := utf8.DecodeRuneInString(body[end:])
		end += size
	}
	before, after := start > 0, end < len(body)
	window := body[start:end]
	plain := !needsSnippetText(window)
	if plain && isASCII(window) && !strings.ContainsAny(window, "[*_`") {
		// inlineText would only join the words with single spaces.
		b := (*buf)[:0]
		if before {
			b = append(b, "…"...)
		}
		mark := len(b)
		for w := range strings.FieldsSeq(window) {
			if len(b) > mark {
				b = append(b, ' ')
			} else if w = strings.TrimLeft(w, "#>-*"); w == "" {
				continue // the trimmed start of the snippet
			}
			b = append(b, w...)
		}
		if after {
			b = append(b, "…"...)
		}
		*buf = b
		return string(b)
	}
	if !plain {
		window = snippetText(window)
	}
	s := inlineText(strings.ReplaceAll(window, "\n", " "))
	s = strings.TrimLeft(s, "#>-* ")
	switch {
	case before && after:
		return "…" + s + "…" // one allocation, not two
	case before:
		return "…" + s
	case after:
		return s + "…"
	}
	return s
}
