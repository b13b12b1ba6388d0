package main

import (
	"fmt"
	"io"
	"slices"
	"strings"
)

// command is one of folio's commands.
type command struct {
	name    string
	args    string // what follows the name in the usage line
	summary string
	flags   string // the command's own flags, one per line, for help
	run     func(g *globals, args []string, e *env) error
}

// commands returns every command by name.
func commands() map[string]*command {
	list := []*command{
		{"list", "[--tag T] [--category C] [--json]", "list the articles, newest first",
			"  --tag T         only articles tagged T (own or inferred tags, any case)\n" +
				"  --category C    only articles in category C (any case)\n" +
				"  --json          print JSON\n", runList},
		{"tags", "[--json]", "list the tags with their article counts",
			"  --json          print JSON\n", runTags},
		{"categories", "[--json]", "list the categories with their article counts",
			"  --json          print JSON\n", runCategories},
		{"show", "SLUG|PATH|URL|- [--width N] [--section HEADING] [--pager] [--images auto|kitty|iterm|sixel|blocks|off]", "print an article, rendered",
			"  --width N       wrap to N cells, at most 1000 (default: the config's width, else the terminal's up to 100, else 80)\n" +
				"  -p, --pager     page it through the config's pager, else $PAGER, else less -R\n" +
				"  --section H     print only the section under heading H (its text, any case, or its anchor)\n" +
				"  --images M      how pictures are drawn: auto (as the terminal can), kitty, iterm, sixel,\n" +
				"                  blocks (half blocks in colour) or off (alt text); without colour, alt text\n", runShow},
		{"toc", "SLUG|PATH|URL|- [--json]", "print an article's table of contents",
			"  --json          print JSON\n", runTOC},
		{"faq", "SLUG|PATH|URL|- [--json]", "print an article's FAQ questions and answers",
			"  --json          print JSON\n", runFAQ},
		{"search", "QUERY... [--json]", "search titles, tags, categories, excerpts and bodies",
			"  --json          print JSON\n", runSearch},
		questionsCommand(),
		addCommand(),
		{"help", "[COMMAND|styles]", "show help for folio or a command", "", runHelp},
		{"version", "", "print folio's version", "", runVersion},
		{"completion", "bash|zsh|fish|powershell", "print a shell completion script",
			"", runCompletion},
		{"man", "", "print folio's man page (roff)", "", runMan},
		{"config", "[--init]", "print the config file's path and the settings in effect",
			"  --init          write a commented config file (never over an existing one)\n", runConfig},
	}
	m := make(map[string]*command, len(list))
	for _, c := range list {
		m[c.name] = c
	}
	return m
}

// commandOrder is the order commands are listed in help.
var commandOrder = []string{"list", "tags", "categories", "show", "toc", "faq", "questions", "search", "add", "config", "completion", "man", "help", "version"}

func commandNames() []string { return slices.Clone(commandOrder) }

// usageLine is the one-line usage of cmd, or of folio for "".
func usageLine(cmd string) string {
	c, ok := commands()[cmd]
	if !ok {
		return "folio [--dir PATH]... [--no-bundled] [--drafts] [--style S] [--color WHEN] [--watch | COMMAND [ARGS] | PATH... | URL | -]"
	}
	return strings.TrimSpace("folio " + c.name + " " + c.args)
}

const globalFlagsHelp = `Flags every command takes, before or after its name:
  --dir PATH      also read the articles under PATH (repeatable; .md .markdown .mdx .txt)
  --no-bundled    leave out the bundled articles
  --drafts        include articles marked draft
  --style S       colours of the reader and of show: auto, dark, light, dracula,
                  tokyo-night, pink, ascii, notty or a JSON style file
                  (default auto: by the terminal's background; folio help styles)
  --color WHEN    auto, always or never (default auto: on a terminal, unless NO_COLOR)
  --watch         (the reader only, before any command) follow the --dir folders
                  live: changed, added and removed files show at once
`

// printHelp prints help for cmd, or for folio itself when cmd is "".
func printHelp(w io.Writer, cmd string) {
	if c, ok := commands()[cmd]; ok {
		fmt.Fprintf(w, "usage: %s\n\n%s.\n", usageLine(cmd), capitalise(c.summary))
		if c.flags != "" {
			fmt.Fprintf(w, "\nFlags:\n%s", c.flags)
		}
		fmt.Fprintf(w, "\n%s", globalFlagsHelp)
		return
	}
	fmt.Fprintf(w, "folio reads articles in the terminal.\n\nusage: %s\n\n", usageLine(""))
	fmt.Fprintln(w, "With no command, folio opens the reader: on the library, or on the files,")
	fmt.Fprintln(w, "URL or stdin (-) given, beside the library; a folder is a --dir. Commands:")
	for _, name := range commandOrder {
		c := commands()[name]
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\n%s\nExit status: 0 success, 1 failure (such as an unknown slug), 2 bad usage.\n", globalFlagsHelp)
	fmt.Fprintln(w, "Run 'folio help COMMAND' for a command's flags, 'folio help styles' for the styles.")
	fmt.Fprintln(w, "Settings: folio config (the file is $XDG_CONFIG_HOME/folio/config.toml).")
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func runHelp(g *globals, args []string, e *env) error {
	pos, err := parseArgs("help", newFlagSet("help", g), args)
	if err != nil && err != errHelp {
		return err
	}
	switch len(pos) {
	case 0:
		printHelp(e.stdout, "")
		return nil
	case 1:
		if topic, ok := helpTopics[pos[0]]; ok {
			topic(e.stdout)
			return nil
		}
		if _, ok := commands()[pos[0]]; !ok {
			msg := fmt.Sprintf("unknown command %q", pos[0])
			if s := suggestion(pos[0], commandNames()); s != "" {
				msg += "; " + s
			}
			return usageErr("help", "%s", msg)
		}
		printHelp(e.stdout, pos[0])
		return nil
	}
	return usageErr("help", "help takes one command name")
}

func runVersion(g *globals, args []string, e *env) error {
	pos, err := parseArgs("version", newFlagSet("version", g), args)
	if err == errHelp {
		printHelp(e.stdout, "version")
		return nil
	}
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErr("version", "version takes no arguments")
	}
	fmt.Fprintf(e.stdout, "folio %s\n", versionString())
	return nil
}
