package library

import (
	"encoding/binary"
	"errors"
	"hash/crc32"
	"hash/fnv"
	"os"
	"path/filepath"
	"strings"

	"github.com/folio-reader/folio/internal/safefile"
)

// The library's order, kept beside its index. Putting a library together
// (newLibrary) gives every article its name, ID and slug, which needs
// the whole library (a name two articles share, a path that is another
// article's ID), infers tags, and sorts the articles newest first: 55 ms
// on two cores at 100,000 articles, after a warm load of 250 — a sixth
// of a warm search of a rare word. When no name is shared (as in most
// libraries), what it made is kept in a file beside the index of the
// library's one indexed folder (the index's name, .ord): each of the
// index's entries' place in the library, the places of the articles
// loaded from elsewhere (the bundled ones, with a fingerprint of what
// newLibrary reads of them), and the slugs, IDs, names and inferred tags
// of the few articles it changed (the bundled plain-text guide has tags
// inferred), and its tags and categories counted. The next load of that same index (its generation), every
// entry unchanged, with the same articles from elsewhere and the same
// drafts option, puts the articles in their places, copies the changed
// ones with what was kept, and skips the rest (orderedLibrary): the
// library newLibrary would make of the same articles. Anything else —
// a file changed, added or removed, a damaged file — falls back to
// newLibrary, and the file is written again.
//
// An order file is a 48-byte header — magic, version, the generation of
// the index it was made for, the number of its entries and of the
// articles from elsewhere, flags (bit 0: drafts were kept), the
// fingerprint of the articles from elsewhere, the CRC-32C of what
// follows — then a little-endian uint32 per entry, and per article from
// elsewhere: its place, or noPlace for an entry not in the library (a
// draft left out, a file that holds no article); then the number of
// articles changed and, for each, its place, slug, ID, name and
// inferred tags as the index codes strings; then the tags' and the
// categories' number and, for each, its name and count. It is not synced before it
// is renamed into place: after a crash the file may be short or zeroed,
// its size or checksum then fails, and the order is made again.

const (
	orderMagic   = "folioord"
	orderVersion = 2
	orderHeader  = 48
	noPlace      = ^uint32(0)
)

var errBadOrder = errors.New("damaged order file")

// orderPath is where the order of the library loaded from indexFile is kept.
func orderPath(indexFile string) string {
	return strings.TrimSuffix(indexFile, filepath.Ext(indexFile)) + ".ord"
}

// orderKey is what an order file is kept for: an index, by its
// generation and number of entries, loaded with or without drafts,
// with the same articles from elsewhere.
type orderKey struct {
	generation  uint64
	entries     int
	others      int
	othersPrint uint64
	drafts      bool
}

func (k orderKey) header() []byte {
	le := binary.LittleEndian
	h := make([]byte, orderHeader)
	copy(h, orderMagic)
	le.PutUint32(h[8:], orderVersion)
	le.PutUint64(h[12:], k.generation)
	le.PutUint32(h[20:], uint32(k.entries))
	le.PutUint32(h[24:], uint32(k.others))
	if k.drafts {
		le.PutUint32(h[28:], 1)
	}
	le.PutUint64(h[32:], k.othersPrint)
	return h
}

// readOrder reads the places kept at file for k.
func readOrder(file string, k orderKey) (keptOrder, error) {
	if err := safefile.CheckOwn(file); err != nil {
		return keptOrder{}, err
	}
	buf, err := os.ReadFile(file)
	if err != nil {
		return keptOrder{}, err
	}
	return parseOrder(buf, k)
}

// keptOrder is what an order file keeps: each article's place, and the
// articles newLibrary changed, with what it gave them.
type keptOrder struct {
	places     []uint32
	changes    []orderChange
	tags, cats []Term // the library's Tags and Categories, counted
}

// orderChange is what newLibrary gave the article at place.
type orderChange struct {
	place          uint32
	slug, id, name string
	inferredTags   []string
}

