package main

import (
	"errors"
	"flag"
	"github.com/folio-reader/folio/config"
	"io"
	"strings"
)

// globals are the flags every command takes, before or after its name.
type globals struct {
	dirs      []string
	noBundled bool
	drafts    bool
	style     string         // --style: auto (also when empty), dark, light or notty
	cfg       *config.Config // the config file read before the flags (configcmd.go)
	cfgErr    error          // what was wrong with it, reported when a command needs it
}

// styleName is --style, checked: auto when not given.
func (g *globals) styleName(cmd string) (string, error) {
	if g.style == "" {
		return "auto", nil
	}
	if !contains(styles, g.style) {
		return "", usageErr(cmd, "unknown --style %q: want auto, dark, light or notty", g.style)
	}
	return g.style, nil
}

// dirList is the repeatable --dir flag.
type dirList []string

func (d *dirList) String() string { return strings.Join(*d, ",") }
func (d *dirList) Set(s string) error {
	if s == "" {
		return errors.New("empty folder name")
	}
	*d = append(*d, s)
	return nil
}

// newFlagSet returns a flag set for cmd holding the global flags, which
// write into g so that global flags given before and after the command
// name add up. Errors are reported by the caller, not printed here.
func newFlagSet(cmd string, g *globals) *flag.FlagSet {
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.Var((*dirList)(&g.dirs), "dir", "")
	// Defining a flag stores its default: keep what earlier flags set.
	fs.BoolVar(&g.noBundled, "no-bundled", g.noBundled, "")
	fs.BoolVar(&g.drafts, "drafts", g.drafts, "")
	fs.StringVar(&g.style, "style", g.style, "")
	return fs
}

// errHelp is returned by parseArgs when -h or --help was asked for.
var errHelp = errors.New("help requested")

// parseArgs parses flags found anywhere among args, so that
// `folio toc --dir D slug --json` works, and returns the positional
// arguments in order. Everything after "--" is positional.
func parseArgs(cmd string, fs *flag.FlagSet, args []string) ([]string, error) {
	flags, pos := splitArgs(fs, args, false)
	if err := fs.Parse(flags); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, errHelp
		}
		return nil, usageErr(cmd, "%s", err)
	}
	return pos, nil
}

// splitArgs separates flags (with their values) from positional
// arguments. With stopAtPositional it stops at the first positional
// argument and returns it and everything after it as positional.
func splitArgs(fs *flag.FlagSet, args []string, stopAtPositional bool) (flags, pos []string) {
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			if stopAtPositional {
				return flags, args[i:]
			}
			return flags, append(pos, args[i+1:]...)
		case len(a) < 2 || a[0] != '-':
			if stopAtPositional {
				return flags, args[i:]
			}
			pos = append(pos, a)
			continue
		}
		flags = append(flags, a)
		name := strings.TrimLeft(a, "-")
		if strings.Contains(name, "=") {
			continue
		}
		if f := fs.Lookup(name); f != nil && !isBoolFlag(f) && i+1 < len(args) {
			i++
			flags = append(flags, args[i])
		}
	}
	return flags, pos
}

func isBoolFlag(f *flag.Flag) bool {
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return ok && b.IsBoolFlag()
}

// parseCmd parses a command's arguments. On -h or --help it prints the
// command's help and reports done.
func parseCmd(name string, fs *flag.FlagSet, args []string, e *env) (pos []string, done bool, err error) {
	pos, err = parseArgs(name, fs, args)
	if err == errHelp {
		printHelp(e.stdout, name)
		return nil, true, nil
	}
	if err == nil {
		// --style is global: a wrong one is a usage error whatever the
		// command, not only where it changes the output.
		g := globals{style: fs.Lookup("style").Value.String()}
		_, err = g.styleName(name)
	}
	return pos, false, err
}

// oneArg checks that exactly one positional argument, what, was given.
func oneArg(cmd, what string, pos []string) (string, error) {
	switch len(pos) {
	case 0:
		return "", usageErr(cmd, "missing %s", what)
	case 1:
		return pos[0], nil
	}
	return "", usageErr(cmd, "too many arguments: want one %s, got %q", what, pos)
}
