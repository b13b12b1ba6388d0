package main

import (
	"errors"
	"slices"
	"strings"

	"github.com/folio-reader/folio/config"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render"
	"github.com/spf13/pflag"
)

// globals are the flags every command takes, before or after its name
// (root.go declares them), and what the config file says under them.
type globals struct {
	dirs      []string
	noBundled bool
	drafts    bool
	style     string         // --style: auto (also when empty), a glamour style or a JSON style file
	color     string         // --color: auto (also when empty), always or never
	cfg       *config.Config // the config file, read under the flags (configcmd.go)
	cfgErr    error          // what was wrong with it, reported when a command needs it
	flags     *pflag.FlagSet // the command line's flags, parsed: which were given
	env       *env           // where folio runs, for completions (completion.go)
	dataDir   string         // defaultSaveDir of the environment (savedir.go)

	// resolved is the library a slug on the command line was found in:
	// the reader opens on it (tuiload.go).
	resolved *library.Library
}

// given reports whether the flag was on the command line.
func (g *globals) given(name string) bool {
	return g.flags != nil && g.flags.Changed(name)
}

// styleName is --style (or the config's style), checked: auto when not
// given, a glamour standard style, or a JSON style file, which is read
// and checked here so that a bad one is an error naming it.
func (g *globals) styleName() (string, error) {
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
	return "", usageErr("unknown --style %q: want %s, or a glamour JSON style file (folio help styles)", g.style, strings.Join(styleNames(), ", "))
}

// styleNames are the names --style takes: auto and glamour's styles.
func styleNames() []string { return append([]string{"auto"}, render.StyleNames()...) }

// colorMode is --color, checked.
func (g *globals) colorMode() (string, error) {
	if g.color == "" {
		return "auto", nil
	}
	if !slices.Contains(colorModes, g.color) {
		return "", usageErr("unknown --color %q: want auto, always or never", g.color)
	}
	return g.color, nil
}

// checkGlobals checks --style and --color, which are global: a wrong
// one is a usage error whatever the command, not only where it changes
// the output. The colour mode goes to e.
func (g *globals) checkGlobals(e *env) error {
	mode, err := g.colorMode()
	if err != nil {
		return err
	}
	e.setColorMode(mode)
	_, err = g.styleName()
	return err
}

// dirList is the repeatable --dir flag: an empty folder name is refused.
type dirList []string

func (d *dirList) String() string { return strings.Join(*d, ",") }
func (d *dirList) Type() string   { return "stringArray" } // repeatable, for usage lines and completion
func (d *dirList) Set(s string) error {
	if s == "" {
		return errors.New("empty folder name")
	}
	*d = append(*d, s)
	return nil
}

// nameList is a repeatable flag of names (add's --tag and --category).
type nameList []string

func (l *nameList) String() string { return strings.Join(*l, ",") }
func (l *nameList) Type() string   { return "stringArray" }
func (l *nameList) Set(s string) error {
	if strings.TrimSpace(s) == "" {
		return errors.New("empty name")
	}
	*l = append(*l, strings.TrimSpace(s))
	return nil
}
