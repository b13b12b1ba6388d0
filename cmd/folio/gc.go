package main

import (
	"math"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// The collector's pace. Go collects when the heap has grown by GOGC
// percent of what is live, 100 by default. A large library's summaries
// are most of what is live, and 100 would let the heap double them; on
// a virtual machine the first touch of a page also costs more than the
// collections saved (docs/scaling.md), so a large library is held at 30.
// A load starts at Go's pace, though: while a small library parses,
// little is live and most of what it allocates is garbage, and at 30 the
// collector ran so often that a cold `list` of 10,000 articles took a
// fifth longer (BenchmarkListJSONCold10k, 235 → 278 ms). So the pace
// turns to 30 only once the live heap passes largeHeap, and after the
// load when the library is large. A small library (the bundled
// articles) keeps Go's pace, and `show` renders at 400 while little is
// live (paceRender). GOGC in the environment overrides all of it.
const (
	libraryGCPercent = 30
	largeLibrary     = 2000     // articles
	largeHeap        = 64 << 20 // live bytes while loading
)

// paceGC sets the collector's pace for a library of n articles.
func paceGC(getenv func(string) string, n int) {
	if getenv("GOGC") != "" {
		return
	}
	if n >= largeLibrary {
		debug.SetGCPercent(libraryGCPercent)
	} else {
		debug.SetGCPercent(100)
	}
}

// paceLoad sets the pace for a load about to start, of a library whose
// index cache files hold indexed bytes (library.IndexedBytes; 0 for
// none). stop ends it; call it when the load is done, before paceGC.
//
// With an index, a load restores summaries: nearly all it allocates
// stays live, and each collection during it marks a growing heap for
// little garbage (a warm search of a common word at 100,000 articles
// spent a sixth of its CPU collecting). The collector is then off, under
// a memory limit of 3/10 of the index's bytes (loadLimit), until the
// heap nears that limit or the load ends: at 100,000 articles the warm
// load's heap stays under it and nothing is collected until the load
// is done. A cold load, or one whose heap nears the limit, is paced as
// without an index: Go's pace until the live heap passes largeHeap
// (looked at every 20 ms), then 30. At 100,000 articles (farm-bench,
// eight to twelve pairs) a warm search of a common word took 0.94× the
// time, `questions --json` 0.96×, `list --json` 0.98×, their peaks 6 to
// 9 MiB higher (0.47×, 0.46×, 0.43× the library). The reader keeps the
// collector on (tuiload.go).
func paceLoad(getenv func(string) string, indexed int64) (stop func()) {
	if getenv("GOGC") != "" {
		return func() {}
	}
	limit := loadLimit(indexed)
	if getenv("GOMEMLIMIT") != "" {
		limit = 0 // the user's limit is kept, and the collector on
	}
	limited := limit > 0
	if limited {
		debug.SetGCPercent(-1)
		debug.SetMemoryLimit(limit)
	} else {
		debug.SetGCPercent(100)
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/heap/objects:bytes"}}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if limit > 0 {
				if heap := sample[1].Value; heap.Kind() == metrics.KindUint64 && heap.Uint64() >= uint64(limit)/4*3 {
					// More than a restore (files parsed): paced as a
					// load without an index from now on.
					debug.SetGCPercent(100)
					debug.SetMemoryLimit(math.MaxInt64)
					limit = 0
				}
				continue
			}
			if live := sample[0].Value; live.Kind() == metrics.KindUint64 && live.Uint64() >= largeHeap {
				debug.SetGCPercent(libraryGCPercent)
				return
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
		if limited {
			debug.SetMemoryLimit(math.MaxInt64) // if the watch had not lifted it
		}
	}
}

// loadLimit is the memory limit a load of a library whose index files
// hold indexed bytes runs under with the collector off: 3/10 of them,
// and at least minLoadLimit; 0 for no index.
func loadLimit(indexed int64) int64 {
	if indexed <= 0 {
		return 0
	}
	return max(indexed/10*3, minLoadLimit)
}

// minLoadLimit: a small library's load runs under this much.
const minLoadLimit = 32 << 20

// renderGCPercent is the collector's pace while show renders one article
// and exits, when little is live (under smallLive): rendering the 13 KB
// bundled guide allocates about 3 MB, nearly all of it garbage at once,
// and at Go's pace of 100 the collector ran once or twice during it for
// nothing the process needed: about 5% of show's instructions
// (docs/bench.md).
const (
	renderGCPercent = 400
	smallLive       = 16 << 20 // bytes
)

// paceRender sets the pace for rendering an article to print: 400 while
// the live heap is small (a large library's summaries keep their pace).
func paceRender(getenv func(string) string) {
	if getenv("GOGC") != "" {
		return
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() < smallLive {
		debug.SetGCPercent(renderGCPercent)
	}
}
