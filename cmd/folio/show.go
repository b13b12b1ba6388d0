package main

import (
	"cmp"
	"fmt"
	"runtime"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
	"github.com/spf13/cobra"
)

// showOptions are show's own flags.
type showOptions struct {
	width   int
	section string
	images  string
	pager   bool
}

// newShowCmd is `folio show`.
func newShowCmd(g *globals, e *env) *cobra.Command {
	var o showOptions
	c := &cobra.Command{
		Use:   "show SLUG|PATH|URL|-",
		Short: "print an article, rendered",
		Long: "The article rendered for the terminal under a header of its title, author, date\n" +
			"and reading time. A slug wins over a file of the same name; ./name is a path.",
		Example: "  folio show exosomes-vs-prp --section \"What PRP and exosomes are\"\n" +
			"  folio show notes/today.md --width 60\n" +
			"  folio show exosomes-vs-prp --color always | less -R",
		Args:              oneArg("SLUG"),
		ValidArgsFunction: g.completeSlugs,
		RunE: func(c *cobra.Command, args []string) error {
			return runShow(g, e, args[0], o, c.Flags().Changed("width"), c.Flags().Changed("section"))
		},
	}
	f := c.Flags()
	f.IntVar(&o.width, "width", 0, "wrap to `N` cells, at most 1000 (default: the config's width, else the terminal's up to 100, else 80)")
	f.StringVar(&o.section, "section", "", "print only the section under `HEADING` (its text, any case, or its anchor)")
	f.BoolVarP(&o.pager, "pager", "p", false, "page it through the config's pager, else $PAGER, else less -R")
	f.StringVar(&o.images, "images", "", "draw pictures as `MODE` says: auto (as the terminal can; the default, unless the config's images), "+
		"kitty, iterm, sixel, blocks (half blocks in colour) or off (alt text); without colour, alt text")
	_ = c.RegisterFlagCompletionFunc("images", cobra.FixedCompletions(render.ImageModes, cobra.ShellCompDirectiveNoFileComp))
	return c
}

// runShow prints an article rendered for the terminal, or one section of
// it, under a header with its title, author, date and reading time.
func runShow(g *globals, e *env, slug string, o showOptions, widthGiven, sectionGiven bool) error {
	if widthGiven && o.width < 1 {
		return usageErr("--width must be a positive number of cells, got %d", o.width)
	}
	if o.width == 0 {
		o.width = g.defaultWidth(e)
	}
	style, err := g.styleName()
	if err != nil {
		return err
	}
	if sectionGiven && strings.TrimSpace(o.section) == "" {
		return usageErr("--section needs a heading")
	}
	images := cmp.Or(o.images, g.config().Images, render.ImagesAuto)

	a := g.bundledAlone(e, slug)
	if a == nil {
		if _, a, err = g.findTarget(e, slug); err != nil {
			return err
		}
	}
	heading := -1
	if o.section != "" {
		if heading, err = findHeading(a, o.section); err != nil {
			return err
		}
	}
	style = e.resolveStyle(style)
	if o.pager {
		return g.paged(e, func(e *env) error { return g.printArticle(e, a, o.width, style, heading, images) })
	}
	return g.printArticle(e, a, o.width, style, heading, images)
}

// printDocument prints a document read from a file, stdin or a URL as
// show prints an article, at the default width and the --style.
func (g *globals) printDocument(e *env, d document) error {
	style, err := g.styleName()
	if err != nil {
		return err
	}
	reportProblems(e, libraryOf(d))
	return g.printArticle(e, d.art, g.defaultWidth(e), e.resolveStyle(style), -1, render.ImagesAuto)
}

// printArticle prints an article rendered at width in the glamour style
// under its header, or only the section under heading when it is not -1,
// with pictures drawn as images says (see showImages), each decoded
// once, and only from the article's library folder (or its own folder,
// for a file read on its own).
func (g *globals) printArticle(e *env, a *library.Article, width int, style string, heading int, images string) error {
	opts := render.Options{Width: width, Style: style, Color: e.color(), Profile: e.colorProfile()}
	if err := showImages(&opts, images, e); err != nil {
		return err
	}
	opts.Pictures = picture.NewCache(picture.Folder(a.Path, g.folders()))
	defer opts.Pictures.Close()
	paceRender(e.getenv)
	doc, err := render.RenderParallel(opts, a, runtime.GOMAXPROCS(0))
	if err != nil {
		return err
	}
	var lines []string
	if heading >= 0 {
		lines = doc.Section(a, heading)
	} else {
		lines = append(header(a, opts), doc.Lines...)
	}
	_, err = fmt.Fprintln(e.stdout, termsafe.Frame(strings.Join(lines, "\n")))
	return err
}

// headerMargin matches the left margin glamour gives the body.
const headerMargin = 2

// header is the lines above the body: the title (unless the text opens
// with it), then author · date · rating · reading time, then a rule, each
// no wider than the width.
func header(a *library.Article, o render.Options) []string {
	margin := strings.Repeat(" ", headerMargin)
	w := o.Width - headerMargin
	if w < 10 {
		margin, w = "", o.Width
	}
	profile := termenv.Ascii
	if o.Color {
		profile = o.Profile
	}
	meta := render.BylineParts(a, render.Author|render.Date|render.Rating|render.ReadingTime)
	var out []string
	add := func(text string, style func(termenv.Style) termenv.Style) {
		// Wrap breaks at spaces and hyphens and may leave a longer piece
		// ("-02-02" at width 1); Hardwrap cuts what is still too wide.
		for _, l := range strings.Split(ansi.Hardwrap(ansi.Wrap(text, w, ""), w, true), "\n") {
			out = append(out, margin+style(profile.String(strings.TrimRight(l, " "))).String())
		}
	}
	out = append(out, "")
	if !render.TitleInText(a) { // else the first heading says it, as in the reader
		add(termsafe.String(a.Title), termenv.Style.Bold)
	}
	if len(meta) > 0 {
		add(termsafe.String(strings.Join(meta, " · ")), termenv.Style.Faint)
	}
	rule := min(w, max(ansi.StringWidth(termsafe.String(a.Title)), 20))
	add(strings.Repeat("─", rule), termenv.Style.Faint)
	return out
}

// findHeading returns the index of the heading whose text (ignoring case
// and surrounding space) or anchor is name, or an error suggesting some.
func findHeading(a *library.Article, name string) (int, error) {
	want := strings.TrimSpace(name)
	anchor := strings.TrimPrefix(want, "#")
	for i, h := range a.Headings {
		if strings.EqualFold(strings.TrimSpace(h.Text), want) || strings.EqualFold(h.Anchor, anchor) {
			return i, nil
		}
	}
	texts := make([]string, len(a.Headings))
	for i, h := range a.Headings {
		texts[i] = h.Text
	}
	return -1, notFound("heading", name, texts, "run 'folio toc "+a.Slug+"' to see them all")
}
