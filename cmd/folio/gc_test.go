package main

import (
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
