package main

import (
	"fmt"
	"io"
	"os"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui"
	"github.com/muesli/termenv"
	"golang.org/x/term"
)

// tuiOptions is what the reader needs from the command line.
type tuiOptions struct {
	Style  string // glamour style, resolved once: dark, light or notty
	Color  bool   // whether output may carry colour codes
	Stdout io.Writer
	Stderr io.Writer
	Load   ui.Loader // loads the rest of the library while lib is shown, or nil
}

// runTUI opens the reader on the library, loading the rest in the
// background with o.Load. When stdout is not a terminal it prints the
// whole list instead. Load problems are printed to stderr once the
// reader closes, so the alternate screen does not hide them.
func runTUI(lib *library.Library, o tuiOptions) error {
	f, ok := o.Stdout.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		if o.Load != nil {
			lib = o.Load(nil)
		}
		for _, p := range lib.Problems {
			fmt.Fprintln(o.Stderr, p.String())
		}
		return printArticles(o.Stdout, lib.Articles)
	}
	profile := termenv.Ascii
	if o.Color {
		profile = termenv.NewOutput(f).EnvColorProfile()
	}
	// Styles are resolved here, once: nothing in ui asks the terminal.
	// Without colour the UI's styles carry none, and the ANSI profile
	// keeps their bold and reverse so the selection still shows.
	if o.Color {
		lipgloss.SetColorProfile(profile)
	} else {
		lipgloss.SetColorProfile(termenv.ANSI)
	}
	lipgloss.SetHasDarkBackground(o.Style != "light")
	m := ui.New(lib, ui.Options{Style: o.Style, Color: o.Color, Profile: profile, Load: o.Load})
	final, err := tea.NewProgram(m, tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(f)).Run()
	if m, ok := final.(ui.Model); ok {
		lib = m.Library() // the whole library, unless the reader closed before it loaded
	}
	for _, p := range lib.Problems {
		fmt.Fprintln(o.Stderr, p.String())
	}
	return err
}
