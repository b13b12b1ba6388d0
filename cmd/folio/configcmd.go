package main

import (
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/folio-reader/folio/config"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/spf13/cobra"
)

// applyConfig reads the config file into g under the flags: a setting
// a flag was given for keeps the flag's value. A bad file is returned
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
	if !g.given("style") {
		g.style = cfg.Style
	}
	if !g.given("drafts") {
		g.drafts = cfg.Drafts
	}
	if !g.given("no-bundled") {
		g.noBundled = !cfg.Bundled
	}
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

// newConfigCmd is `folio config`.
func newConfigCmd(g *globals, e *env) *cobra.Command {
	var initFile bool
	c := &cobra.Command{
		Use:   "config",
		Short: "print the config file's path and the settings in effect",
		Long: "Each setting is shown with where it came from: a flag, a line of the file, or the\n" +
			"default. The file is $XDG_CONFIG_HOME/folio/config.toml, or $FOLIO_CONFIG.",
		Args:        noArgs,
		Annotations: map[string]string{configOptional: "yes"}, // it shows what is wrong with the file
		RunE:        func(*cobra.Command, []string) error { return runConfig(g, e, initFile) },
	}
	c.Flags().BoolVar(&initFile, "init", false, "write a commented config file (never over an existing one)")
	return c
}

// runConfig prints the config file's path and each setting in effect
// with where it came from; with initFile it writes a commented file.
func runConfig(g *globals, e *env, initFile bool) error {
	cfg := g.config()
	if initFile {
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
		{"dirs", "[" + strings.Join(quoted, ", ") + "]", from("dirs", g.given("dir"))},
		{"bundled", strconv.FormatBool(!g.noBundled), from("bundled", g.given("no-bundled"))},
		{"style", strconv.Quote(style), from("style", g.given("style"))},
		{"width", width, from("width", false)},
		{"mouse", strconv.FormatBool(cfg.Mouse), from("mouse", false)},
		{"drafts", strconv.FormatBool(g.drafts), from("drafts", g.given("drafts"))},
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
