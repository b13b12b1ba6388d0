package main

import (
	"fmt"
	"io"

	"github.com/folio-reader/folio/library"
)

// tuiOptions is what the reader needs from the command line.
type tuiOptions struct {
	Style  string // glamour style, resolved once: dark, light or notty
	Color  bool   // whether output may carry colour codes
	Stdout io.Writer
	Stderr io.Writer
}

// runTUI is a placeholder until the reader lands: it prints the list.
func runTUI(lib *library.Library, o tuiOptions) error {
	for _, p := range lib.Problems {
		fmt.Fprintln(o.Stderr, p.String())
	}
	return printArticles(o.Stdout, lib.Articles)
}
