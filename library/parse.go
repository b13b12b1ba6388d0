package library

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// wordsPerMinute sets the reading time computed for articles that do not give one.
const wordsPerMinute = 230

// Parse parses one article. path is the name shown to the user and decides
// the format (.txt with no frontmatter or markup is plain text) and the
// default slug. A returned error means the file holds no article;
// warnings are problems the article was kept despite (a field of the
// wrong type, invalid UTF-8).
func Parse(name string, data []byte) (a *Article, warnings []string, err error) {
	return parse(name, data, false)
}

// parse is Parse; owned says data is the caller's to give away: it is
// never written again, so the article's strings may share its memory
// instead of copying it.
func parse(name string, data []byte, owned bool) (a *Article, warnings []string, err error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, errEmpty
	}
	if isBinary(data) {
		return nil, nil, errors.New("binary file, not text")
	}
	if !utf8.Valid(data) {
		warnings = append(warnings, fmt.Sprintf("invalid UTF-8 at byte %d; shown with replacement characters", invalidAt(data)))
		data = bytes.ToValidUTF8(data, []byte("\uFFFD"))
		owned = true
	}
	text := normaliseText(data, owned)
	fields, body, hasFM, keyWarnings, err := splitFrontmatter(text)
	if err != nil {
		return nil, warnings, err
	}
	warnings = append(warnings, keyWarnings...)
	sc := scratchPool.Get().(*scratch)
	defer sc.release()
	a = &sc.slabs.articles.make(1)[0]
	a.Path = name
	if fields != nil {
		warnings = append(warnings, applyFields(a, fields)...)
	}
	if !hasFM && strings.EqualFold(path.Ext(name), ".txt") && !looksLikeMarkdown(body) {
		pt := NormalisePlainText(body)
		a.PlainText = true
		body = pt.Markdown
		if a.Title == "" {
			a.Title = pt.Title
		}
		if a.Excerpt == "" {
			a.Excerpt = pt.Excerpt
		}
	}
	var lines []line
	var ids map[int]string
	body = strings.TrimLeft(body, "\n")
	mdx := strings.EqualFold(path.Ext(name), ".mdx")
	if mdx {
		body = mdxIndentation(body)
	}
	if !a.PlainText {
		body = rewritePage(body, 0, fields)
	}
	a.Body, lines = cleanBodyLines(body, mdx, sc)
	a.Body, lines, ids = stripHeadingAttrs(a.Body, lines, sc)
	a.Body, lines = appendFAQData(body, a.Body, lines, fields, sc)
	if more := indexBodyLines(a, lines, ids, sc); more {
		warnings = append(warnings, fmt.Sprintf("more than %d headings; the first %d are in the contents, the rest show as text", MaxHeadings, MaxHeadings))
	}
	if a.Title == "" {
		a.Title = defaultTitle(a, name)
	}
	readBodyReview(a, lines)
	if a.Excerpt == "" {
		a.Excerpt = firstParagraph(a.Body)
	}
	a.Title = strings.ToValidUTF8(a.Title, "\uFFFD") // file names need not be UTF-8
	if a.Slug == "" {
		a.Slug = slugFromPath(name)
	}
	if a.ReadingMinutes == 0 {
		a.ReadingMinutes = max(1, (countWords(a.Body)+wordsPerMinute-1)/wordsPerMinute)
	}
	return a, warnings, nil
}

// MaxHeadings caps the headings of one article (its contents, the
// targets of jumps and links): far past any real document's, and each
// heading is a chunk rendered, a line of the contents, and a look-up for
// every link to an anchor. 1.6 million one-line headings (8 MB) took
// 300 MB to parse. Past it, headings are text of the one before.
const MaxHeadings = 10_000

// indexBodyLines finds the body's headings, FAQ sections, links and
// contents list, in the body split into lines; ids are the anchors
// heading attributes gave, by line. more says the headings were cut at
// MaxHeadings.
func indexBodyLines(a *Article, lines []line, ids map[int]string, sc *scratch) (more bool) {
	a.Headings = scanHeadings(lines, ids, sc)
	if more = len(a.Headings) > MaxHeadings; more {
		a.Headings = a.Headings[:MaxHeadings:MaxHeadings]
	}
	a.Links = scanLinks(lines, a.Headings, sc)
	a.FAQs = scanFAQs(a.Body, lines, a.Headings, sc)
	a.Contents = scanContents(a.Body, lines, a.Headings)
	return more
}

