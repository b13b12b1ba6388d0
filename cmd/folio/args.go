package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/folio-reader/folio/web"
)

// findTarget returns the article a command's argument names: a slug of
// the library, which wins over a file of the same name, else a file,
// "-" for stdin or a URL. A path that starts with ./, ../, / or ~/ is
// always a path, and then the library is not loaded at all.
func (g *globals) findTarget(e *env, arg string) (*library.Library, *library.Article, error) {
	if arg == "-" || web.IsURL(arg) || explicitPath(arg) {
		return documentTarget(arg, e)
	}
	if g.noBundled && len(g.folders()) == 0 && pathKind(arg) == "file" {
		return documentTarget(arg, e) // no library, so no slug to find: a file is a file
	}
	lib, err := g.library(e)
	if err != nil {
		return nil, nil, err
	}
	a, err := findArticle(lib, arg)
	if a != nil {
		a, err = lib.Full(a) // the summary's text: the command prints it
	}
	if a != nil || err != nil {
		reportProblems(e, lib)
		return lib, a, err
	}
	if pathKind(arg) != "" {
		return documentTarget(arg, e)
	}
	reportProblems(e, lib)
	return nil, nil, notFound("article", arg, lib.Slugs(), "run 'folio list' to see every slug, or give a file's path")
}

// findArticle is the article of lib that arg names (its slug, its path
// in its folder, or a name only it has), or nil. A name several
// articles share (a site's translations) is a usage error that lists
// each one's path (exit 2).
func findArticle(lib *library.Library, arg string) (*library.Article, error) {
	a, err := lib.Find(arg)
	var amb *library.AmbiguousError
	if errors.As(err, &amb) {
		return nil, usageErr("%q is the name of %d articles; give one's path:\n  %s", arg, len(amb.IDs), strings.Join(amb.IDs, "\n  "))
	}
	return a, nil
}

// documentTarget reads the file, stdin or URL arg as a library of one.
func documentTarget(arg string, e *env) (*library.Library, *library.Article, error) {
	d, _, err := readDocument(arg, e)
	if err != nil {
		return nil, nil, err
	}
	lib := libraryOf(d)
	reportProblems(e, lib)
	return lib, lib.Articles[0], nil // the library's own: New copies an article it names
}

func reportProblems(e *env, lib *library.Library) {
	for _, p := range lib.Problems {
		fmt.Fprintln(e.stderr, p.String())
	}
}

// runOpen is folio with arguments that are no command: files to read
// beside the library, folders to read as --dir, "-" or a URL, or an
// article's slug. The reader opens on the first article named. commands
// are folio's, suggested for a word that is none of these.
func runOpen(g *globals, args []string, e *env, watch bool, commands []string) error {
	var docs []document
	slug := ""
	for i, arg := range args {
		if arg != "-" && !web.IsURL(arg) && pathKind(arg) == "dir" {
			g.dirs = append(g.dirs, expandHome(arg))
			continue
		}
		d, ok, err := readDocument(arg, e)
		if err != nil {
			return err
		}
		if ok {
			docs = append(docs, d)
			continue
		}
		if i > 0 || slug != "" {
			return fmt.Errorf("%s: no such file", arg)
		}
		if slug, err = g.slugOrUnknown(e, arg, commands); err != nil {
			return err
		}
	}
	if watch && len(g.folders()) == 0 {
		return usageErr("--watch needs a --dir to watch")
	}
	if !e.tty && len(docs) > 0 {
		// Not a terminal: print the first article, as show would.
		return g.printDocument(e, docs[0])
	}
	return g.openReader(e, docs, slug, watch)
}

// slugOrUnknown checks that arg, which is no command, file or folder, is
// an article's slug; else the error names it and suggests a command
// only when one is near.
func (g *globals) slugOrUnknown(e *env, arg string, commands []string) (string, error) {
	if s := nearCommand(arg, commands); s != "" {
		return "", usageErr("unknown command %q; %s", arg, s)
	}
	lib, err := g.library(e) // the reader opens on it
	if err != nil {
		return "", err
	}
	if a, err := findArticle(lib, arg); a != nil || err != nil {
		if a == nil {
			return "", err
		}
		g.resolved = lib
		return a.Slug, nil
	}
	msg := fmt.Sprintf("no command, article or file %q", arg)
	if s := suggestion(arg, lib.Slugs()); s != "" {
		msg += "; " + s
	} else {
		msg += "; run 'folio help' for the commands, 'folio list' for the articles"
	}
	return "", errors.New(msg)
}

// nearCommand is "did you mean …?" for the commands near s, or "": a
// command is near when it is suggested and about as long as s, so a
// file name is never taken for a misspelt command.
func nearCommand(s string, commands []string) string {
	if strings.ContainsAny(s, "./\\") {
		return ""
	}
	var near []string
	for _, c := range library.Suggest(s, commands, 3) {
		if d := len(c) - len(s); d >= -2 && d <= 2 {
			near = append(near, c)
		}
	}
	if len(near) == 0 {
		return ""
	}
	return "did you mean " + orList(near) + "?"
}

// openReader opens the reader on the library with the documents beside
// it, on the first document or on slug when one is given.
func (g *globals) openReader(e *env, docs []document, slug string, watch bool) error {
	lib, o, err := g.readerOptions(e, docs, slug, watch)
	if err != nil {
		return err
	}
	return runTUI(lib, o)
}

// readerOptions is what openReader opens the reader with.
func (g *globals) readerOptions(e *env, docs []document, slug string, watch bool) (*library.Library, tuiOptions, error) {
	lib, o, err := g.tui(e)
	if err != nil {
		return nil, o, err
	}
	if watch {
		o.Watch = g.folders()
	}
	o.Drafts = g.drafts
	o.PictureFolders = g.folders()
	for _, d := range docs {
		if f := picture.Folder(d.art.Path, nil); f != "" {
			o.PictureFolders = append(o.PictureFolders, f)
		}
	}
	if len(docs) > 0 {
		have := map[string]bool{}
		for _, d := range docs {
			have[absPath(d.art.Path)] = true
		}
		for _, d := range docs {
			docs = append(docs, linkedDocuments(d, have)...)
		}
		lib = withDocuments(lib, docs)
		if load := o.Load; load != nil {
			o.Load = func(seen func(*library.Article)) *library.Library {
				return withDocuments(load(seen), docs)
			}
		}
		slug = slugOf(lib, docs[0])
	}
	o.Open = slug
	for _, d := range docs {
		if d.art.Path == "-" {
			o.KeysFromTTY = true // stdin held the article: keys come from the terminal
			o.StdinKey = stdinKey(d.art)
		}
	}
	return lib, o, nil
}
