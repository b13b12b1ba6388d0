package main

import (
	"fmt"
	"slices"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
)

// newCompletionCmd is `folio completion SHELL`: cobra's completion
// scripts, which call folio's hidden __complete command, answered from
// the tree (flags, commands) and from the library (slugs, tags,
// categories) by the functions below.
func newCompletionCmd(g *globals, e *env) *cobra.Command {
	shells := []string{"bash", "zsh", "fish", "powershell"}
	return &cobra.Command{
		Use:   "completion bash|zsh|fish|powershell",
		Short: "print a shell completion script",
		Long: "Install it where your shell looks, for example:\n" +
			"  mkdir -p ~/.local/share/bash-completion/completions\n" +
			"  folio completion bash > ~/.local/share/bash-completion/completions/folio\n" +
			"Completions offer the commands, their flags, and the slugs, tags, categories\n" +
			"and styles of the library configured, with any --dir typed on the line.",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) != 1 || !slices.Contains(shells, args[0]) {
				return usageErr("want one shell: bash, zsh, fish or powershell")
			}
			return nil
		},
		ValidArgs:   shells,
		Annotations: map[string]string{configOptional: "yes"},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
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
		},
	}
}

// completionLibrary is the library a completion offers from: the one
// configured, under the --dir, --no-bundled and --drafts of the line
// being typed (cobra has parsed them into g).
func (g *globals) completionLibrary(cmd *cobra.Command) *library.Library {
	g.flags = cmd.Flags()
	_ = g.applyConfig(g.env) // a bad config completes from the defaults
	lib, err := g.library(g.env)
	if err != nil {
		return library.New(nil)
	}
	return lib
}

// completeSlugs offers the library's slugs, with each title as its
// description; files complete too (folio show ./post.md).
func (g *globals) completeSlugs(cmd *cobra.Command, args []string, toComplete string) ([]string, cobra.ShellCompDirective) {
	if len(args) > 0 && cmd.HasParent() {
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

// completeTermFlags completes c's --tag and --category flags, where it
// has them, from the library's tags and categories.
func (g *globals) completeTermFlags(c *cobra.Command) {
	if c.Flags().Lookup("tag") != nil {
		_ = c.RegisterFlagCompletionFunc("tag", g.completeTerms((*library.Library).Tags))
	}
	if c.Flags().Lookup("category") != nil {
		_ = c.RegisterFlagCompletionFunc("category", g.completeTerms((*library.Library).Categories))
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
