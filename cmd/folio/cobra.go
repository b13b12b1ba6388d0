package main

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// folio's commands as a spf13/cobra tree, the Go convention (glow, gh,
// kubectl): it gives the shell completions (folio completion SHELL, and
// the hidden __complete the scripts call) and the man page. Running a
// command stays with dispatch, which keeps flags allowed anywhere and
// every message and exit code as they were. The tree is built from
// commands(), so a command added there is completed and documented too.

// completeCommands are the names cobra answers itself.
var completeCommands = map[string]bool{"__complete": true, "__completeNoDesc": true}

// cobraOwn are folio's commands that cobra's tree implements itself.
var cobraOwn = map[string]bool{"completion": true, "man": true}

// cliTree builds the tree. Completions read the library g and e give
// (the config's dirs, and any --dir on the line being completed).
func cliTree(g *globals, e *env) *cobra.Command {
	root := &cobra.Command{
		Use:   "folio [PATH... | URL | -]",
		Short: "read articles in the terminal",
		Long: "folio reads articles in the terminal. With no command it opens the reader on the library,\n" +
			"or on the files, URL or stdin given; a folder is read as a --dir.",
		Version:           versionString(),
		SilenceErrors:     true,
		SilenceUsage:      true,
		ValidArgsFunction: g.completeSlugs,
		RunE:              func(*cobra.Command, []string) error { return nil },
	}
	root.SetOut(e.stdout)
	root.SetErr(e.stderr)
	pf := root.PersistentFlags()
	pf.StringArray("dir", nil, "also read the articles under PATH (repeatable)")
	pf.Bool("no-bundled", false, "leave out the bundled articles")
	pf.Bool("drafts", false, "include articles marked draft")
	pf.String("style", "", "colours: auto, a glamour style or a JSON style file")
	pf.String("color", "", "auto, always or never")
	root.Flags().Bool("watch", false, "follow the --dir folders live (the reader only)")
	_ = root.MarkPersistentFlagDirname("dir")
	_ = root.RegisterFlagCompletionFunc("style", func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return styleNames(), cobra.ShellCompDirectiveDefault // and files, for a JSON style
	})
	_ = root.RegisterFlagCompletionFunc("color", cobra.FixedCompletions(colorModes, cobra.ShellCompDirectiveNoFileComp))
	for _, c := range commands() {
		switch {
		case c.name == "help":
			root.SetHelpCommand(g.cobraCommand(c))
		case !cobraOwn[c.name]:
			root.AddCommand(g.cobraCommand(c))
		}
	}
	root.AddCommand(manCommand(root))
	return root
}

// flagLine is one flag in a command's help: "  -p, --pager" or
// "  --tag T   …" (a value follows when a name in capitals does).
var flagLine = regexp.MustCompile(`^\s+(?:-(\w), )?--([\w-]+)(?: ([A-Z]+))?\s`)

// cobraCommand is c for cobra: its usage, summary and the flags its
// help lists, with what they complete.
func (g *globals) cobraCommand(c *command) *cobra.Command {
	cc := &cobra.Command{
		Use:           strings.TrimSpace(c.name + " " + c.args),
		Short:         c.summary,
		SilenceErrors: true,
		SilenceUsage:  true,
		RunE:          func(*cobra.Command, []string) error { return nil },
	}
	for _, l := range strings.Split(c.flags, "\n") {
		m := flagLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		short, name, value := m[1], m[2], m[3]
		usage := strings.TrimSpace(l[len(m[0]):])
		if value == "" {
			cc.Flags().BoolP(name, short, false, usage)
		} else {
			cc.Flags().StringP(name, short, "", usage)
		}
	}
	switch c.name {
	case "show", "toc", "faq":
		cc.ValidArgsFunction = g.completeSlugs
	case "help":
		cc.ValidArgsFunction = cobra.FixedCompletions(append(commandNames(), "styles"), cobra.ShellCompDirectiveNoFileComp)
	}
	if cc.Flags().Lookup("tag") != nil {
		_ = cc.RegisterFlagCompletionFunc("tag", g.completeTerms((*library.Library).Tags))
	}
	if cc.Flags().Lookup("category") != nil {
		_ = cc.RegisterFlagCompletionFunc("category", g.completeTerms((*library.Library).Categories))
	}
	return cc
}

