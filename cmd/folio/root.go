package main

import (
	"github.com/spf13/cobra"
)

// folio's command line is one spf13/cobra tree, declared here and in
// each command's file: parsing (pflag: flags anywhere among the
// arguments, "--" ends them), help, the usage line of an error, shell
// completions and the man page are all read from it. Adding a command
// is a file declaring it, with its flags and their usage strings, and
// one line in the AddCommand call below; tree_test.go checks that help,
// completion and the man page all show it.

func init() {
	// Commands are listed in help and the man page in the order they
	// are added, which groups them by use, not alphabetically.
	cobra.EnableCommandSorting = false
}

// configOptional marks a command that runs whatever the config file
// holds: a bad file must not stop help, or the command that shows it.
const configOptional = "folio/config-optional"

// newRootCmd is folio's command tree, writing to e's stdout and stderr.
// Each call makes a new tree with its own flag values.
func newRootCmd(e *env) *cobra.Command { return buildRoot(&globals{env: e}, e) }

// buildRoot is newRootCmd with the global flags parsed into g.
func buildRoot(g *globals, e *env) *cobra.Command {
	var watch bool
	root := &cobra.Command{
		Use:   "folio [COMMAND [ARGS] | PATH... | URL | - | SLUG]",
		Short: "read articles in the terminal",
		Long: "With no command, folio opens the reader: on the library, or on the files, URL or\n" +
			"stdin (-) given, beside the library; a folder is read as a --dir, and an article's\n" +
			"slug opens that article. Piped onward, it prints the article instead.",
		Example: "  folio                          the library: bundled articles, the config's dirs\n" +
			"  folio ~/blog                   a folder\n" +
			"  folio notes/today.md           a file, beside the library\n" +
			"  cat post.md | folio            standard input\n" +
			"  folio --dir ~/blog --watch     a folder, followed live",
		Version:           versionString(),
		Args:              cobra.ArbitraryArgs,
		SilenceErrors:     true,
		SilenceUsage:      true,
		ValidArgsFunction: g.completeSlugs,
		PersistentPreRunE: func(c *cobra.Command, _ []string) error { return g.prepare(c, e) },
		RunE: func(c *cobra.Command, args []string) error {
			return g.runReader(e, args, watch, commandNames(c))
		},
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	root.SetVersionTemplate("folio {{.Version}}\n")
	root.CompletionOptions.DisableDefaultCmd = true // folio's own, in completion.go
	root.SetHelpFunc(func(c *cobra.Command, _ []string) { printHelp(c.OutOrStdout(), c) })
	root.SetFlagErrorFunc(flagError)

	help := newHelpCmd(e)
	pf := root.PersistentFlags()
	pf.Var((*dirList)(&g.dirs), "dir", "also read the articles under `PATH` (repeatable; .md .markdown .mdx .txt)")
	pf.BoolVar(&g.noBundled, "no-bundled", false, "leave out the bundled articles")
	pf.BoolVar(&g.drafts, "drafts", false, "include articles marked draft")
	pf.StringVar(&g.style, "style", "", "colours of the reader and show, by style `S`: auto (by the terminal's background), "+
		"dark, light, dracula, tokyo-night, pink, ascii, notty, or a glamour JSON style file (folio help styles)")
	pf.StringVar(&g.color, "color", "", "colour codes: `WHEN` is auto (on a terminal, unless NO_COLOR), always or never")
	pf.BoolP("help", "h", false, "show help for folio or the command")
	root.Flags().BoolVar(&watch, "watch", false, "the reader only: follow the --dir folders live, so changed, added and removed files show at once")
	root.Flags().Bool("version", false, "print folio's version")
	_ = root.MarkPersistentFlagDirname("dir")
	_ = root.RegisterFlagCompletionFunc("style", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return styleNames(), cobra.ShellCompDirectiveDefault // and files, for a JSON style
	})
	_ = root.RegisterFlagCompletionFunc("color", cobra.FixedCompletions(colorModes, cobra.ShellCompDirectiveNoFileComp))

	root.AddCommand(
		newListCmd(g, e),
		newTagsCmd(g, e),
		newCategoriesCmd(g, e),
		newShowCmd(g, e),
		newTOCCmd(g, e),
		newFAQCmd(g, e),
		newQuestionsCmd(g, e),
		newReviewCmd(g, e),
		newCompareCmd(g, e),
		newProductsCmd(g, e),
		newSearchCmd(g, e),
		newAddCmd(g, e),
		newConfigCmd(g, e),
		newCompletionCmd(g, e),
		newManCmd(e),
		newVersionCmd(e),
		help,
	)
	root.SetHelpCommand(help) // cobra moves it last: help for all the others
	walk(root, func(c *cobra.Command) {
		c.Flags().SortFlags = false // help and usage lines show them as declared
		c.PersistentFlags().SortFlags = false
		if c.ValidArgsFunction == nil && len(c.ValidArgs) == 0 {
			c.ValidArgsFunction = cobra.NoFileCompletions // its arguments are no files: a query, URLs, none
		}
	})
	return root
}

// walk calls fn on c and every command under it.
func walk(c *cobra.Command, fn func(*cobra.Command)) {
	fn(c)
	for _, sub := range c.Commands() {
		walk(sub, fn)
	}
}

// prepare runs before every command: it reads the config file under the
// flags, then checks the global flags and reports a bad config, unless
// the command is configOptional.
func (g *globals) prepare(c *cobra.Command, e *env) error {
	g.flags = c.Flags()
	g.cfgErr = g.applyConfig(e)
	if c.Annotations[configOptional] != "" {
		e.setColorMode(g.color)
		return nil
	}
	if err := g.checkGlobals(e); err != nil {
		return err
	}
	return g.cfgErr
}

// runReader is folio with no command: the reader on the library, on
// the article piped in, or on the files, folders, URL or slug given.
func (g *globals) runReader(e *env, args []string, watch bool, commands []string) error {
	if watch && len(g.folders()) == 0 && len(args) == 0 {
		return usageErr("--watch needs a --dir to watch")
	}
	if len(args) > 0 {
		return runOpen(g, args, e, watch, commands)
	}
	if e.stdinPiped {
		return runStdin(g, e, watch, commands)
	}
	return g.openReader(e, nil, "", watch)
}

// commandNames are the commands of c's tree, in help's order.
func commandNames(c *cobra.Command) []string {
	var names []string
	for _, sub := range c.Root().Commands() {
		if sub.IsAvailableCommand() || sub.Name() == "help" {
			names = append(names, sub.Name())
		}
	}
	return names
}
