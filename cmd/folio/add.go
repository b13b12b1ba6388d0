package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/web"
)

// addCommand is `folio add`, for the command table.
func addCommand() *command {
	return &command{"add", "URL... [--to DIR] [--tag T]... [--category C]... [--keep] [--force] [--json]",
		"save web pages into the library as markdown articles",
		"  --to DIR        save into DIR (default: the config's first dirs entry, else " + defaultSaveDirHelp + ")\n" +
			"  --tag T         add tag T (repeatable) to the page's own tags\n" +
			"  --category C    add category C (repeatable)\n" +
			"  --keep          save a URL saved before into a new file instead of updating it\n" +
			"  --force         update a saved file even when it was edited since\n" +
			"  --json          print the saved articles as list --json does\n", runAdd}
}

const defaultSaveDirHelp = "$XDG_DATA_HOME/folio/articles"

// addOptions are the flags of folio add.
type addOptions struct {
	Dir        string // "" for saveDir
	Tags       []string
	Categories []string
	Keep       bool
	Force      bool
	JSON       bool
}

func runAdd(g *globals, args []string, e *env) error {
	var o addOptions
	fs := newFlagSet("add", g)
	fs.StringVar(&o.Dir, "to", "", "")
	fs.Var((*nameList)(&o.Tags), "tag", "")
	fs.Var((*nameList)(&o.Categories), "category", "")
	fs.BoolVar(&o.Keep, "keep", false, "")
	fs.BoolVar(&o.Force, "force", false, "")
	fs.BoolVar(&o.JSON, "json", false, "")
	pos, done, err := parseCmd("add", fs, args, e)
	if done || err != nil {
		return err
	}
	if len(pos) == 0 {
		return usageErr("add", "missing URL")
	}
	for _, u := range pos {
		if !web.IsURL(u) {
			return usageErr("add", "%q is not an http or https address", u)
		}
	}
	if o.Keep && o.Force {
		return usageErr("add", "--keep and --force do not go together: --keep never replaces a file")
	}
	if o.Dir == "" {
		o.Dir = g.saveDir()
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	return addURLs(ctx, pos, o, e)
}

// addURLs saves each URL, printing what it did, and goes on past a
// page that fails. One failure is returned as it is; with several, each
// is printed as it comes and a count is returned.
func addURLs(ctx context.Context, urls []string, o addOptions, e *env) error {
	s := &web.Saver{Dir: o.Dir, Tags: o.Tags, Categories: o.Categories, Keep: o.Keep, Force: o.Force}
	if s.Dir == "" {
		s.Dir = defaultSaveDir(e.getenv)
	}
	var (
		errs  []error
		saved []*library.Article
	)
	for _, u := range urls {
		r, err := s.Save(ctx, u)
		if err != nil {
			errs = append(errs, err)
			if len(urls) > 1 {
				fmt.Fprintf(e.stderr, "folio: %v\n", err)
			}
			continue
		}
		if o.JSON {
			a, err := parseSaved(r.Path)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			saved = append(saved, a)
			continue
		}
		verb := "saved"
		if r.Updated {
			verb = "updated"
		}
		fmt.Fprintf(e.stdout, "%s %s  %s\n", verb, r.Slug, r.Path)
	}
	if o.JSON {
		if err := writeListJSON(e.stdout, saved, []jsonProblem{}); err != nil {
			return err
		}
	}
	switch len(errs) {
	case 0:
		return nil
	case 1:
		if len(urls) == 1 {
			return errs[0]
		}
	}
	return fmt.Errorf("%d of %d pages were not saved", len(errs), len(urls))
}

// parseSaved reads back a file folio add wrote, as the library sees it.
func parseSaved(path string) (*library.Article, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	a, _, err := library.Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return a, nil
}

// nameList is a repeatable flag of names (--tag, --category).
type nameList []string

func (l *nameList) String() string { return strings.Join(*l, ",") }
func (l *nameList) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty name")
	}
	*l = append(*l, strings.TrimSpace(s))
	return nil
}
