package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
)

// ErrNotOurs is wrapped by the errors of CheckOwn, Replace and OpenLock
// when a path holds something folio would not have made: a symbolic link,
// a named pipe, a device, a folder, a file with other hard links or one
// owned by another user. folio never writes to, truncates or renames such
// a thing: it may be another program's file that a link or a hard link
// brought into folio's folder.
var ErrNotOurs = errors.New("not a file folio made")

// CheckOwn says whether folio may replace or write the file at path. A
// missing path is fine (folio will create it). Anything else must be a
// regular file, not a link (the link itself is looked at, never followed),
// with one hard link, owned by the user folio runs as.
func CheckOwn(path string) error {
	info, err := os.Lstat(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err != nil {
		return err
	}
	return ownFile(path, info)
}

// ownFile is CheckOwn's test on what Lstat or Stat of an open file said.
func ownFile(path string, info fs.FileInfo) error {
	switch {
	case info.Mode()&fs.ModeSymlink != 0:
		return notOurs(path, "a symbolic link")
	case !info.Mode().IsRegular():
		return notOurs(path, kind(info.Mode()))
	}
	if why := foreign(info); why != "" {
		return notOurs(path, why)
	}
	return nil
}

func notOurs(path, why string) error {
	return &fs.PathError{Op: "write", Path: path, Err: fmt.Errorf("%w: %s", ErrNotOurs, why)}
}

// Replace writes data to path atomically: to a new temporary file in the
// same folder (created exclusively, so never an existing file), synced,
// then renamed over path, and the folder synced so the rename survives a
// power cut. path must pass CheckOwn: a link, a pipe or another program's
// file at path is left as it is and an error wrapping ErrNotOurs returned.
// tmpPrefix names the temporary file, so a sweep can find leftovers of a
// writer killed before its rename (SweepTemps).
func Replace(path string, data []byte, perm fs.FileMode, tmpPrefix string) (err error) {
	if err := CheckOwn(path); err != nil {
		return err
	}
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tmpPrefix+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			_ = os.Remove(tmp)
		}
	}()
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
	if BeforeRename != nil {
		if err = BeforeRename(tmp); err != nil {
			return err
		}
	}
	// Checked again just before the rename: a link put in place meanwhile
	// is left alone too (the rename would replace the link, not write
	// through it, but it is still not folio's to replace).
	if err = CheckOwn(path); err != nil {
		return err
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	return SyncDir(dir)
}

// BeforeRename, if set, runs after Replace's temporary file is written
// and synced and before it is renamed into place. It is for tests (of
// this package and its callers, such as state's crash tests), which set
// it to fail or die there; folio itself never sets it.
var BeforeRename func(tmp string) error

// SyncDir makes a rename in dir durable. Windows cannot fsync a folder (and
// does not need to), so it is skipped there.
func SyncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}

// SweepTemps removes, from dir, the regular files whose names start with
// prefix: temporary files of a writer that was killed before its rename.
// The caller must know no writer is active (it holds the lock, or the
// files are older than any write could take). Links and other kinds of
// file are left alone.
func SweepTemps(dir, prefix string) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if len(e.Name()) > len(prefix) && e.Name()[:len(prefix)] == prefix && e.Type().IsRegular() {
			_ = os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}
