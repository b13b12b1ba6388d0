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
// the rename itself survives a power cut. A path that is a symbolic link
// (a state file kept with the user's dotfiles) is written through: the
// file the link points to is replaced, and the link is kept.
func writeAtomic(path string, data []byte) (err error) {
	path = linkTarget(path)
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

// linkTarget follows path while it is a symbolic link, and returns the
// path of what it ends at, which need not exist yet. A loop, or a chain
// too long to follow, leaves path as it is: the write then replaces the
// link.
func linkTarget(path string) string {
	p := path
	for range 40 {
		info, err := os.Lstat(p)
		if err != nil || info.Mode()&os.ModeSymlink == 0 {
			return p
		}
		to, err := os.Readlink(p)
		if err != nil {
			return path
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(p), to)
		}
		p = to
	}
	return path
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