func parseOrder(buf []byte, k orderKey) (keptOrder, error) {
	le := binary.LittleEndian
	n := k.entries + k.others
	if len(buf) < orderHeader+4*n || string(buf[:40]) != string(k.header()[:40]) {
		return keptOrder{}, errBadOrder
	}
	body := buf[orderHeader:]
	if crc32.Checksum(body, crcTable()) != le.Uint32(buf[40:]) {
		return keptOrder{}, errBadOrder
	}
	o := keptOrder{places: make([]uint32, n)}
	for i := range o.places {
		o.places[i] = le.Uint32(body[4*i:])
	}
	d := decoder{data: unsafeString(body[4*n:]), slabs: new(slabs)}
	changes := d.uvarint()
	if changes > uint64(len(d.data)) {
		return keptOrder{}, errBadOrder
	}
	for range changes {
		c := orderChange{place: uint32(d.uvarint()), slug: d.str(), id: d.str(), name: d.str(), inferredTags: d.strs()}
		o.changes = append(o.changes, c)
	}
	o.tags, o.cats = decodeTerms(&d), decodeTerms(&d)
	if d.bad || d.pos != len(d.data) {
		return keptOrder{}, errBadOrder
	}
	return o, nil
}

// writeOrder puts o, the library's order for k, at file, replacing what
// was there in one step.
func writeOrder(file string, k orderKey, o keptOrder) error {
	le := binary.LittleEndian
	buf := append(k.header(), make([]byte, 4*len(o.places))...)
	for i, p := range o.places {
		le.PutUint32(buf[orderHeader+4*i:], p)
	}
	e := encoder{buf: buf}
	e.uvarint(uint64(len(o.changes)))
	for _, c := range o.changes {
		e.uvarint(uint64(c.place))
		e.str(c.slug)
		e.str(c.id)
		e.str(c.name)
		e.strs(c.inferredTags)
	}
	encodeTerms(&e, o.tags)
	encodeTerms(&e, o.cats)
	buf = e.buf
	le.PutUint32(buf[40:], crc32.Checksum(buf[orderHeader:], crcTable()))
	f, err := newTempFile(filepath.Dir(file), filepath.Base(file)+".tmp")
	if err != nil {
		return err
	}
	if _, err := f.Write(buf); err != nil {
		f.discard()
		return err
	}
	return f.replace(file)
}

func encodeTerms(e *encoder, terms []Term) {
	e.uvarint(uint64(len(terms)))
	for _, t := range terms {
		e.str(t.Name)
		e.uvarint(uint64(t.Count))
	}
}

func decodeTerms(d *decoder) []Term {
	n := d.uvarint()
	if n > uint64(len(d.data)-d.pos) { // each takes two bytes at least
		d.bad = true
		return nil
	}
	if n == 0 {
		return nil // as countTerms gives none
	}
	terms := make([]Term, n)
	for i := range terms {
		terms[i] = Term{Name: d.str(), Count: int(d.uvarint() & (1<<31 - 1))}
	}
	return terms
}

// articlesPrint is a fingerprint of what newLibrary reads of arts: their
// summaries as the index codes them, path, ID, name, inferred tags and
// headings.
func articlesPrint(arts []*Article) uint64 {
	h := fnv.New64a()
	var c coder
	for _, a := range arts {
		c.e.buf, c.e.slug = c.e.buf[:0], a.Slug
		c.summaryFields(a)
		c.e.str(a.Path)
		c.e.str(a.ID)
		c.e.str(a.Name)
		c.e.strs(a.InferredTags)
		for _, hd := range a.Headings {
			c.e.str(hd.Text)
		}
		h.Write(c.e.buf)
	}
	return h.Sum64()
}

// orderInput is a load's articles as an order file keeps them: the jobs
// of the one indexed folder's cache c apart from the others (a draft
// left out unless drafts), with a fingerprint of the others' articles
// taken before newLibrary may change them.
type orderInput struct {
	c           *sourceCache
	own, others []*loadJob
	othersPrint uint64
	drafts      bool
}

