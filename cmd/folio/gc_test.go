package main

import (
	"math"
	"runtime/debug"
	"testing"
)

// paceRender raises the pace for a small heap, and leaves a GOGC the
// environment gives alone. Not parallel: the pace is the process's.
func TestPaceRender(t *testing.T) {
	old := debug.SetGCPercent(100)
	defer debug.SetGCPercent(old)
	paceRender(func(k string) string { return map[string]string{"GOGC": "50"}[k] })
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC=50 set, the pace became %d, want it left at 100", got)
	}
	paceRender(func(string) string { return "" })
	if got := debug.SetGCPercent(100); got != renderGCPercent {
		t.Errorf("a test's small heap: the pace is %d, want %d", got, renderGCPercent)
	}
}

// A load from an index runs with the collector off under a limit of
// 3/10 of the index (at least minLoadLimit); stop lifts the limit. A
// load without an index, or with GOMEMLIMIT set, keeps the collector on,
// and the user's limit stays. Not parallel: the pace is the process's.
func TestPaceLoadUnderALimit(t *testing.T) {
	oldPercent := debug.SetGCPercent(100)
	oldLimit := debug.SetMemoryLimit(math.MaxInt64)
	defer func() {
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}()
	none := func(string) string { return "" }
	for _, c := range []struct {
		name    string
		getenv  func(string) string
		indexed int64
		percent int   // the pace during the load
		limit   int64 // the limit during the load
	}{
		{"index", none, 1 << 30, -1, (1 << 30) / 10 * 3},
		{"small index", none, 1 << 20, -1, minLoadLimit},
		{"no index", none, 0, 100, math.MaxInt64},
		{"GOMEMLIMIT", func(k string) string { return map[string]string{"GOMEMLIMIT": "1GiB"}[k] }, 1 << 30, 100, 1 << 30},
	} {
		before := int64(math.MaxInt64)
		if c.getenv("GOMEMLIMIT") != "" {
			before = 1 << 30 // as Go sets it from the environment
		}
		debug.SetMemoryLimit(before)
		stop := paceLoad(c.getenv, c.indexed)
		percent := debug.SetGCPercent(-1)
		debug.SetGCPercent(percent)
		limit := debug.SetMemoryLimit(-1) // -1 reads it
		stop()
		if percent != c.percent || limit != c.limit {
			t.Errorf("%s: pace %d, limit %d during the load; want %d, %d", c.name, percent, limit, c.percent, c.limit)
		}
		if after := debug.SetMemoryLimit(-1); after != before {
			t.Errorf("%s: the limit is %d after the load, want %d as before it", c.name, after, before)
		}
	}
}
