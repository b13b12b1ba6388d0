package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/folio-reader/folio/library"
)

// A load still going when the reader closes is waited for, and said to
// be; one done, or none started, is not.
func TestPendingLoadIsWaitedFor(t *testing.T) {
	t.Parallel()
	var p pendingLoad
	var out bytes.Buffer
	p.finish(&out, time.Minute) // none started
	release := make(chan struct{})
	load := p.wrap(func(func(*library.Article)) *library.Library {
		<-release
		return nil
	})
	go load(nil)
	p.waitStarted()
	start := time.Now()
	p.finish(&out, 30*time.Millisecond) // still going: waits out its bound
	if waited := time.Since(start); waited < 30*time.Millisecond {
		t.Errorf("finish returned after %v with the load going", waited)
	}
	if !strings.Contains(out.String(), "finishing the library's index") {
		t.Errorf("finish said %q", out.String())
	}
	out.Reset()
	go func() { time.Sleep(20 * time.Millisecond); close(release) }()
	p.finish(&out, time.Minute) // ends when the load does
	p.finish(&out, time.Minute) // done: returns at once, silently
	if n := strings.Count(out.String(), "finishing"); n != 1 {
		t.Errorf("said %d times, want once: %q", n, out.String())
	}
}

// The reader's loader, followed, leaves its folder's index written once
// finish returns, though the reader stopped looking at it first.
func TestPendingLoadLeavesTheIndexWritten(t *testing.T) {
	t.Parallel()
	files := map[string]string{}
	for i := range 40 {
		files[filepath.Join("d", "a"+string(rune('a'+i%26))+string(rune('a'+i/26))+".md")] = "# Post\n\nBody.\n"
	}
	dir := fixtureDir(t, files)
	old := time.Now().Add(-time.Hour) // old enough for the index to keep
	filepath.Walk(dir, func(p string, _ os.FileInfo, _ error) error { return os.Chtimes(p, old, old) })
	cache := t.TempDir()
	e := newEnv(io.Discard, io.Discard)
	e.cacheDir = cache
	g := &globals{dirs: []string{dir}}
	var p pendingLoad
	_, load, err := g.tuiLibrary(e, &p)
	if err != nil || load == nil {
		t.Fatalf("tuiLibrary: %v (loader %v)", err, load != nil)
	}
	go load(func(*library.Article) {})
	p.waitStarted()
	p.finish(io.Discard, time.Minute)
	idx, _ := filepath.Glob(filepath.Join(cache, "*.idx"))
	if len(idx) != 1 {
		t.Fatalf("index files %v once the load was waited for", idx)
	}
}

// waitStarted returns once a load p follows has started.
func (p *pendingLoad) waitStarted() {
	for {
		p.mu.Lock()
		started := p.done != nil
		p.mu.Unlock()
		if started {
			return
		}
		time.Sleep(time.Millisecond)
	}
}
