package main

import (
	"fmt"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
)

// bundledName prefixes the paths of the bundled articles.
const bundledName = "bundled"

// sources lists where to read articles from: the bundled ones unless
// --no-bundled, then every --dir. A --dir that is missing or not a folder
// is an error naming it.
func (g *globals) sources() ([]library.Source, error) {
	var srcs []library.Source
	if !g.noBundled {
		srcs = append(srcs, library.Source{FS: articles.FS, Name: bundledName})
	}
	for _, d := range g.dirs {
		s, err := library.DirSource(d)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, s)
	}
	if len(srcs) == 0 {
		return nil, usageErr("", "--no-bundled leaves nothing to read: add --dir PATH")
	}
	return srcs, nil
}

// library loads every source without reporting problems; the caller
// decides where they go. Folders are loaded through the index cache
// (see cacheDir).
func (g *globals) library() (*library.Library, error) {
	srcs, err := g.sources()
	if err != nil {
		return nil, err
	}
	return library.Load(library.Options{Drafts: g.drafts, CacheDir: cacheDir()}, srcs...), nil
}

// load loads the library and prints each file problem on stderr as
// "path: message". Problems never fail the command.
func (g *globals) load(e *env) (*library.Library, error) {
	lib, err := g.library()
	if err != nil {
		return nil, err
	}
	for _, p := range lib.Problems {
		fmt.Fprintln(e.stderr, p.String())
	}
	return lib, nil
}
