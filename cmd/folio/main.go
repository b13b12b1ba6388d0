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

// runEnv runs the command args name and maps its error to an exit code:
// a usage error is printed with the usage line of the command it was
// about, any other as "folio: error".
func runEnv(args []string, e *env) int {
	flush := e.guardOutput()
	defer flush()
	root := newRootCmd(e)
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	root.SetArgs(args)
	cmd, err := root.ExecuteC()
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &ue):
		if cmd == nil {
			cmd = root
		}
		fmt.Fprintf(e.stderr, "folio: %s\n", ue.msg)
		fmt.Fprintf(e.stderr, "usage: %s\n", usageLine(cmd))
		fmt.Fprintf(e.stderr, "Run 'folio help%s' for more.\n", prefixSpace(subcommandPath(cmd)))
		return exitUsage
	default:
		fmt.Fprintf(e.stderr, "folio: %v\n", err)
		return exitFailure
	}
}

func prefixSpace(s string) string {
	if s == "" {
		return ""
	}
	return " " + s
}
