package main

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// helpWidth is the width help wraps flag descriptions to.
const helpWidth = 80

// exitStatusHelp is what folio's exit codes mean, for help and the man page.
const exitStatusHelp = "0 success, 1 failure (such as an unknown slug), 2 bad usage"

// newHelpCmd is `folio help`: folio's help, a command's (as COMMAND
// --help prints it) or a topic's (helptopics.go).
func newHelpCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "help [COMMAND|styles]",
		Short: "show help for folio, a command or the styles",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageErr("help takes one command name")
			}
			return nil
		},
		Annotations: map[string]string{configOptional: "yes"},
		ValidArgsFunction: func(c *cobra.Command, args []string, _ string) ([]string, cobra.ShellCompDirective) {
			if len(args) > 0 {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			return append(commandNames(c), topicNames()...), cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(c *cobra.Command, args []string) error {
			root := c.Root()
			if len(args) == 0 {
				printHelp(e.stdout, root)
				return nil
			}
			if topic, ok := helpTopics[args[0]]; ok {
				topic(e.stdout)
				return nil
			}
			sub, _, err := root.Find(args)
			if err != nil || sub == root || !slices.Contains(commandNames(root), sub.Name()) {
				msg := fmt.Sprintf("unknown command %q", args[0])
				if s := suggestion(args[0], append(commandNames(root), topicNames()...)); s != "" {
					msg += "; " + s
				}
				return usageErr("%s", msg)
			}
			printHelp(e.stdout, sub)
			return nil
		},
	}
}

// printHelp prints c's help: its usage line, what it does, its flags.
func printHelp(w io.Writer, c *cobra.Command) {
	root := c.Root()
	if c == root {
		printFolioHelp(w, root)
		return
	}
	fmt.Fprintf(w, "usage: %s\n\n%s.\n", usageLine(c), capitalise(c.Short))
	if c.Long != "" {
		fmt.Fprintf(w, "\n%s\n", c.Long)
	}
	if own := c.LocalNonPersistentFlags(); own.HasAvailableFlags() {
		fmt.Fprintf(w, "\nFlags:\n%s", flagHelp(own))
	}
	if c.Example != "" {
		fmt.Fprintf(w, "\nExamples:\n%s\n", c.Example)
	}
	fmt.Fprintf(w, "\nFlags every command takes, before or after its name:\n%s", flagHelp(root.PersistentFlags()))
}

// printFolioHelp is `folio help`: what folio does, its commands, flags
// and exit status.
func printFolioHelp(w io.Writer, root *cobra.Command) {
	fmt.Fprintf(w, "folio reads articles in the terminal.\n\nusage: %s\n\n%s\n\nCommands:\n", usageLine(root), root.Long)
	for _, name := range commandNames(root) {
		sub, _, _ := root.Find([]string{name})
		fmt.Fprintf(w, "  %-11s %s\n", name, sub.Short)
	}
	fmt.Fprintf(w, "\nFlags every command takes, before or after its name:\n%s", flagHelp(root.PersistentFlags()))
	fmt.Fprintf(w, "\nFlags of folio itself (no command):\n%s", flagHelp(root.LocalNonPersistentFlags()))
	fmt.Fprintf(w, "\nExamples:\n%s\n", root.Example)
	fmt.Fprintf(w, "\nExit status: %s.\n", exitStatusHelp)
	fmt.Fprintln(w, "Run 'folio help COMMAND' for a command's flags, 'folio help styles' for the styles.")
	fmt.Fprintln(w, "Settings: folio config (the file is $XDG_CONFIG_HOME/folio/config.toml).")
}

// flagHelp lists the flags of fs, one a line, descriptions wrapped.
func flagHelp(fs *pflag.FlagSet) string {
	fs.SortFlags = false
	return fs.FlagUsagesWrapped(helpWidth)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
