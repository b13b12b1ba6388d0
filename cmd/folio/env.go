package main

import (
	"io"
	"os"

	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/internal/termsafe"
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
	darkBackground func() bool     // asked only when a style is auto, stdout a terminal and colour on (color.go)
	colorMode      string          // --color: auto (also ""), always or never
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
		stdout:   stdout,
		stderr:   stderr,
		getenv:   os.Getenv,
		profile:  termenv.Ascii,
		cacheDir: cacheDir(),
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
	// Bubble Tea v1's package init has asked the terminal for its
	// background already (through Lip Gloss, on stdout, when it is a
	// terminal); Lip Gloss keeps the answer, so folio never asks again.
	e.darkBackground = lipgloss.HasDarkBackground
	return e
}

// guardOutput puts e's standard output and error behind the terminal
// boundary (termsafe.Guard), once: every byte a command prints passes
// it, whoever wrote it, so no command can print an article's escape
// sequences, whether it cleaned its text itself or forgot. flush writes
// what the guards held back at the end of a write.
func (e *env) guardOutput() (flush func()) {
	out, errw := asGuard(e.stdout), asGuard(e.stderr)
	e.stdout, e.stderr = out, errw
	return func() {
		_ = out.Flush()
		_ = errw.Flush()
	}
}

func asGuard(w io.Writer) *termsafe.Guard {
	if g, ok := w.(*termsafe.Guard); ok {
		return g
	}
	if w == nil {
		w = io.Discard
	}
	return termsafe.NewGuard(w)
}

// setColorMode sets --color's mode, and with it whether folio's own
// sequences (colour, hyperlinks, pictures) pass the guard on stdout.
func (e *env) setColorMode(mode string) {
	e.colorMode = mode
	if g, ok := e.stdout.(*termsafe.Guard); ok {
		g.KeepOwn(e.color())
	}
}

// rawStdout is the writer under the guard: the terminal's file, when it
// is one, to ask its size.
func (e *env) rawStdout() io.Writer { return underlying(e.stdout) }

// underlying is the writer under w's guard, or w.
func underlying(w io.Writer) io.Writer {
	if g, ok := w.(*termsafe.Guard); ok {
		return g.Underlying()
	}
	return w
}

// width is the default rendering width: the terminal's, capped, or 80.
func (e *env) width() int {
	if e.termWidth > 0 {
		return min(e.termWidth, maxAutoWidth)
	}
	return defaultWidth
}
