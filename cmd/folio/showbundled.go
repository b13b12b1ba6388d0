package main

import (
	"io/fs"
	"path"
	"strings"

	"github.com/folio-reader/folio/articles"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/web"
)

// bundledAlone is the bundled article whose file arg names (without its
// extension), parsed alone, when the library is the bundled articles
// only; else nil, and the caller loads the library. `show` of a bundled
// article parsed every bundled file to find one: 12% of its run, in
// paired runs (docs/bench.md). Which bundled file a name finds
// cannot change after the build, and TestBundledAloneAsInLibrary holds
// each to what the whole library finds.
func (g *globals) bundledAlone(e *env, arg string) *library.Article {
	if g.noBundled || len(g.folders()) > 0 || arg == "-" || web.IsURL(arg) || explicitPath(arg) {
		return nil
	}
	name := ""
	entries, _ := fs.ReadDir(articles.FS, ".")
	for _, d := range entries {
		if strings.TrimSuffix(d.Name(), path.Ext(d.Name())) == arg && !d.IsDir() {
			if name != "" {
				return nil // two files of that name: the library decides
			}
			name = d.Name()
		}
	}
	if name == "" {
		return nil
	}
	src := library.Source{FS: oneFile{articles.FS, name}, Name: bundledName}
	lib := library.Load(library.Options{Drafts: g.drafts}, src)
	a, err := lib.Find(arg)
	if a == nil || err != nil {
		return nil
	}
	reportProblems(e, lib)
	return a
}

// oneFile is fsys with one file at its root and nothing else: what
// library.Load walks to parse that file alone.
type oneFile struct {
	fsys fs.FS
	name string
}

func (o oneFile) Open(name string) (fs.File, error) {
	if name != "." && name != o.name {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return o.fsys.Open(name)
}

// ReadDir lists the one file: fs.WalkDir reads a folder through it.
func (o oneFile) ReadDir(name string) ([]fs.DirEntry, error) {
	if name != "." {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: fs.ErrNotExist}
	}
	entries, err := fs.ReadDir(o.fsys, ".")
	for _, d := range entries {
		if d.Name() == o.name {
			return []fs.DirEntry{d}, err
		}
	}
	return nil, err
}
