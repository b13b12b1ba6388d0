package main

import "runtime/debug"

// The collector's pace. Go collects when the heap has grown by GOGC
// percent of what is live, 100 by default. A library's summaries are
// most of what is live, and 100 would let the heap double them; on a
// virtual machine the first touch of a page also costs more than the
// collections saved (docs/scaling.md), so while a library loads, and
// after when it is large, folio collects at 30. A small library (the
// bundled articles) keeps Go's pace: `show` then renders as quickly as
// it can. GOGC in the environment overrides both.
const (
	libraryGCPercent = 30
	largeLibrary     = 2000 // articles
)

// paceGC sets the collector's pace for a library of n articles, or for
// one about to load (n < 0).
func paceGC(getenv func(string) string, n int) {
	if getenv("GOGC") != "" {
		return
	}
	if n < 0 || n >= largeLibrary {
		debug.SetGCPercent(libraryGCPercent)
	} else {
		debug.SetGCPercent(100)
	}
}
