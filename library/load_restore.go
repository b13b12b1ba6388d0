package library

import (
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
)

// A load of summaries for a list or a search (Load, not LoadStream)
// keeps no summary of a file it parses and the new index will hold: it
// codes the entry for the writer and lets the article go. Once the
// writer has written the whole index, and while it syncs it, the load
// reads those summaries back from it, as a warm load reads them. The
// summaries' strings then lie in the mapped index, not in the heap, and
// the live heap of a cold load stays small while it parses. At 100,000
// articles a cold `list` kept them all, its live heap at 160 MiB (the
// coded summaries 44, the articles 40, their references 15) and its
// peak 0.65× the corpus (median of five); reading them back, 0.49×,
// against 0.44× for a warm one, and 9% sooner (docs/scaling.md).
//
// A summary left out that the index does not hold in the end (it could
// not be written, or was stopped by an error) is parsed again from its
// file. A writer that cannot write, or whose index nears the size an
// index may be mapped at, stops the workers leaving any out
// (sourceCache.cannot), so that costs a few files at most.

// freshIndex is the index a writer has just written, mapped, with the
// jobs it wrote and where their entries went.
type freshIndex struct {
	idx  *index
	jobs []*loadJob
	at   []written
	used bool // a summary was read back from it
}

// index is the mapped index, or nil.
func (f *freshIndex) index() *index {
	if f == nil {
		return nil
	}
	return f.idx
}

// mapFresh maps the index being written in t, whole, for c's load to
// read back the summaries it left out; nil when it cannot be, or the
// load wants whole articles.
func mapFresh(t *tempFile, c *sourceCache, jobs []*loadJob, at []written) *freshIndex {
	if !c.summaries {
		return nil
	}
	buf, f, err := mapTemp(t)
	if err != nil {
		return nil
	}
	idx := c.headOf(buf, f)
	if idx == nil {
		return nil
	}
	return &freshIndex{idx: idx, jobs: jobs, at: at}
}

// headOf is the index written for c, mapped in buf from the open file
// f, its table read for its checksum and let go (the places of the
// entries written are known: written); nil, and buf unmapped, when it
// is not one.
func (c *sourceCache) headOf(buf []byte, f *os.File) *index {
	idx, err := parseIndexHead(buf, c.build, c.dir, c.name)
	if err != nil {
		unmapFile(buf, f)
		return nil
	}
	idx.file = f
	idx.dropTable()
	return idx
}

// writtenWhole gives the load the index written whole (nil: there is
// none); only the first call counts.
func (c *sourceCache) writtenWhole(f *freshIndex) {
	c.wholeOnce.Do(func() {
		c.fresh = f
		close(c.wholeDone)
	})
}

// leavesOut reports whether the worker lets the summary of j's article
// go, to read it back from the new index: j was parsed, and its entry
// goes in an index that is being written.
func (w *loadWorker) leavesOut(j *loadJob) bool {
	c := j.cache
	return w.readsBack && j.article != nil && c != nil && c.build != "" && c.refused == nil &&
		!c.cannot.Load() && c.stored(j)
}

// readBack gives each job whose summary was left out its summary again:
// read from the new index of its source once that is written whole, or
// parsed again from its file when the index does not hold it; back and
// again count them.
func readBack(jobs []*loadJob) (back, again int) {
	var caches []*sourceCache // those with a writer, which leavesOut asked for
	leftOut := 0
	for _, j := range jobs {
		if !j.leftOut {
			continue
		}
		leftOut++
		if len(caches) == 0 || caches[len(caches)-1] != j.cache {
			caches = append(caches, j.cache) // a source's files are walked together
		}
	}
	for _, c := range caches {
		<-c.wholeDone
	}
	if leftOut >= returnsHeap {
		debug.FreeOSMemory()
	}
	for _, c := range caches {
		f := c.fresh
		if f == nil {
			continue
		}
		parts := min(runtime.GOMAXPROCS(0), max(1, len(f.jobs)/256))
		used := make([]bool, parts)
		var wg sync.WaitGroup
		for p := range parts {
			wg.Go(func() {
				w := newLoadWorker(true, false)
				for i := p * len(f.jobs) / parts; i < (p+1)*len(f.jobs)/parts; i++ {
					if j := f.jobs[i]; j.leftOut && w.readBack(j, f.idx, f.at[i]) {
						used[p] = true
					}
				}
			})
		}
		wg.Wait()
		f.used = slices.Contains(used, true)
	}
	if len(caches) == 0 {
		return 0, 0
	}
	// What is still left out is parsed again, on every core: a few files
	// when the writer failed early, all of them when the index could
	// not be mapped at the end.
	var rest []*loadJob
	plain := map[*sourceLoad]*sourceLoad{} // each source without its index
	for _, j := range jobs {
		if j.leftOut {
			rest = append(rest, j)
			if _, ok := plain[j.sourceLoad]; !ok {
				c := *j.sourceLoad
				c.cache = nil
				plain[j.sourceLoad] = &c
			}
		}
	}
	parts := min(runtime.GOMAXPROCS(0), len(rest))
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			w := newLoadWorker(true, false)
			for _, j := range rest[p*len(rest)/parts : (p+1)*len(rest)/parts] {
				w.parseAgain(j, plain[j.sourceLoad])
			}
		})
	}
	wg.Wait()
	return leftOut - len(rest), len(rest)
}

// returnsHeap is how many summaries left out make readBack give the
// parse's memory back first: at 100,000 articles the pages the
// collector kept from the parse, but did not return, added to the cold
// load's peak (180–205 MB, median 191, without; 174–192, median 184,
// with, five runs each); the collection costs no more than the one it
// makes come sooner.
const returnsHeap = 4096

// readBack restores the summary of j from the new index idx, where the
// writer put it at at, as a warm load restores it (loadWorker.read and
// load); a summary that cannot be read is left for parseAgain.
func (w *loadWorker) readBack(j *loadJob, idx *index, at written) bool {
	name, ok := j.shownName()
	if !ok {
		name = w.name(j)
	}
	e := indexEntry{n: at.n, summary: at.summary, faq: at.faq, text: at.text}
	r, ok := idx.restore(e, name, w.decoder(), true)
	if !ok || r.article == nil {
		return false
	}
	if strings.HasSuffix(name, j.path) {
		j.path = name[len(name)-len(j.path):] // as read gives it: one string
	}
	a := r.article
	a.ID = articleID(j.path)
	if a.Name == "" {
		a.Name = a.Slug
	}
	ref := &w.refs.make(1)[0]
	*ref = textRef{origin: j.origin, path: j.path, key: j.key, keyed: j.stat}
	ref.bind(idx, e)
	ref.facts = r.facts
	a.text = ref
	j.article, j.leftOut = a, false
	return true
}

// parseAgain reads and parses the file of j again, for its summary, as
// a load of sl (j's source without its index) would.
func (w *loadWorker) parseAgain(j *loadJob, sl *sourceLoad) {
	k := loadJob{sourceLoad: sl, path: j.path, seq: j.seq}
	w.load(&k)
	j.article, j.trouble, j.key, j.stat, j.leftOut = k.article, k.trouble, k.key, k.stat, false
}
