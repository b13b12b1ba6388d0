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
//
// The bodies of summaries held by an index are looked up in its
// postings (postings.go), made by the first search that needs them, when
// every word of the query is made of letters and digits; the bodies
// read are those of the hits, for their snippets. Other bodies — whole
// articles, summaries no index holds, and any body for a query word with
// punctuation — are read and scanned.
func (l *Library) Search(query string) []Hit {
	words := strings.Fields(strings.ToLower(query))
	if len(words) == 0 {
		return nil
	}
	phrase := strings.Join(words, " ")
	posted := postedMatches(l.Articles, words)
	arts := l.Articles
	chunks := (len(arts) + searchChunk - 1) / searchChunk
	found := make([][]Hit, chunks)
	// A one-word query's hits in postings have their snippets read
	// after, together (readSnippets).
	var pending [][]pendingSnippet
	if len(words) == 1 {
		pending = make([][]pendingSnippet, chunks)
	}
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
				var h Hit
				var ok bool
				if m, at := posted.of(a); m != nil {
					e := at.entry
					if !m.mayHold(e) && len(a.InferredTags) == 0 {
						continue // a query word is in none of its fields nor its body
					}
					switch {
					case pending == nil:
						h, ok = scorePosted(a, words, phrase, m.body, e, &low, &tr)
					case m.onlyInBody(a, e):
						// What scoreFields would make, without lower-casing
						// four fields that do not hold the word (most of a
						// common word's hits).
						h, ok = Hit{Article: a, Offset: -1, Score: weightBody * min(int(m.body[0].count[e]), maxBodyCounted), Field: "body"}, true
					default:
						h, ok = scoreFields(a, words, phrase, &low, postedCount(m.body, e))
					}
					if pending != nil && ok {
						h.Snippet = a.Excerpt
						if first := m.body[0].first[e]; first >= 0 {
							pending[c] = append(pending[c], pendingSnippet{chunk: int32(c), hit: int32(len(found[c])), at: first, textAt: at.textAt, idx: at.idx, place: at})
						}
					}
				} else {
					body, _ := tr.body(a) // a text that cannot be read is searched as empty
					h, ok = scoreArticle(a, body, words, phrase, &low)
				}
				if ok {
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
	readSnippets(found, pending, len(phrase))
	// One array of the right size: a common word's tens of thousands of
	// hits were appended into arrays doubling in size, garbage held at
	// the command's peak; each share is let go once copied.
	total := 0
	for _, f := range found {
		total += len(f)
	}
	if total == 0 {
		return nil
	}
	hits := make([]Hit, 0, total)
	for c, f := range found {
		hits = append(hits, f...)
		found[c] = nil
	}
	slices.SortStableFunc(hits, func(a, b Hit) int { return b.Score - a.Score })
	return hits
}

// posted are each index's matches of a query's words.
type posted map[*index]*postedWords

// postedWords are one index's matches of a query's words: in the
// bodies, by word, and which entries hold every word in a body or a
// field (nil when the postings have no fields).
type postedWords struct {
	body  []bodyMatches
	every []bool
	// inFields, for a one-word query, is which entries hold the word in
	// a field (nil when the postings have no fields).
	inFields []bool
}

// onlyInBody reports whether entry e of a's index holds a one-word
// query in its body and in none of a's fields, as far as the postings
// tell (inferred tags, which no postings hold, aside): a's score is
// then the body's alone, and its fields need not be looked at.
func (m *postedWords) onlyInBody(a *Article, e int32) bool {
	return m.inFields != nil && !m.inFields[e] && len(a.InferredTags) == 0 && m.body[0].count[e] > 0
}

// mayHold reports whether entry e holds every word of the query in its
// body or its fields, as far as the postings tell: when false, e is no
// hit, unless its article has inferred tags, which no postings hold.
func (m *postedWords) mayHold(e int32) bool { return m.every == nil || m.every[e] }

// postedMatches looks the words up in the postings of every index that
// holds articles of arts, when every word can be (isPostedWord).
func postedMatches(arts []*Article, words []string) posted {
	for _, w := range words {
		if !isPostedWord(w) {
			return nil
		}
	}
	out := posted{}
	for _, a := range arts {
		if a.text == nil {
			continue
		}
		r := a.text.place() // where the text is now (a cold LoadStream's moved into its index)
		if r.idx == nil {
			continue
		}
		if _, seen := out[r.idx]; seen {
			continue
		}
		out[r.idx] = nil
		p := r.idx.postingsOf()
		if p == nil {
			continue
		}
		m := &postedWords{body: make([]bodyMatches, len(words))}
		for k, w := range words {
			m.body[k] = p.match(w, p.entries)
		}
		if len(p.fields) > 0 {
			m.every = make([]bool, p.entries)
			for e := range m.every {
				m.every[e] = true
			}
			for k, w := range words {
				in := p.inFields(w, p.entries)
				for e := range m.every {
					m.every[e] = m.every[e] && (in[e] || m.body[k].count[e] > 0)
				}
				if len(words) == 1 {
					m.inFields = in
				}
			}
		}
		out[r.idx] = m
		p.letGo()
	}
	return out
}

// of is a's matches and its text's place (its index and entry), when
// its index has postings.
func (p posted) of(a *Article) (*postedWords, *textPlace) {
	if p == nil || a.text == nil {
		return nil, nil
	}
	at := a.text.place() // idx and entry from one place, as postedMatches read them
	if at.idx == nil {
		return nil, nil
	}
	m := p[at.idx]
	if m == nil || int(at.entry) >= len(m.body[0].count) {
		return nil, nil
	}
	return m, at
}

// postedCount is scoreFields' count of the k-th word in a body, as the
// postings m tell it for entry e.
func postedCount(m []bodyMatches, e int32) func(k int, _ string) int {
	return func(k int, _ string) int { return int(m[k].count[e]) }
}

// searchChunk is how many articles a search worker takes at a time.
const searchChunk = 256

// lowered holds a worker's lower-cased copies of the fields of the
// article it is scoring, in buffers reused from one article to the next.
type lowered struct{ title, tags, cats, excerpt, body, snippet []byte }

// scoreArticle scores a, whose body is text, for the query's words.
func scoreArticle(a *Article, text string, words []string, phrase string, low *lowered) (Hit, bool) {
	body := lowerInto(&low.body, text)
	h, ok := scoreFields(a, words, phrase, low, func(_ int, w string) int { return countUpTo(body, w, maxBodyCounted) })
	if !ok {
		return h, false
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

// scorePosted is scoreArticle for an article of a query of several
// words whose body's matches were looked up in postings (m, at its entry
// e): a hit's body is read and scored whole, for where the phrase is. (A
// one-word query's hits are scored by their fields and the postings
// alone, and their snippets read together after: readSnippets.)
func scorePosted(a *Article, words []string, phrase string, m []bodyMatches, e int32, low *lowered, tr *textReader) (Hit, bool) {
	if _, ok := scoreFields(a, words, phrase, low, postedCount(m, e)); !ok {
		return Hit{}, false
	}
	body, _ := tr.body(a)
	return scoreArticle(a, body, words, phrase, low)
}

// scoreFields scores a's title, tags, categories and excerpt for the
// words, and its body by what body says of each word's count there (up
// to maxBodyCounted). ok is false unless every word is found somewhere.
func scoreFields(a *Article, words []string, phrase string, low *lowered, body func(k int, w string) int) (Hit, bool) {
	title := lowerInto(&low.title, a.Title)
	tags := lowerJoined(&low.tags, a.AllTags())
	cats := lowerJoined(&low.cats, a.Categories)
	excerpt := lowerInto(&low.excerpt, a.Excerpt)
	h := Hit{Article: a, Offset: -1}
	best := 0
	note := func(field string, w int) {
		h.Score += w
		if w > best {
			best, h.Field = w, field
		}
	}
	for k, w := range words {
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
		if n := body(k, w); n > 0 {
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
