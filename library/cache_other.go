//go:build !unix

package library

import "github.com/folio-reader/folio/internal/safefile"

// mapFile reads the file into memory where it cannot be mapped: a
// regular file of at most maxIndexFile bytes.
func mapFile(name string, _ bool) ([]byte, error) { return safefile.ReadRegular(name, maxIndexFile) }

func populate([]byte) {}

func unmapFile([]byte) {}

// syncDir: Windows cannot sync a folder, and does not need to.
func syncDir(string) {}
