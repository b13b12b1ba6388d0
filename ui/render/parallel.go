package render

import (
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/folio-reader/folio/library"
)

// parallelMin is the body size below which RenderParallel renders on
// one goroutine: a second renderer is not worth starting.
const parallelMin = 4 << 10

// RenderParallel renders an article as Render does, on up to n
// goroutines, each with its own renderer taking the next chunk not yet
// taken. The document is the same as Render's: the chunks are rendered
// on their own either way and stacked in order.
func RenderParallel(o Options, a *library.Article, n int) (*Document, error) {
	first, err := New(o)
	if err != nil {
		return nil, err
	}
	chunks := Chunks(a)
	pre := newPrepass(a, o)
	n = min(n, len(chunks))
	if n <= 1 || len(a.Body) < parallelMin {
		return first.Render(a)
	}
	pieces := make([][]string, len(chunks))
	errs := make([]error, len(chunks))
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := range n {
		wg.Go(func() {
			r, err := first, error(nil)
			if w > 0 {
				r, err = New(o)
			}
			if err == nil {
				r.refs = pre.refs
			}
			for {
				i := int(next.Add(1) - 1)
				if i >= len(chunks) {
					return
				}
				if err != nil {
					errs[i] = err
					continue
				}
				pieces[i], errs[i] = r.chunk(pre.applyChunk(chunks[i], i))
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
	}
	notes, err := first.chunk(pre.notesMarkdown())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Path, err)
	}
	return assemble(a, o, append(pieces, notes)), nil
}
