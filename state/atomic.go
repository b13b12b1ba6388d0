package state

import (
	"path/filepath"

	"github.com/folio-reader/folio/internal/safefile"
)

// writeAtomic replaces path with data so that, whatever happens, path holds
// either its old content or the new content in full (safefile.Replace: a
// temporary file in the same folder, synced, renamed over path, the folder
// synced). A path that is a symbolic link, or any file folio did not make,
// is never written: Replace refuses it with an error wrapping
// safefile.ErrNotOurs, and the Store goes on in memory.
func writeAtomic(path string, data []byte) error {
	return safefile.Replace(path, data, 0o600, tempPrefix(path))
}

// removeTemps deletes temporary files left by a writer that crashed before
// renaming. It runs under the lock, when no writer can be active.
func removeTemps(path string) {
	safefile.SweepTemps(filepath.Dir(path), tempPrefix(path))
}

func tempPrefix(path string) string { return "." + filepath.Base(path) + ".tmp-" }
