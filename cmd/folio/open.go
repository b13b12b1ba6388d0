package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/folio-reader/folio/internal/safefile"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/web"
)

// Open anything: besides a slug, a command that takes an article takes
// a path to a file (read on its own, never with its folder), "-" for
// stdin, or an http(s) URL. Each is parsed into one article here.

// maxStdin caps what folio reads from stdin: as much as a file.
const maxStdin = library.MaxFileSize

// explicitPath reports an argument that can only be a path: it starts
// with ./, ../, / or ~/ (or is . or ..), so it is never taken for a slug.
func explicitPath(arg string) bool {
	switch {
	case arg == "." || arg == "..":
		return true
	case strings.HasPrefix(arg, "./"), strings.HasPrefix(arg, "../"), strings.HasPrefix(arg, "~/"):
		return true
	}
	return filepath.IsAbs(arg)
}

// expandHome turns a leading ~ or ~/ into the home folder.
func expandHome(p string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return p
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~"))
}

// pathKind is what is at a path: "" when nothing (or an error), "dir" or "file".
func pathKind(p string) string {
	info, err := os.Stat(expandHome(p))
	switch {
	case err != nil:
		return ""
	case info.IsDir():
		return "dir"
	}
	return "file"
}

// readArticleFile parses the file at p on its own: its folder is never
// walked. Warnings come back as problems naming the file.
func readArticleFile(p string) (*library.Article, []library.Problem, error) {
	p = expandHome(p)
	data, err := safefile.ReadRegular(p, library.MaxFileSize)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return nil, nil, fmt.Errorf("%s: %w", p, pe.Err)
		}
		return nil, nil, fmt.Errorf("%s: %w", p, err)
	}
	return parseDocument(p, p, data)
}

// readStdin parses stdin as one article.
func readStdin(r io.Reader) (*library.Article, []library.Problem, error) {
	if r == nil {
		return nil, nil, errors.New("-: no standard input to read")
	}
	data, err := io.ReadAll(io.LimitReader(r, maxStdin+1))
	if err != nil {
		return nil, nil, fmt.Errorf("reading standard input: %w", err)
	}
	if len(data) > maxStdin {
		return nil, nil, fmt.Errorf("standard input is larger than the %d MB folio reads", maxStdin>>20)
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, nil, errEmptyStdin
	}
	return parseDocument("stdin.md", "-", data)
}

// errEmptyStdin is readStdin's error for nothing but white space.
var errEmptyStdin = errors.New("-: standard input is empty")

// parseDocument parses data as an article shown as path; name decides
// its format (.txt is plain text) and its default slug.
func parseDocument(name, path string, data []byte) (*library.Article, []library.Problem, error) {
	a, warns, err := library.Parse(name, data)
	if err != nil {
		return nil, nil, fmt.Errorf("%s: %w", path, err)
	}
	a.Path = path
	var probs []library.Problem
	for _, w := range warns {
		probs = append(probs, library.Problem{Path: path, Message: w, Kept: true})
	}
	return a, probs, nil
}

// document is one article read from outside the library: a file, stdin
// or a URL.
type document struct {
	art      *library.Article
	problems []library.Problem
}

// readDocument reads the article arg names when it is "-", a URL or a
// path; ok is false when it names none of them (it may be a slug).
func readDocument(arg string, e *env) (d document, ok bool, err error) {
	switch {
	case arg == "-":
		d.art, d.problems, err = readStdin(e.stdin)
		return d, true, err
	case web.IsURL(arg):
		d.art, d.problems, err = fetchArticle(arg, e)
		return d, true, err
	}
	switch pathKind(arg) {
	case "file":
		d.art, d.problems, err = readArticleFile(arg)
		return d, true, err
	case "dir":
		return d, true, fmt.Errorf("%s: a folder, not an article (read it with --dir %s)", arg, arg)
	}
	if explicitPath(arg) {
		return d, true, fmt.Errorf("%s: no such file", arg)
	}
	return d, false, nil
}

// libraryOf is a library of the documents alone: what show, toc and faq
// need for a file, stdin or a URL, without loading anything else.
func libraryOf(docs ...document) *library.Library {
	arts := make([]*library.Article, 0, len(docs))
	var probs []library.Problem
	for _, d := range docs {
		arts = append(arts, d.art)
		probs = append(probs, d.problems...)
	}
	lib := library.New(arts)
	lib.Problems = append(probs, lib.Problems...)
	return lib
}

// withDocuments adds documents to a loaded library. A file already in
// it (under a --dir) is not added twice.
func withDocuments(lib *library.Library, docs []document) *library.Library {
	if len(docs) == 0 {
		return lib
	}
	have := map[string]bool{}
	for _, a := range lib.Articles {
		have[absPath(a.Path)] = true
	}
	arts := slices.Clone(lib.Articles)
	probs := slices.Clone(lib.Problems)
	for _, d := range docs {
		if have[absPath(d.art.Path)] {
			continue
		}
		arts = append(arts, d.art)
		probs = append(probs, d.problems...)
	}
	out := library.New(arts)
	out.Problems = append(probs, out.Problems...)
	return out
}

// absPath is a file's absolute path, for comparing; other paths as they are.
func absPath(p string) string {
	if p == "-" || web.IsURL(p) || strings.HasPrefix(p, bundledName+string(filepath.Separator)) {
		return p
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}

// slugOf is the slug the document has in lib: its own, unless taken by
// another article, or the one it was given in its place.
func slugOf(lib *library.Library, d document) string {
	want := absPath(d.art.Path)
	for _, a := range lib.Articles {
		if absPath(a.Path) == want {
			return a.Slug
		}
	}
	return d.art.Slug
}

// runStdin is folio with no arguments and stdin piped in: the article is
// read from stdin (as glow does) and the reader takes its keys from the
// terminal. An empty stdin opens the library as if nothing were piped.
func runStdin(g *globals, e *env, watch bool, commands []string) error {
	d, _, err := readDocument("-", e)
	if err != nil {
		if errors.Is(err, errEmptyStdin) {
			e.stdinPiped = false
			return runOpen(g, nil, e, watch, commands)
		}
		return err
	}
	if !e.tty {
		return g.printDocument(e, d)
	}
	return g.openReader(e, []document{d}, "", watch)
}

// maxLinkedFiles caps the local files read for the links of one file.
const maxLinkedFiles = 50

// linkedDocuments reads the local article files d's links point to,
// relative to d's folder (a link from the site's root, /post.md, is
// tried there too), so that following them in the reader opens them:
// the files linked, never the folder. A link to no file is left to the
// reader, which says so.
func linkedDocuments(d document, have map[string]bool) []document {
	if d.art.Path == "-" || web.IsURL(d.art.Path) {
		return nil
	}
	dir := filepath.Dir(d.art.Path)
	var out []document
	for _, l := range d.art.Links {
		if len(out) == maxLinkedFiles {
			break
		}
		u, err := url.Parse(l.URL)
		if err != nil || u.Scheme != "" || u.Host != "" || u.Path == "" || !isArticleName(u.Path) {
			continue
		}
		p := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(u.Path, "/")))
		if have[absPath(p)] || pathKind(p) != "file" {
			continue
		}
		have[absPath(p)] = true
		ld, _, err := readArticleFile(p)
		if err != nil {
			continue
		}
		out = append(out, document{art: ld, problems: nil})
	}
	return out
}
