package main

import (
	"errors"
	"flag"
	"github.com/folio-reader/folio/config"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
	"io"
	"strings"
)

// globals are the flags every command takes, before or after its name.
type globals struct {
	dirs      []string
	noBundled bool
	drafts    bool
	style     string         // --style: auto (also when empty), a glamour style or a JSON style file
	color     string         // --color: auto (also when empty), always or never
	cfg       *config.Config // the config file read before the flags (configcmd.go)
	cfgErr    error          // what was wrong with it, reported when a command needs it
	env       *env           // where folio runs, for completions (cobra.go)
	dataDir   string         // defaultSaveDir of the environment (savedir.go)

	// resolved is the library a slug on the command line was found in:
	// the reader opens on it (tuiload.go).
	resolved *library.Library
}

// styleName is --style (or the config's style), checked: auto when not
// given, a glamour standard style, or a JSON style file, which is read
// and checked here so that a bad one is an error naming it.
func (g *globals) styleName(cmd string) (string, error) {
	switch {
	case g.style == "":
		return "auto", nil
	case g.style == "auto" || render.IsStyleName(g.style):
		return g.style, nil
	case render.IsStyleFile(g.style):
		path := expandHome(g.style)
		if _, err := render.LoadStyle(path); err != nil {
			return "", err
		}
		return path, nil
	}
	return "", usageErr(cmd, "unknown --style %q: want %s, or a glamour JSON style file (folio help styles)", g.style, strings.Join(styleNames(), ", "))
}

// styleNames are the names --style takes: auto and glamour's styles.
func styleNames() []string { return append([]string{"auto"}, render.StyleNames()...) }

// colorMode is --color, checked.
func (g *globals) colorMode(cmd string) (string, error) {
	if g.color == "" {
		return "auto", nil
	}
	if !contains(colorModes, g.color) {
		return "", usageErr(cmd, "unknown --color %q: want auto, always or never", g.color)
	}
	return g.color, nil
}

// checkGlobals checks --style and --color, which are global: a wrong
// one is a usage error whatever the command, not only where it changes
// the output. The colour mode goes to e.
func (g *globals) checkGlobals(cmd string, e *env) error {
	mode, err := g.colorMode(cmd)
	if err != nil {
		return err
	}
	e.colorMode = mode
	_, err = g.styleName(cmd)
	return err
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
	fs.StringVar(&g.color, "color", g.color, "")
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
		g := globals{style: fs.Lookup("style").Value.String(), color: fs.Lookup("color").Value.String()}
		err = g.checkGlobals(name, e)
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
