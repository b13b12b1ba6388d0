package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"

	"github.com/folio-reader/folio/internal/safefile"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/web"
	"github.com/spf13/cobra"
)

// defaultSaveDirHelp is where add saves by default, as help says it.
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

// newAddCmd is `folio add`.
func newAddCmd(g *globals, e *env) *cobra.Command {
	var o addOptions
	c := &cobra.Command{
		Use:   "add URL...",
		Short: "save web pages into the library as markdown articles",
		Long: "Each page is saved as a markdown file with frontmatter (title, date, author, tags,\n" +
			"source, rating) and its FAQ kept, the site's navigation and ads left out. A URL\n" +
			"saved before updates its file, unless the file was edited since.",
		Example: "  folio add https://example.com/review --tag kettles",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) == 0 {
				return usageErr("missing URL")
			}
			for _, u := range args {
				if !web.IsURL(u) {
					return usageErr("%q is not an http or https address", u)
				}
			}
			return nil
		},
		RunE: func(_ *cobra.Command, args []string) error {
			if o.Keep && o.Force {
				return usageErr("--keep and --force do not go together: --keep never replaces a file")
			}
			if o.Dir == "" {
				o.Dir = g.saveDir()
			}
			ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
			defer stop()
			return addURLs(ctx, args, o, e)
		},
	}
	f := c.Flags()
	f.StringVar(&o.Dir, "to", "", "save into `DIR` (default: the config's first dirs entry, else "+defaultSaveDirHelp+")")
	f.Var((*nameList)(&o.Tags), "tag", "add tag `T` to the page's own tags (repeatable)")
	f.Var((*nameList)(&o.Categories), "category", "add category `C` (repeatable)")
	f.BoolVar(&o.Keep, "keep", false, "save a URL saved before into a new file instead of updating it")
	f.BoolVar(&o.Force, "force", false, "update a saved file even when it was edited since")
	f.BoolVar(&o.JSON, "json", false, "print the saved articles as list --json does")
	_ = c.MarkFlagDirname("to")
	g.completeTermFlags(c)
	return c
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
	data, err := safefile.ReadRegular(path, library.MaxFileSize)
	if err != nil {
		return nil, err
	}
	a, _, err := library.Parse(path, data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}
