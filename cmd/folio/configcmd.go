package main

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/folio-reader/folio/config"
	"github.com/folio-reader/folio/ui/keymap"
)

// needsNoConfig are the commands that work whatever the config file
// holds: a bad file must not stop help, or the command that shows it.
var needsNoConfig = map[string]bool{"help": true, "version": true, "config": true, "completion": true, "man": true}

// applyConfig reads the config file into g before any flag is parsed,
// so that flags, parsed over it, override it. A bad file is returned
// for the caller to report when the command needs the config.
func (g *globals) applyConfig(e *env) error {
	g.dataDir = defaultSaveDir(e.getenv)
	path := e.configPath
	if path == "" {
		path = config.Path(e.getenv)
	}
	cfg, err := config.Load(path, e.getenv)
	if err != nil {
		g.cfg = config.Defaults(path)
		return err
	}
	g.cfg = cfg
	g.style = cfg.Style
	g.drafts = cfg.Drafts
	g.noBundled = !cfg.Bundled
	return nil
}

// config is the configuration read, or the defaults.
func (g *globals) config() *config.Config {
	if g.cfg == nil {
		g.cfg = config.Defaults("")
	}
	return g.cfg
}

// folders are the library folders: the --dir flags, which replace the
// config's dirs, else the config's, else the default save folder of
// folio add when it exists.
func (g *globals) folders() []string {
	if len(g.dirs) > 0 {
		return g.dirs
	}
	if dirs := g.config().Dirs; len(dirs) > 0 {
		return dirs
	}
	return g.savedFolder()
}

// runConfig prints the config file's path and each setting in effect
// with where it came from; --init writes a commented file.
func runConfig(g *globals, args []string, e *env) error {
	fs := newFlagSet("config", g)
	initFile := fs.Bool("init", false, "")
	pos, done, err := parseCmd("config", fs, args, e)
	if done || err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErr("config", "config takes no arguments, got %q", pos)
	}
	cfg := g.config()
	if *initFile {
		if err := config.Init(cfg.Path); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "wrote %s\n", cfg.Path)
		return nil
	}
	if g.cfgErr != nil {
		return g.cfgErr
	}
	state := "not found; the defaults apply (folio config --init writes one)"
	if cfg.Exists {
		state = "read"
	}
	fmt.Fprintf(e.stdout, "config file: %s (%s)\n", cfg.Path, state)
	if e.getenv("FOLIO_CONFIG") != "" {
		fmt.Fprintln(e.stdout, "             (from $FOLIO_CONFIG)")
	}
	fmt.Fprintln(e.stdout)
	tw := tabwriter.NewWriter(e.stdout, 0, 0, 2, ' ', 0)
	for _, s := range g.settings(e) {
		fmt.Fprintf(tw, "%s\t= %s\t%s\n", s.key, s.value, s.from)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if cfg.Keys != nil {
		_, err := keymap.FromTable(cfg.Path+" [keys]", cfg.Keys)
		if err != nil {
			fmt.Fprintf(e.stdout, "\nproblem: %v (the default keys are used)\n", err)
		}
	}
	return nil
}

type setting struct{ key, value, from string }

// settings are the values in effect, each with where it came from: a
// flag, the file (and its line) or the default.
func (g *globals) settings(e *env) []setting {
	cfg := g.config()
	from := func(key string, flagSet bool) string {
		switch {
		case flagSet:
			return "(flag)"
		case cfg.Has(key):
			return fmt.Sprintf("(config.toml line %d)", cfg.Line(key))
		}
		return "(default)"
	}
	quoted := make([]string, len(g.folders()))
	for i, d := range g.folders() {
		quoted[i] = strconv.Quote(d)
	}
	style := g.style
	if style == "" {
		style = "auto"
	}
	width := "0 (the terminal's, up to 100; else 80)"
	if cfg.Width > 0 {
		width = strconv.Itoa(cfg.Width)
	}
	pager, pagerFrom := g.pager(e)
	keys := "none (keys.toml, else the defaults)"
	if cfg.Keys != nil {
		keys = "[keys] table"
	}
	return []setting{
		{"dirs", "[" + strings.Join(quoted, ", ") + "]", from("dirs", len(g.dirs) > 0)},
		{"bundled", strconv.FormatBool(!g.noBundled), from("bundled", g.noBundled == cfg.Bundled)},
		{"style", strconv.Quote(style), from("style", g.style != cfg.Style)},
		{"width", width, from("width", false)},
		{"mouse", strconv.FormatBool(cfg.Mouse), from("mouse", false)},
		{"drafts", strconv.FormatBool(g.drafts), from("drafts", g.drafts != cfg.Drafts)},
		{"pager", strconv.Quote(pager), pagerFrom},
		{"images", strconv.Quote(cmp.Or(cfg.Images, "auto")), from("images", false)},
		{"keys", keys, from("keys", false)},
	}
}

// pager is the command show --pager pipes through and where it came
// from: the config's pager, else $PAGER, else less -R.
func (g *globals) pager(e *env) (cmd, from string) {
	cfg := g.config()
	switch {
	case cfg.Pager != "":
		return cfg.Pager, fmt.Sprintf("(config.toml line %d)", cfg.Line("pager"))
	case strings.TrimSpace(e.getenv("PAGER")) != "":
		return e.getenv("PAGER"), "($PAGER)"
	}
	return "less -R", "(default)"
}

// defaultWidth is show's width when --width is not given: the config's,
// else the terminal's up to 100, else 80.
func (g *globals) defaultWidth(e *env) int {
	if w := g.config().Width; w > 0 {
		return w
	}
	return e.width()
}
