//go:build !unix

package library

import (
	"os"

	"github.com/folio-reader/folio/internal/safefile"
)

// mapFile reads the file into memory where it cannot be mapped: a
// regular file of at most maxIndexFile bytes. No file is kept open: the
// texts are read from memory.
func mapFile(name string, _ bool) ([]byte, *os.File, error) {
	buf, err := safefile.ReadRegular(name, maxIndexFile)
	return buf, nil, err
}

func populate([]byte) {}

func release([]byte) {}

func unmapFile([]byte, *os.File) {}

// mapsIndexes: an index is read whole here, so a load keeps the
// summaries it parsed rather than reading them back (load_restore.go).
const mapsIndexes = false

func mapTemp(*tempFile) ([]byte, *os.File, error) { return nil, nil, errBadIndex }

// syncDir: Windows cannot sync a folder, and does not need to.
func syncDir(string) {}
