package main

import (
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

// paceLoad sets the pace for a load about to start: Go's, until the live
// heap passes largeHeap (looked at every 20 ms), then 30. stop ends the
// watch; call it when the load is done, before paceGC.
func paceLoad(getenv func(string) string) (stop func()) {
	if getenv("GOGC") != "" {
		return func() {}
	}
	debug.SetGCPercent(100)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(sample)
			if sample[0].Value.Kind() == metrics.KindUint64 && sample[0].Value.Uint64() >= largeHeap {
				debug.SetGCPercent(libraryGCPercent)
				return
			}
		}
	})
	return func() {
		close(done)
		wg.Wait()
	}
}

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
