package main

import (
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui"
)

// indexWait is how long folio, once the reader has closed, waits for a
// background load still going before it exits.
const indexWait = 15 * time.Second

// pendingLoad follows the reader's background load past the reader: a
// load writes its folders' index last, and a process that ended first
// dropped it, so that a large library whose reader was closed as soon as
// every article was listed (300,000 articles: the 1.3 GB index was still
// being written) read every file again at each start.
type pendingLoad struct {
	mu   sync.Mutex
	done chan struct{} // closed when the load started last returns; nil before one starts
}

// wrap is load, followed.
func (p *pendingLoad) wrap(load ui.Loader) ui.Loader {
	return func(seen func(*library.Article)) *library.Library {
		done := make(chan struct{})
		p.mu.Lock()
		p.done = done
		p.mu.Unlock()
		defer close(done)
		return load(seen)
	}
}

// finish waits, up to max, for a load still going, saying on w that it
// does (the terminal is folio's no more; ctrl+c ends the wait, and the
// index is then written by the next start).
func (p *pendingLoad) finish(w io.Writer, max time.Duration) {
	p.mu.Lock()
	done := p.done
	p.mu.Unlock()
	if done == nil {
		return
	}
	select {
	case <-done:
		return
	default:
	}
	fmt.Fprintln(w, "folio: finishing the library's index (ctrl+c skips it; the next start would read every file again)")
	select {
	case <-done:
	case <-time.After(max):
	}
}
