package state

import (
	"os"
	"path/filepath"
	"runtime"
)

// beforeRename, if set, runs after the temporary file is written and synced
// and before it is renamed into place; tests use it to fail or crash there.
var beforeRename func(tmp string) error

// writeAtomic replaces path with data so that, whatever happens, path holds
// either its old content or the new content in full: the data goes to a
// temporary file in the same directory (same filesystem, so rename is
// atomic), is fsynced, renamed over path, and the directory is fsynced so
// the rename itself survives a power cut.
func writeAtomic(path string, data []byte) (err error) {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, tempPrefix(path)+"*")
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
	if err = f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if beforeRename != nil {
		if err = beforeRename(tmp); err != nil {
			return err
		}
	}
	if err = os.Rename(tmp, path); err != nil {
		return err
	}
	return syncDir(dir)
}

// syncDir makes a rename in dir durable. Windows cannot fsync a directory
// (and does not need to), so it is skipped there.
func syncDir(dir string) error {
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
