package safefile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"
)

// CreateNew writes data to a new file at path, atomically and
// exclusively: to a temporary file in the same folder first (named with
// tmpPrefix, for SweepStale), synced, then hard-linked to path, which
// fails if anything at all is at path by then, a link or a pipe
// included. path either does not exist or holds all of data; an error
// for which errors.Is(err, fs.ErrExist) holds says the name was taken,
// and the caller may try another. Where hard links are not supported,
// the temporary file is renamed instead, after checking that path is
// still free.
func CreateNew(path string, data []byte, perm fs.FileMode, tmpPrefix string) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tmpPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a link the name only; after a rename, nothing
	if _, err = f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err = f.Chmod(perm); err != nil && runtime.GOOS != "windows" {
		f.Close()
		return err
	}
	if err = f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Link(tmp, path); err != nil {
		if errors.Is(err, fs.ErrExist) || !linkUnsupported(err) {
			return err
		}
		if _, err := os.Lstat(path); err == nil {
			return &fs.PathError{Op: "create", Path: path, Err: fs.ErrExist}
		}
		if err = os.Rename(tmp, path); err != nil {
			return err
		}
	}
	return SyncDir(dir)
}

// linkUnsupported: the file system has no hard links (some network and
// FUSE file systems, FAT).
func linkUnsupported(err error) bool {
	var le *os.LinkError
	if !errors.As(err, &le) {
		return false
	}
	s := le.Err.Error()
	return strings.Contains(s, "not supported") || strings.Contains(s, "not permitted") || strings.Contains(s, "not implemented")
}

// SweepStale removes, from dir, the regular files whose names start with
// prefix and that were last written more than age ago: temporary files
// of a writer killed before its rename or link (kill -9 during a save).
// A younger one may belong to a writer still at work, and stays, as do
// links and other kinds of file.
func SweepStale(dir, prefix string, age time.Duration) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	cutoff := time.Now().Add(-age)
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), prefix) || len(e.Name()) == len(prefix) || !e.Type().IsRegular() {
			continue
		}
		if info, err := e.Info(); err == nil && info.ModTime().Before(cutoff) {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
