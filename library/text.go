package library

import (
	"errors"
	"fmt"
	"hash/crc32"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
)

// Summaries and their texts. A library loaded with Options.Summaries
// holds, for each article, what its lists show — title, dates, tags,
// excerpt, rating… — and where the rest is: the entry of the index cache
// that holds its body, headings, FAQ, links and contents list, or the
// file to read again. Full reads it when an article is opened, searched
// or its FAQ or review is asked for, so that no more than a summary of
// each article is held at once however large the library.

// ErrChanged says an article's file changed on disk after the library
// was loaded, so its text no longer matches the summary listed: the
// library must be loaded again.
var ErrChanged = errors.New("changed on disk since the library was loaded")

// textRef is where a summary's text is.
type textRef struct {
	origin *origin
	path   string  // the file's path in its source
	key    fileKey // the file's key when it was read, when keyed
	keyed  bool

	textPlace // where the text was when the article was made
	facts     textFacts

	// moved is where the text is when not at textPlace: a text parsed
	// for a new index, until the index holds it (loadWorker.summarise),
	// and then its entry in that index (sourceCache.rebind).
	moved atomic.Pointer[textPlace]
}

// textPlace is an index entry holding a text: its number, where its
// text lies in the index's payload, and its outline, in the mapping:
// neither is read until decoded.
type textPlace struct {
	idx             *index // nil: the file is parsed again for the text
	entry           int32
	textAt, textLen int32
	textCRC, faqCRC uint32
	faq             string // the FAQ outline, coded (faqOutline); "" when the article has no FAQ
}

// A summary's text moves once: a cold load parses a file, hands its
// article out (LoadStream's seen: a reader lists it and may open it on
// another goroutine) and then writes the index, which holds the text
// from then on (sourceCache.rebind). The article must not change once
// handed out, so neither it nor r is written: the new place is stored
// in r.moved as a whole, and every reader of a text asks r.place() —
// one atomic load. A pointer in the article swapped, or r's fields
// rewritten, would be writes a reader on another goroutine races with;
// a side table the library consults would need a look-up on every read
// and would not reach the articles a reader holds from before the
// Library is returned. r's own place stays as it was, so code that
// reads it directly still finds a sound, if older, place (the file, or
// the index read at the start). A load that hands nothing out (Load)
// rewrites its articles' places in place, before anyone sees them.

// place is where r's text is now.
func (r *textRef) place() *textPlace {
	if p := r.moved.Load(); p != nil {
		return p
	}
	return &r.textPlace
}

// textPart is the text part of p's index entry, in the mapping.
func (p *textPlace) textPart() string { return p.idx.data[p.textAt : p.textAt+p.textLen] }

// origin is the source a summary was read from, shared by its articles.
type origin struct {
	fsys fs.FS
	dir  string // the folder on disk, when its files are read by path
}

// textFacts are what a summary knows of its text without reading it.
type textFacts struct {
	listing bool     // the body names pros at least twice: it may list products (mayBeListing)
	infer   []string // the headings' texts, for an article with no metadata (tag inference, infer.go)
}

// textFacts codes the facts, after the summary's fields.
func (c *coder) textFacts(f *textFacts) {
	c.bool(&f.listing)
	c.strs(&f.infer)
}

// factsOf are the facts of a whole article.
func factsOf(a *Article) textFacts {
	f := textFacts{listing: strings.Count(a.Body, "Pros") >= 2}
	if hasNoMetadata(a) && len(a.Headings) > 0 {
		f.infer = make([]string, len(a.Headings))
		for i, h := range a.Headings {
			f.infer[i] = h.Text
		}
	}
	return f
}

// IsSummary reports whether a holds only what a list shows (a library
// loaded with Options.Summaries): its Body, Headings, FAQs, Links and
// Contents are empty until Full reads them.
func (a *Article) IsSummary() bool { return a.text != nil }

// Full returns the article whole: a itself when it is, else a copy of it
// with the text read from the index cache, or from its file when no
// index holds it. The error names the file: it vanished, could not be
// read, or changed since the library was loaded (ErrChanged).
func (l *Library) Full(a *Article) (*Article, error) { return full(a) }

func full(a *Article) (*Article, error) {
	r := a.text
	if r == nil {
		return a, nil
	}
	if p := r.place(); p.idx != nil {
		if w, ok := p.fromIndex(a); ok {
			return w, nil
		}
	}
	data, err := r.read()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Path, err)
	}
	p, _, err := parse(a.Path, data, true)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Path, err)
	}
	w := &Article{}
	*w = *p
	w.Slug, w.ID, w.Name, w.InferredTags, w.Path = a.Slug, a.ID, a.Name, a.InferredTags, a.Path
	return w, nil
}

// fromIndex is a whole from the text its index entry holds.
func (p *textPlace) fromIndex(a *Article) (*Article, bool) {
	text := p.textPart()
	if crc32.Checksum(bytesOf(text), crcTable()) != p.textCRC {
		return nil, false
	}
	w := &Article{}
	*w = *a
	w.text = nil
	c := coder{dec: true, d: decoder{data: text}}
	c.textFields(w)
	return w, !c.d.bad && c.d.pos == len(text)
}