// completionLibrary is the library a completion offers from: the one
// configured, with the --dir and --no-bundled of the line being typed.
func (g *globals) completionLibrary(cmd *cobra.Command) *library.Library {
	lg := *g
	if dirs, err := cmd.Flags().GetStringArray("dir"); err == nil && len(dirs) > 0 {
		lg.dirs = dirs
	}
	if nb, err := cmd.Flags().GetBool("no-bundled"); err == nil && nb {
		lg.noBundled = true
	}
	if dr, err := cmd.Flags().GetBool("drafts"); err == nil && dr {
		lg.drafts = true
	}
	lib, err := lg.library(lg.env, true)
	if err != nil {
		return library.New(nil)
	}
	return lib
}

// completeSlugs offers the library's slugs, with each title as its
// description; files complete too (folio show ./post.md).
func (g *globals) completeSlugs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 && cmd.Name() != "folio" {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []string
	for _, a := range g.completionLibrary(cmd).Articles {
		if strings.HasPrefix(a.Slug, toComplete) {
			out = append(out, a.Slug+"\t"+oneLine(a.Title))
		}
	}
	return out, cobra.ShellCompDirectiveDefault
}

// completeTerms offers tags or categories.
func (g *globals) completeTerms(terms func(*library.Library) []library.Term) cobra.CompletionFunc {
	return func(cmd *cobra.Command, _ []string, toComplete string) ([]string, cobra.ShellCompDirective) {
		var out []string
		for _, t := range terms(g.completionLibrary(cmd)) {
			if strings.HasPrefix(strings.ToLower(t.Name), strings.ToLower(toComplete)) {
				out = append(out, fmt.Sprintf("%s\t%d articles", t.Name, t.Count))
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
}

// oneLine keeps a title to one line of printable text for a shell.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}

// runCobra runs the cobra tree on args: completion, man, __complete.
func runCobra(g *globals, args []string, e *env) error {
	g.env = e
	root := cliTree(g, e)
	root.SetArgs(args)
	return root.Execute()
}

func runCompletion(g *globals, args []string, e *env) error {
	if len(args) != 1 || !contains([]string{"bash", "zsh", "fish", "powershell"}, args[0]) {
		if len(args) == 1 && (args[0] == "-h" || args[0] == "--help") {
			printHelp(e.stdout, "completion")
			return nil
		}
		return usageErr("completion", "want one shell: bash, zsh, fish or powershell")
	}
	g.env = e
	root := cliTree(g, e)
	switch args[0] {
	case "bash":
		fmt.Fprint(e.stdout, bashWordsFallback)
		return root.GenBashCompletionV2(e.stdout, true)
	case "zsh":
		return root.GenZshCompletion(e.stdout)
	case "fish":
		return root.GenFishCompletion(e.stdout, true)
	}
	return root.GenPowerShellCompletionWithDesc(e.stdout)
}

// bashWordsFallback stands in for the bash-completion package's
// _get_comp_words_by_ref, which cobra's bash script calls, where that
// package is not loaded (a bare bash, macOS's bash 3): without it,
// folio's completions would do nothing there.
const bashWordsFallback = `# folio: a minimal _get_comp_words_by_ref when bash-completion is not loaded
if ! declare -F _get_comp_words_by_ref >/dev/null 2>&1; then
_get_comp_words_by_ref() {
    cur="${COMP_WORDS[COMP_CWORD]}"
    prev="${COMP_WORDS[COMP_CWORD-1]}"
    words=("${COMP_WORDS[@]}")
    cword=$COMP_CWORD
}
fi

`
