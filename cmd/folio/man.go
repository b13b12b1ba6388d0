package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// folio's man page is written here from the command tree, one page with
// every command, rather than by cobra/doc: its generator makes a page per
// command, a SEE ALSO naming them all, and shows a bool flag as
// --drafts[=false]; it has no place for the keys, exit status,
// environment or files.

// newManCmd is `folio man`.
func newManCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "print folio's man page (roff)",
		Long: "Install it where man looks:\n" +
			"  mkdir -p ~/.local/share/man/man1\n" +
			"  folio man > ~/.local/share/man/man1/folio.1",
		Args:        noArgs,
		Annotations: map[string]string{configOptional: "yes"},
		RunE:        func(c *cobra.Command, _ []string) error { return writeMan(e.stdout, c.Root()) },
	}
}

// exitStatuses are what folio's exit codes mean.
var exitStatuses = []manItem{
	{fmt.Sprint(exitOK), "success, also when some files had problems but the library loaded (each is named on standard error)"},
	{fmt.Sprint(exitFailure), "failure: an unknown slug, tag, category or heading (the nearest are suggested), a --dir that is " +
		"not a folder, a file or URL that cannot be read, a bad config or style file"},
	{fmt.Sprint(exitUsage), "bad usage: an unknown command or flag, a missing or extra argument, a bad flag value; " +
		"the usage line of the command follows the message"},
}

// environment is every variable folio reads.
var environment = []manItem{
	{"FOLIO_CONFIG", "the config file to read instead of $XDG_CONFIG_HOME/folio/config.toml"},
	{"XDG_CONFIG_HOME", "where config.toml and keys.toml are (default ~/.config); keys.toml is also looked for under XDG_CONFIG_DIRS"},
	{"XDG_STATE_HOME", "where the state file is (default ~/.local/state)"},
	{"XDG_CACHE_HOME", "where the index cache is (default ~/.cache)"},
	{"XDG_DATA_HOME", "where folio add saves without --to or dirs, read as a library folder when it exists (default ~/.local/share)"},
	{"HOME", "what ~ means in the config's dirs and style, and in --style"},
	{"FOLIO_NO_CACHE", "set to anything, no index cache is read or written"},
	{"GOGC", "how far Go's heap grows before it is collected, in percent of what is live (folio's: off while a command loads a library from its index cache (under a memory limit of 3/10 of the index's bytes), 30 once a loading library's live heap passes 64 MiB and when it holds 2,000 articles or more, else Go's 100)"},
	{"GOMEMLIMIT", "Go's memory limit; when set, the collector stays on while a library loads from its index cache"},
	{"NO_COLOR", "no colour, unless --color always"},
	{"CLICOLOR_FORCE", "1: colour even through a pipe, unless --color never or NO_COLOR"},
	{"COLORTERM, TERM", "how many colours forced colour through a pipe uses; TERM=dumb or linux: no hyperlinks"},
	{"TERM, TERM_PROGRAM, KITTY_WINDOW_ID, LC_TERMINAL, WT_SESSION", "which picture protocol --images auto picks"},
	{"PAGER", "show --pager's pager when the config names none (default less -R)"},
	{"EDITOR, VISUAL", "the editor the reader's edit key opens (default vi)"},
	{"TMUX, STY", "the copy keys wrap their clipboard sequence for tmux or screen"},
	{"SSH_CONNECTION, SSH_TTY, DISPLAY, WAYLAND_DISPLAY", "whether a link is opened in a browser on this machine"},
}

// files are the files and folders folio reads and writes.
var files = []manItem{
	{"$XDG_CONFIG_HOME/folio/config.toml", "the settings (folio config --init writes a commented one); FOLIO_CONFIG moves it"},
	{"$XDG_CONFIG_HOME/folio/keys.toml", "the reader's keys, remapped (or the config's [keys] table)"},
	{"$XDG_STATE_HOME/folio/state.json", "what folio remembers: each article's place, read and bookmarked marks, the sort order"},
	{"$XDG_CACHE_HOME/folio/index/", "the index of each --dir folder; deleting it is always safe"},
	{defaultSaveDirHelp + "/", "where folio add and the reader's save key write without --to or dirs"},
}

// manItem is one tagged paragraph of the page: a name and what it means.
type manItem struct{ name, text string }