func newOrderInput(jobs []*loadJob, c *sourceCache, drafts bool) orderInput {
	in := orderInput{c: c, drafts: drafts, own: make([]*loadJob, 0, len(jobs))}
	var otherArts []*Article
	for _, j := range jobs {
		if a := j.article; a != nil && (drafts || !a.Draft) {
			if j.cache == c {
				in.own = append(in.own, j)
			} else {
				in.others = append(in.others, j)
				otherArts = append(otherArts, a)
			}
		}
	}
	if len(otherArts) > 0 {
		in.othersPrint = articlesPrint(otherArts)
	}
	return in
}

func (in orderInput) key(generation uint64, entries int) orderKey {
	return orderKey{generation: generation, entries: entries, others: len(in.others), othersPrint: in.othersPrint, drafts: in.drafts}
}

// orderedLibrary is the library of the n articles of in, in the order
// kept for its folder's index, which holds every one of the folder's
// files unchanged; nil when none is kept for this index and these
// articles from elsewhere, or it does not fit them (a damaged file),
// and newLibrary must put them together.
func (in orderInput) orderedLibrary(n int, problems []Problem) *Library {
	c := in.c
	if len(in.own)+len(in.others) != n {
		return nil
	}
	k := in.key(c.index.generation, c.entries)
	o, err := readOrder(orderPath(c.file), k)
	if err != nil {
		return nil
	}
	ordered := make([]*Article, n)
	put := func(i int, a *Article) bool {
		p := o.places[i]
		if p >= uint32(n) || ordered[p] != nil {
			return false
		}
		ordered[p] = a
		return true
	}
	for _, j := range in.own {
		if !j.cached || int(j.row) >= k.entries || !put(int(j.row), j.article) {
			return nil
		}
	}
	for i, j := range in.others {
		if !put(k.entries+i, j.article) {
			return nil
		}
	}
	for _, ch := range o.changes { // on copies, as newLibrary does: the articles may be held (LoadStream)
		if ch.place >= uint32(n) {
			return nil
		}
		a := *ordered[ch.place]
		a.Slug, a.ID, a.Name, a.InferredTags = ch.slug, ch.id, ch.name, ch.inferredTags
		ordered[ch.place] = &a
	}
	l := &Library{Articles: ordered, Problems: problems, derived: &derived{}}
	l.derived.countOnce.Do(func() { l.derived.tags, l.derived.cats = o.tags, o.cats })
	return l
}

// saveOrder keeps l's order, made by newLibrary of in's articles, for
// the next load of the folder's index of the given generation and number
// of entries, in which each of the folder's jobs has the entry entryOf
// gives (false: none). Nothing is kept when l shares a name between
// articles (its index of shared names would have to be kept too).
func (in orderInput) saveOrder(l *Library, entryOf func(*loadJob) (int32, bool), generation uint64, entries int) {
	if in.c.refused != nil || len(l.byName) > 0 || len(in.own)+len(in.others) != len(l.Articles) {
		return
	}
	place := make(map[*Article]uint32, len(l.Articles))
	for i, a := range l.Articles {
		place[a] = uint32(i)
	}
	tags, cats := l.counts() // the reader and `folio tags` ask for them; 7% of the reader's start at 100,000
	o := keptOrder{places: make([]uint32, entries+len(in.others)), tags: tags, cats: cats}
	for _, ch := range l.changed {
		p := place[ch.now]
		place[ch.given] = p
		a := ch.now
		o.changes = append(o.changes, orderChange{place: p, slug: a.Slug, id: a.ID, name: a.Name, inferredTags: a.InferredTags})
	}
	for i := range o.places {
		o.places[i] = noPlace
	}
	for _, j := range in.own {
		e, ok := entryOf(j)
		p, in := place[j.article]
		if !ok || !in || e < 0 || int(e) >= entries || o.places[e] != noPlace {
			return // a file not in the index: the next load sorts again
		}
		o.places[e] = p
	}
	for i, j := range in.others {
		p, ok := place[j.article]
		if !ok {
			return
		}
		o.places[entries+i] = p
	}
	writeOrder(orderPath(in.c.file), in.key(generation, entries), o) // when it cannot be written, the next load sorts again
}
