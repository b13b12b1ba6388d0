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
// goroutines, each with its own renderer taking the next piece of a
// chunk not yet taken (a long chunk is cut into pieces: pieces.go). The
// document is the same as Render's: the pieces are rendered on their
// own either way and stacked in order.
func RenderParallel(o Options, a *library.Article, n int) (*Document, error) {
	first, err := New(o)
	if err != nil {
		return nil, err
	}
	if n <= 1 || len(a.Body) < parallelMin {
		return first.Render(a)
	}
	chunks := Chunks(a)
	pre := newPrepass(a, o)
	// the work: every piece of every chunk (pieces.go), in order
	type task struct{ chunk, piece int }
	var tasks []task
	parts := make([][]string, len(chunks))
	for i, c := range chunks {
		parts[i] = pieces(pre.applyChunk(c, i))
		for j := range parts[i] {
			tasks = append(tasks, task{i, j})
		}
	}
	rendered := make([][][]string, len(chunks))
	for i := range chunks {
		rendered[i] = make([][]string, len(parts[i]))
	}
	errs := make([]error, len(tasks))
	n = min(n, len(tasks))
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
				k := int(next.Add(1) - 1)
				if k >= len(tasks) {
					return
				}
				if err != nil {
					errs[k] = err
					continue
				}
				t := tasks[k]
				rendered[t.chunk][t.piece], errs[k] = r.chunk(parts[t.chunk][t.piece])
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
	}
	pieceLines := make([][]string, len(chunks))
	for i := range chunks {
		pieceLines[i] = joinPieces(rendered[i])
	}
	notes, err := first.chunk(pre.notesMarkdown())
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Path, err)
	}
	return assemble(a, o, append(pieceLines, notes)), nil
}