// writeMan writes the man page of root's tree.
func writeMan(w io.Writer, root *cobra.Command) error {
	bw := bufio.NewWriter(w)
	p := func(format string, a ...any) { fmt.Fprintf(bw, format+"\n", a...) }
	p(`.TH FOLIO 1 "" "folio %s" "folio manual"`, roff(moduleVersion()))
	p(".ad l\n.nh") // paths and commands are not to be stretched or hyphenated
	p(".SH NAME")
	p(`folio \- %s`, roff(root.Short))
	p(".SH SYNOPSIS")
	p(".nf")
	p("%s", roffUsage(usageLine(root)))
	p(`\fBfolio\fR \fICOMMAND\fR [\fIARGS\fR] [\fIFLAGS\fR]`)
	p(".fi")
	p(".SH DESCRIPTION")
	p("folio reads articles in the terminal: a library of markdown and plain text files, with their tags, " +
		"categories, table of contents and FAQ, in a full-screen reader or from the command line.")
	manText(bw, root.Long)
	manExample(bw, root.Example)

	p(".SH COMMANDS")
	for _, name := range commandNames(root) {
		c, _, _ := root.Find([]string{name})
		p(".SS %s", roff(name))
		p("%s", roffUsage(usageLine(c)))
		p(".PP")
		p("%s.", roff(capitalise(c.Short)))
		manText(bw, c.Long)
		manFlags(bw, c.LocalNonPersistentFlags())
		manExample(bw, c.Example)
	}

	p(".SH OPTIONS")
	p("Every command takes these, before or after its name; everything after \\-\\- is an argument.")
	manFlags(bw, root.PersistentFlags())
	p(".PP")
	p("folio with no command also takes:")
	manFlags(bw, root.LocalNonPersistentFlags())

	p(".SH KEYS")
	p("The reader's keys, as its help (\\fB?\\fR) shows them. Each can be changed in keys.toml or the config's " +
		"[keys] table, under the section and action named after it.")
	for _, sec := range readerKeys() {
		p(".SS %s", roff(sec.title))
		for _, k := range sec.keys {
			p(".TP")
			p(`\fB%s\fR`, roff(k.keys))
			p(`%s \fI[%s] %s\fR`, roff(k.desc), roff(sec.name), roff(k.action))
		}
	}

	p(`.SH "EXIT STATUS"`)
	manItems(bw, exitStatuses)
	p(".SH ENVIRONMENT")
	manItems(bw, environment)
	p(".SH FILES")
	manItems(bw, files)
	return bw.Flush()
}

// manText writes text as it is laid out in help: lines that run on are
// one paragraph, lines indented are kept as they are (commands to type).
func manText(w io.Writer, text string) {
	if text == "" {
		return
	}
	var para []string
	verbatim := false
	for _, l := range strings.Split(text, "\n") {
		indented := strings.HasPrefix(l, "  ")
		switch {
		case indented && !verbatim:
			if len(para) > 0 {
				fmt.Fprintf(w, ".PP\n%s\n", roff(strings.Join(para, " ")))
				para = nil
			}
			fmt.Fprintln(w, ".PP\n.RS 4\n.nf")
			verbatim = true
		case !indented && verbatim:
			fmt.Fprintln(w, ".fi\n.RE")
			verbatim = false
		}
		if indented {
			fmt.Fprintln(w, roff(strings.TrimSpace(l)))
		} else {
			para = append(para, strings.TrimSpace(l))
		}
	}
	if verbatim {
		fmt.Fprintln(w, ".fi\n.RE")
	}
	if len(para) > 0 {
		fmt.Fprintf(w, ".PP\n%s\n", roff(strings.Join(para, " ")))
	}
}

// manExample writes a command's examples as they are laid out.
func manExample(w io.Writer, example string) {
	if example == "" {
		return
	}
	fmt.Fprintln(w, ".PP\nExamples:\n.PP\n.RS 4\n.nf")
	for _, l := range strings.Split(example, "\n") {
		fmt.Fprintln(w, roff(strings.TrimSpace(l)))
	}
	fmt.Fprintln(w, ".fi\n.RE")
}

// manFlags writes each flag of fs as a tagged paragraph: -p, --pager or
// --tag T, then what it does. A bool flag is shown as it is typed.
func manFlags(w io.Writer, fs *pflag.FlagSet) {
	fs.SortFlags = false
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		tag := `\fB\-\-` + roff(f.Name) + `\fR`
		if f.Shorthand != "" {
			tag = `\fB\-` + roff(f.Shorthand) + `\fR, ` + tag
		}
		if v := valueName(f); v != "" {
			tag += ` \fI` + roff(v) + `\fR`
		}
		if repeatable(f) {
			tag += " ..."
		}
		_, usage := pflag.UnquoteUsage(f)
		fmt.Fprintf(w, ".TP\n%s\n%s\n", tag, roff(usage))
	})
}

func manItems(w io.Writer, items []manItem) {
	for _, it := range items {
		fmt.Fprintf(w, ".TP\n\\fB%s\\fR\n%s\n", roff(it.name), roff(it.text))
	}
}

// roffUsage is a usage line with folio and the command in bold.
func roffUsage(line string) string {
	return `\fB` + roff(line) + `\fR`
}

// roff escapes text for roff: backslashes and hyphens, and a leading
// dot or quote that would read as a request.
func roff(s string) string {
	s = strings.ReplaceAll(s, `\`, `\e`)
	s = strings.ReplaceAll(s, "-", `\-`)
	if strings.HasPrefix(s, ".") || strings.HasPrefix(s, "'") {
		s = `\&` + s
	}
	return s
}
