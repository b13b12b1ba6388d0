package main

import (
	"fmt"
	"strings"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/internal/termsafe"
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
	for _, d := range g.folders() {
		s, err := library.DirSource(d)
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, s)
	}
	if len(srcs) == 0 {
		return nil, usageErr("--no-bundled leaves nothing to read: add --dir PATH")
	}
	return srcs, nil
}

// library loads every source without reporting problems; the caller
// decides where they go. Folders are loaded through the index cache
// (see cacheDir). The articles are summaries (library.Options.Summaries):
// what a list shows, and where the rest is; a command that prints an
// article's text reads it with lib.Full, and search, questions and
// reviews read what they need. The bundled articles alone are loaded
// whole: two, parsed from the binary, whose summaries would save no
// memory and cost `show` a coding of each and a second parse of the one
// it prints.
func (g *globals) library(e *env) (*library.Library, error) {
	srcs, err := g.sources()
	if err != nil {
		return nil, err
	}
	bundledOnly := len(srcs) == 1 && !g.noBundled
	opts := library.Options{Drafts: g.drafts, CacheDir: e.cacheDir, Summaries: !bundledOnly}
	stop := paceLoad(e.getenv, library.IndexedBytes(opts, srcs...))
	lib := library.Load(opts, srcs...)
	stop()
	paceGC(e.getenv, len(lib.Articles))
	return lib, nil
}

// load loads the library and prints each file problem on stderr as
// "path: message". Problems never fail the command.
func (g *globals) load(e *env) (*library.Library, error) {
	lib, err := g.library(e)
	if err != nil {
		return nil, err
	}
	for _, p := range lib.Problems {
		fmt.Fprintln(e.stderr, p.String())
	}
	if len(lib.Articles) == 0 {
		fmt.Fprintln(e.stderr, g.noArticles(lib))
	}
	return lib, nil
}

// noArticles says that the library is empty, naming where folio looked
// and what it reads, so that a list printing nothing is not taken for
// one that did not run. An empty library is no failure: the command
// still exits 0, and --json still prints its (empty) lists.
func (g *globals) noArticles(lib *library.Library) string {
	where := make([]string, len(g.folders()))
	for i, d := range g.folders() {
		where[i] = termsafe.String(d)
	}
	what := "found no articles"
	if len(lib.Problems) > 0 {
		what = "found no article folio could read"
	}
	drafts := ""
	if !g.drafts {
		drafts = "; drafts only with --drafts"
	}
	exts := library.Extensions
	return fmt.Sprintf("%s in %s (folio reads %s and %s files%s)", what, strings.Join(where, ", "),
		strings.Join(exts[:len(exts)-1], ", "), exts[len(exts)-1], drafts)
}
