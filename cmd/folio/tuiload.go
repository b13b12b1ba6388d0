package main

import (
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui"
)

// tuiLibrary is what the reader opens on: the library a slug was found
// in, when one was (read once, so the article the reader opens is the
// one checked); with no --dir, the whole library; with folders, the
// bundled articles alone (read at once, so the list is on screen at
// once) and a loader that reads everything in the background, showing
// articles as they are read.
// The loader is followed by pending, when not nil (tuifinish.go).
func (g *globals) tuiLibrary(e *env, pending *pendingLoad) (*library.Library, ui.Loader, error) {
	if g.resolved != nil {
		return g.resolved, nil, nil
	}
	srcs, err := g.sources()
	if err != nil {
		return nil, nil, err
	}
	opts := library.Options{Drafts: g.drafts, CacheDir: e.cacheDir, Summaries: true} // texts read when opened (Library.Full)
	if len(g.folders()) == 0 {
		return library.Load(opts, srcs...), nil, nil
	}
	first := srcs[:0]
	if !g.noBundled {
		first = srcs[:1]
	}
	load := func(seen func(*library.Article)) *library.Library {
		// Paced as a cold load even with an index: the reader's heap, with
		// its rows, sits at the edge of its goal (0.49× the library at
		// 100,000), and the collector off during the load added 4 MiB.
		stop := paceLoad(e.getenv, 0)
		lib := library.LoadStream(opts, seen, srcs...)
		stop()
		paceGC(e.getenv, len(lib.Articles))
		return lib
	}
	if pending != nil {
		load = pending.wrap(load)
	}
	return library.Load(opts, first...), load, nil
}