// scratch holds the buffers a parse reuses from the one before: the lines
// of the body, and the headings, anchors and links found so far. Parse
// takes one from scratchPool and gives it back, so that loading a
// library allocates little more than what its articles keep.
type scratch struct {
	lines     []line
	headings  []Heading
	anchors   []string
	links     []Link
	questions []FAQ
	slabs     slabs // for the slices the articles keep
}

// slabs hand out the slices articles keep from larger blocks.
type slabs struct {
	articles  slab[Article]
	headings  slab[Heading]
	links     slab[Link]
	sections  slab[FAQSection]
	questions slab[FAQ]
	contents  slab[ContentsItem]
	strings   slab[string]
}

// slab hands out slices of T carved from blocks of about slabBytes: one
// allocation for many small slices, no size-class rounding for each, and
// blocks large enough to be prefaulted. Each slice's capacity is its
// length, so an append to one never writes into the next.
type slab[T any] struct {
	free  []T
	block int // elements in the last block; blocks double up to slabBytes
}

const slabBytes = 64 << 10

func (s *slab[T]) make(n int) []T {
	if n > len(s.free) {
		var zero T
		size := int(unsafe.Sizeof(zero))
		s.block = min(max(2*s.block, 16), max(slabBytes/size, 16))
		if n > s.block/4 {
			return make([]T, n)
		}
		s.free = make([]T, s.block)
		prefault(unsafe.Slice((*byte)(unsafe.Pointer(&s.free[0])), s.block*size))
	}
	out := s.free[:n:n]
	s.free = s.free[n:]
	return out
}

// exact copies a slice built in a scratch buffer to one of the slab's,
// nil when empty.
func (s *slab[T]) exact(from []T) []T {
	if len(from) == 0 {
		return nil
	}
	out := s.make(len(from))
	copy(out, from)
	return out
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// release drops what the buffers point to and returns sc to the pool.
func (sc *scratch) release() {
	if cap(sc.lines) > maxKeptLines {
		sc.lines = nil // a huge article's: not kept for the next parse
	}
	clear(sc.lines[:cap(sc.lines)])
	sc.lines = sc.lines[:0]
	scratchPool.Put(sc)
}

// maxKeptLines is the most lines' buffer a scratch keeps between
// parses: an article of ordinary length's.
const maxKeptLines = 1 << 16

func defaultTitle(a *Article, name string) string {
	for _, h := range a.Headings {
		if h.Level == 1 {
			return h.Text
		}
	}
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	if base == "index" || base == "_index" {
		base = path.Base(path.Dir(name))
	}
	return strings.TrimSpace(strings.NewReplacer("-", " ", "_", " ").Replace(base))
}

// firstParagraph is the first paragraph of prose, as plain text, cut to about 200 characters.
func firstParagraph(body string) string {
	for p := range eachParagraph(body) {
		first := strings.TrimSpace(p[0])
		if first == "" || strings.ContainsAny(first[:1], "#>|![<-*`{") || fenceOf(first) != "" {
			continue
		}
		s := inlineText(strings.Join(p, " "))
		if r := []rune(s); len(r) > 200 {
			s = strings.TrimSpace(string(r[:200])) + "…"
		}
		return s
	}
	return ""
}

func looksLikeMarkdown(body string) bool {
	for _, l := range splitLines(body) {
		if _, _, atx := matchATX(l.text); atx || fenceOf(l.text) != "" || strings.HasPrefix(l.text, "- ") || strings.HasPrefix(l.text, "* ") {
			return true
		}
	}
	return strings.Contains(body, "](") || strings.Contains(body, "**")
}

// isBinary reports a NUL byte, or mostly control bytes, in the first 8 KB.
func isBinary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	return controlCount(head)*10 > len(head)
}

// controlByte is 1 for the control bytes isBinary counts: below space,
// other than line breaks, tab and form feed.
var controlByte = func() (t [256]uint8) {
	for c := range 0x20 {
		if c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			t[c] = 1
		}
	}
	return t
}()

func invalidAt(data []byte) int {
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
