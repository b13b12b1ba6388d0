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
// goroutines, each with its own renderer taking the next task not yet
// taken: a piece of a long chunk (pieces.go) or a group of short ones
// (plan.go). The document is the same as Render's: the tasks are the
// same either way and stacked in order.
func RenderParallel(o Options, a *library.Article, n int) (*Document, error) {
	first, err := New(o)
	if err != nil {
		return nil, err
	}
	if n <= 1 || len(a.Body) < parallelMin {
		return first.Render(a)
	}
	pre := newPrepass(a, o)
	p := newPlan(a, pre, first.opts, parallelGroup(len(a.Body), n))
	rendered := make([][][]string, len(p.tasks))
	errs := make([]error, len(p.tasks))
	n = min(n, len(p.tasks))
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
				if k >= len(p.tasks) {
					return
				}
				if err != nil {
					errs[k] = err
					continue
				}
				rendered[k], errs[k] = r.renderTask(p.tasks[k], p.pieces)
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("%s: %w", a.Path, err)
		}
	}
	return assemble(a, first.opts, p.assembleChunks(rendered, first.budgetNote())), nil
}
