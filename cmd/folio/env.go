package main

import (
	"io"
	"os"

	"github.com/folio-reader/folio/web"
	"github.com/muesli/termenv"
	"golang.org/x/term"
)

// maxAutoWidth caps the width taken from the terminal: longer lines are
// hard to read.
const maxAutoWidth = 100

// defaultWidth is the width when stdout is not a terminal.
const defaultWidth = 80

// env is what folio knows about where it runs. It is read once, in
// newEnv; commands and tests never look at the terminal themselves.
type env struct {
	stdout, stderr io.Writer
	getenv         func(string) string
	tty            bool            // stdout is a terminal
	termWidth      int             // the terminal's width, 0 when unknown
	profile        termenv.Profile // colour profile of the terminal
	darkBackground func() bool     // asked only when a style is auto and colour is on
	cacheDir       string          // where --dir folders are indexed, "" for nowhere (see cacheDir)
	stdin          io.Reader       // where "-" is read from; nil: nowhere
	stdinPiped     bool            // stdin is a pipe or a file, not a terminal: folio alone reads it
	web            *web.Client     // fetches URLs; nil: the defaults
	configPath     string          // the config file; "": config.Path of the environment
}

// setStdin gives folio its standard input. Only a pipe or a regular
// file counts as piped: a terminal, /dev/null or a closed stdin do not.
func (e *env) setStdin(f *os.File) {
	e.stdin = f
	info, err := f.Stat()
	if err != nil {
		return
	}
	m := info.Mode()
	e.stdinPiped = m&os.ModeNamedPipe != 0 || m.IsRegular()
}

func newEnv(stdout, stderr io.Writer) *env {
	e := &env{
		stdout:         stdout,
		stderr:         stderr,
		getenv:         os.Getenv,
		profile:        termenv.Ascii,
		darkBackground: func() bool { return true },
		cacheDir:       cacheDir(),
	}
	f, ok := stdout.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return e
	}
	e.tty = true
	if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
		e.termWidth = w
	}
	out := termenv.NewOutput(f)
	e.profile = out.EnvColorProfile()
	e.darkBackground = out.HasDarkBackground
	return e
}

// color reports whether output may carry colour and attribute codes:
// only on a terminal, and never when NO_COLOR is set.
func (e *env) color() bool { return e.tty && e.getenv("NO_COLOR") == "" }

// resolveStyle turns "auto" into a concrete glamour style: dark or light
// by the terminal's background when colour is on, else dark's layout
// (rendered without codes, it reads cleaner than notty, which keeps the
// ** and _ markers).
func (e *env) resolveStyle(style string) string {
	if style != "auto" {
		return style
	}
	if !e.color() {
		return "dark"
	}
	if e.darkBackground() {
		return "dark"
	}
	return "light"
}

// width is the default rendering width: the terminal's, capped, or 80.
func (e *env) width() int {
	if e.termWidth > 0 {
		return min(e.termWidth, maxAutoWidth)
	}
	return defaultWidth
}