// read reads the file again, and fails when it is not the file the
// summary was made from.
func (r *textRef) read() ([]byte, error) {
	if r.origin.dir == "" {
		return readFile(r.origin.fsys, r.path)
	}
	name := filepath.Join(r.origin.dir, filepath.FromSlash(r.path))
	data, err := readPath(name)
	if err != nil {
		return nil, err
	}
	if r.keyed {
		info, err := os.Stat(name)
		if err != nil {
			return nil, unwrapPath(err)
		}
		if keyOf(info) != r.key {
			return nil, ErrChanged
		}
	}
	return data, nil
}

// faqOutline codes what a list of questions shows of an article's FAQ:
// each section's title and heading, and each question with its heading,
// offset and the first sentence of its answer. The answers are in the
// text.
func (c *coder) faqOutline(secs *[]outlineSection) { codeList(c, secs, nil, outlineSectionOf) }

type outlineSection struct {
	title     string
	heading   int
	questions []outlineQuestion
}

type outlineQuestion struct {
	question, first string // the question, and its answer's first sentence (FirstSentence)
	heading, offset int
}

func outlineSectionOf(c *coder, s *outlineSection) {
	c.str(&s.title)
	c.int(&s.heading)
	codeList(c, &s.questions, nil, func(c *coder, q *outlineQuestion) {
		c.str(&q.question)
		c.str(&q.first)
		c.int(&q.heading)
		c.int(&q.offset)
	})
}

// outlineOf is the FAQ outline of a whole article.
func outlineOf(a *Article) []outlineSection {
	if len(a.FAQs) == 0 {
		return nil
	}
	out := make([]outlineSection, len(a.FAQs))
	for s, sec := range a.FAQs {
		out[s] = outlineSection{title: sec.Title, heading: sec.Heading, questions: make([]outlineQuestion, len(sec.Questions))}
		for q, fq := range sec.Questions {
			out[s].questions[q] = outlineQuestion{question: fq.Question, first: FirstSentence(fq.Answer, 0), heading: fq.Heading, offset: fq.Offset}
		}
	}
	return out
}

// outline is the FAQ outline of a: from the summary's, else the whole
// article's.
func outline(a *Article) ([]outlineSection, error) {
	if a.text == nil {
		return outlineOf(a), nil
	}
	r := a.text.place()
	if r.faq == "" {
		return nil, nil
	}
	if crc32.Checksum(bytesOf(r.faq), crcTable()) == r.faqCRC {
		var secs []outlineSection
		c := coder{dec: true, d: decoder{data: r.faq}}
		c.faqOutline(&secs)
		if !c.d.bad && c.d.pos == len(r.faq) {
			return secs, nil
		}
	}
	w, err := full(a)
	if err != nil {
		return nil, err
	}
	return outlineOf(w), nil
}

// sameArticle reports whether a and b are the same article: the same
// summary, or a summary and what Full made of it.
func sameArticle(a, b *Article) bool {
	return a == b || a != nil && b != nil && a.ID == b.ID && a.Path == b.Path
}

// textReader reads the texts of many summaries one after another, into
// a buffer it reuses: a pass over a library holds one text at a time,
// and reads an index's texts from its file rather than its mapping, so
// that their pages do not stay resident.
type textReader struct{ buf []byte }

// whole is a whole: a itself when it is; else its strings share the
// reader's buffer, and last until its next read.
func (t *textReader) whole(a *Article) (*Article, error) {
	if a.text == nil {
		return a, nil
	}
	if p := a.text.place(); p.idx != nil {
		if data, ok := t.read(p); ok {
			w := &Article{}
			*w = *a
			w.text = nil
			c := coder{dec: true, d: decoder{data: data}}
			c.textFields(w)
			if !c.d.bad && c.d.pos == len(data) {
				return w, nil
			}
		}
	}
	return full(a)
}

// body is a's body, as whole gives it, without decoding the rest.
func (t *textReader) body(a *Article) (string, error) {
	if a.text == nil {
		return a.Body, nil
	}
	if p := a.text.place(); p.idx != nil {
		if data, ok := t.read(p); ok {
			var body string
			c := coder{dec: true, d: decoder{data: data}}
			c.body(&body)
			if !c.d.bad {
				return body, nil
			}
		}
	}
	w, err := full(a)
	if err != nil {
		return "", err
	}
	return w.Body, nil
}

// read reads r's text part from its index, checked.
func (t *textReader) read(r *textPlace) (string, bool) {
	buf, err := r.idx.readAt(t.buf, int(r.textAt), int(r.textLen))
	t.buf = buf
	if err != nil || crc32.Checksum(buf, crcTable()) != r.textCRC {
		return "", false
	}
	return unsafeString(buf), true
}

// hasFAQ reports whether a has an FAQ, without reading its text.
func hasFAQ(a *Article) bool {
	if a.text != nil {
		return a.text.place().faq != ""
	}
	return len(a.FAQs) > 0
}
