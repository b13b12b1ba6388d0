package ui

import (
	"path/filepath"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui/lists"
)

// memory is what folio remembers between runs, as the TUI uses it: each
// article's marks and reading position, the sort order, and the changes
// not yet on disk. Changes are saved by commands, one save at a time and
// in order, each a small change function applied by state.Store.Update,
// so what another folio saved meanwhile survives.
type memory struct {
	store  *state.Store
	pathOf func(string) string
	marks  map[string]state.Article // by slug: read, bookmarked, position
	stored state.State              // the state file at startup, for articles that arrive later
	names  *nameSet                 // the slugs and file names stored holds (recall)
	sort   lists.SortOrder
	unread bool // article lists show unread articles only (this session)
	// the lowest rating the article lists show, on five (0: all), and
	// the articles marked to compare, in the order marked: this session
	minRating float64
	compare   []string
	last      string // the screen folio was on when it last quit
	pending   []change
	inflight  []change // handed to the running save
	failed    []change // saves that failed, tried again by SaveNow
	problems  []library.Problem
	quitting  bool // saving before quitting; keys other than ctrl+c wait
	done      bool // the quit's save finished: nothing is left to save
	opened    time.Time
}

// change is one edit of the state file. It captures plain values only:
// it runs in a command's goroutine.
type change func(*state.State)

// savedMsg is the end of a save.
type savedMsg struct {
	err      error
	warnings []string
}

func newMemory(lib *library.Library, o Options) memory {
	mem := memory{store: o.Store, pathOf: o.StatePath, marks: map[string]state.Article{}, stored: o.Saved}
	if mem.pathOf == nil {
		mem.pathOf = func(p string) string { return p }
	}
	mem.recall(lib.Articles)
	mem.sort = lists.ParseSort(o.Saved.Sort)
	mem.last = o.Saved.LastScreen
	path := "state"
	if o.Store != nil {
		path = o.Store.Path()
	}
	for _, w := range o.StateWarnings {
		mem.problems = append(mem.problems, stateProblem(path, w))
	}
	return mem
}

// recall takes what the state file held about arts, as they arrive: at
// startup, or later from a background load or a reread. An article whose
// record this session has already set or changed keeps it, so a mark or
// position made meanwhile is never undone by an older saved one.
func (mem *memory) recall(arts []*library.Article) {
	known := mem.recallable()
	if known == nil {
		return
	}
	for _, a := range arts {
		if !known(a) {
			continue
		}
		if _, set := mem.marks[a.Slug]; set {
			continue
		}
		if rec, ok := mem.stored.Get(a.Slug, mem.pathOf(a.Path)); ok {
			mem.marks[a.Slug] = rec
		}
	}
}

// recallable is whether the state file may hold a record of an
// article, by its names: nil when it holds none. The state holds the
// few articles a person marked or read: an article none of whose names
// it knows is passed over without its path made absolute (a system
// call) or looked up. It reads a set made once, never written after,
// so a background load may ask it of the articles it reads, sparing
// the update loop a look at each (recall).
func (mem *memory) recallable() func(*library.Article) bool {
	if len(mem.stored.Articles) == 0 {
		return nil
	}
	if mem.names == nil {
		mem.names = &nameSet{names: map[string]bool{}}
		for _, r := range mem.stored.Articles {
			mem.names.add(r.Slug)
			if r.Path != "" {
				mem.names.add(filepath.Base(r.Path))
			}
		}
	}
	names := mem.names
	return func(a *library.Article) bool { return names.has(a.Slug) || names.has(filepath.Base(a.Path)) }
}

// nameSet is a set of names asked about once for each article of a
// library: the state file holds a few, the library may hold 100,000,
// and hashing each article's two names was a twentieth of the reader's
// CPU to list them all. A name whose length and first byte no name of
// the set has is no member, without a look-up.
type nameSet struct {
	names map[string]bool
	seen  [64]uint64 // bit first byte%64 of word length%64
}

func (s *nameSet) add(n string) {
	s.names[n] = true
	if n != "" {
		s.seen[len(n)%64] |= 1 << (n[0] % 64)
	}
}

func (s *nameSet) has(n string) bool {
	if n != "" && s.seen[len(n)%64]&(1<<(n[0]%64)) == 0 {
		return false
	}
	return s.names[n]
}

// recallAmong are the articles of arts recallable may know, or nil.
func recallAmong(arts []*library.Article, known func(*library.Article) bool) []*library.Article {
	if known == nil {
		return nil
	}
	var out []*library.Article
	for _, a := range arts {
		if known(a) {
			out = append(out, a)
		}
	}
	return out
}

// stateProblem shows a warning of the state package as a problem of the
// state file.
func stateProblem(path, w string) library.Problem {
	msg := strings.TrimPrefix(w, "state file "+path)
	msg = strings.TrimSpace(strings.TrimPrefix(msg, ":"))
	if msg == "" {
		msg = w
	}
	return library.Problem{Path: path, Message: msg, Kept: true}
}

// edit changes an article's record now and queues the same change for
// the state file. fn must set values, not read the model.
func (mem *memory) edit(a *library.Article, fn func(*state.Article)) {
	rec := mem.marks[a.Slug]
	fn(&rec)
	mem.marks[a.Slug] = rec
	slug, path := a.Slug, mem.pathOf(a.Path)
	mem.queue(func(s *state.State) { s.Edit(slug, path, fn) })
}

func (mem *memory) queue(c change) {
	if mem.store != nil {
		mem.pending = append(mem.pending, c)
	}
}

// flush starts saving the queued changes unless a save is running; the
// next one starts when it ends.
func (mem *memory) flush() tea.Cmd {
	if mem.store == nil || len(mem.inflight) > 0 || len(mem.pending) == 0 {
		return nil
	}
	cs, store := mem.pending, mem.store
	mem.inflight, mem.pending = cs, nil
	return func() tea.Msg {
		err := store.Update(func(s *state.State) { apply(s, cs) })
		return savedMsg{err: err, warnings: store.Warnings()}
	}
}

func apply(s *state.State, cs []change) {
	for _, c := range cs {
		c(s)
	}
}

// saved ends a save, noting what went wrong.
func (mem *memory) saved(msg savedMsg) {
	path := mem.store.Path()
	for _, w := range msg.warnings {
		mem.problems = append(mem.problems, stateProblem(path, w))
	}
	if msg.err != nil {
		mem.problems = append(mem.problems, library.Problem{Path: path, Message: msg.err.Error()})
		mem.failed = append(mem.failed, mem.inflight...)
	}
	mem.inflight = nil
	if mem.quitting && len(mem.pending) == 0 && len(mem.failed) == 0 {
		mem.done = true
	}
}
