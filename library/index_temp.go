package library

import (
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/folio-reader/folio/internal/safefile"
)

// Temporary files of the index cache. Where the platform can (Linux's
// O_TMPFILE) they have no name until finished, so a process interrupted
// while writing one — ctrl+c, SIGINT, kill -9 — leaves nothing behind.
// Elsewhere they are named (index.idx.tmp…, index.idx.sum…, and .id.tmp…
// for build IDs) and held locked while written; sweepTemporaries removes
// the ones a process left behind.

// staleTemp is how old an unlocked temporary file must be before a later
// load removes it: no index takes a day to write.
const staleTemp = 24 * time.Hour

// tempFile is a file being written in a folder, to be put in place whole.
type tempFile struct {
	*os.File
	name string // its name in the folder; "" while it has none
}

// newTempFile makes a temporary file in dir, named with prefix when it
// must have a name.
func newTempFile(dir, prefix string) (*tempFile, error) {
	if f, ok := openUnnamed(dir); ok {
		return &tempFile{File: f}, nil
	}
	f, err := os.CreateTemp(dir, prefix+"*")
	if err != nil {
		return nil, err
	}
	lockShared(f)
	return &tempFile{File: f, name: f.Name()}, nil
}

// replace closes the file and puts it at target, replacing what was
// there in one step. Only a file folio made is replaced
// (safefile.CheckOwn): a link, a pipe, a folder or another program's
// file at target is left as it is, and the error wraps
// safefile.ErrNotOurs.
func (t *tempFile) replace(target string) error {
	if t.name == "" {
		name, err := linkUnnamed(t.File, target+".tmp")
		if err != nil {
			t.Close()
			return err
		}
		t.name = name
	}
	if err := t.Close(); err != nil {
		os.Remove(t.name)
		return err
	}
	if err := safefile.CheckOwn(target); err != nil {
		os.Remove(t.name)
		return err
	}
	if err := os.Rename(t.name, target); err != nil {
		os.Remove(t.name)
		return err
	}
	return nil
}

// discard closes and removes the file.
func (t *tempFile) discard() {
	t.Close()
	if t.name != "" {
		os.Remove(t.name)
	}
}

// isTemporary reports whether name is one of newTempFile's, as the index
// cache names them.
func isTemporary(name string) bool {
	return strings.Contains(name, ".idx.tmp") || strings.Contains(name, ".idx.sum") || strings.Contains(name, ".id.tmp")
}

// staleBuildID is how long a kept build ID (index_build.go) is kept
// without being written: one per executable path, and `go run` makes a
// new path each time. One still in use is written again, once, after.
const staleBuildID = 7 * 24 * time.Hour

// sweepTemporaries removes from dir the temporary files that processes
// left behind: older than staleTemp, and locked by no one; and the build
// IDs not written for staleBuildID.
func sweepTemporaries(dir string, now time.Time) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		buildID := strings.HasPrefix(e.Name(), "build-") && strings.HasSuffix(e.Name(), ".id")
		if !buildID && !isTemporary(e.Name()) {
			continue
		}
		if info, err := e.Info(); err == nil && (buildID && now.Sub(info.ModTime()) >= staleBuildID || !buildID && now.Sub(info.ModTime()) >= staleTemp) {
			removeUnlocked(filepath.Join(dir, e.Name()))
		}
	}
}
