// Command folio reads articles in the terminal. With no command it opens
// the reader; its other commands print the library, one article, its
// table of contents, its FAQ or search results, as text or JSON.
package main

import (
	"errors"
	"fmt"
	"os"
)

// Exit codes.
const (
	exitOK      = 0 // success
	exitFailure = 1 // the command could not do what was asked
	exitUsage   = 2 // the command line was wrong
)

func main() {
	e := newEnv(os.Stdout, os.Stderr)
	e.setStdin(os.Stdin)
	os.Exit(runEnv(os.Args[1:], e))
}

// runEnv dispatches to the command named by args and maps its error to an
// exit code.
func runEnv(args []string, e *env) int {
	err := dispatch(args, e)
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(e.stderr, "folio: %s\n", ue.msg)
		if ue.usage != "" {
			fmt.Fprintf(e.stderr, "usage: %s\n", ue.usage)
		}
		fmt.Fprintf(e.stderr, "Run 'folio help%s' for more.\n", prefixSpace(ue.cmd))
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "folio: %v\n", err)
		return exitFailure
	}
}

// dispatch reads the global flags before the command, then hands the rest
// of the arguments to the command, which accepts global flags too.
func dispatch(args []string, e *env) error {
	g := &globals{}
	g.cfgErr = g.applyConfig(e)
	fs := newFlagSet("", g)
	help := fs.Bool("help", false, "")
	fs.BoolVar(help, "h", false, "")
	watch := fs.Bool("watch", false, "")
	version := fs.Bool("version", false, "")
	if len(args) > 0 && completeCommands[args[0]] {
		_ = g.applyConfig(e) // a bad config completes from the defaults
		return runCobra(g, args, e)
	}
	if err := fs.Parse(args); err != nil {
		return usageErr("", "%s", err)
	}
	if *help {
		printHelp(e.stdout, "")
		return nil
	}
	if *version {
		return runVersion(g, fs.Args(), e)
	}
	rest := fs.Args()
	if needsNoConfig[first(rest)] {
		e.colorMode = g.color
	} else if err := g.checkGlobals("", e); err != nil {
		return err
	}
	if g.cfgErr != nil && !needsNoConfig[first(rest)] {
		return g.cfgErr
	}
	if _, isCmd := commands()[first(rest)]; *watch && isCmd {
		return usageErr("", "--watch is for the reader (folio with no command), not %q", rest[0])
	}
	if *watch && len(g.folders()) == 0 && len(rest) == 0 {
		return usageErr("", "--watch needs a --dir to watch")
	}
	if len(rest) == 0 && e.stdinPiped {
		return runStdin(g, e, *watch)
	}
	if len(rest) == 0 {
		lib, o, err := g.tui(e)
		if err != nil {
			return err
		}
		if *watch {
			o.Watch = g.folders()
		}
		o.Drafts = g.drafts
		return runTUI(lib, o)
	}
	name, rest := rest[0], rest[1:]
	c, ok := commands()[name]
	if !ok {
		return runOpen(g, append([]string{name}, rest...), e, watch)
	}
	return c.run(g, rest, e)
}

func prefixSpace(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}

func first(args []string) string {
	if len(args) == 0 {
		return ""
	}
	return args[0]
}
