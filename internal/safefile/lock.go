package safefile

import (
	"errors"
	"os"
)

// OpenLock opens folio's lock file at path for reading and writing,
// creating it (0600) if it is missing. A link at path is never followed
// (the open itself refuses it where the platform allows, and a check of
// the open file catches the rest), and a path holding anything CheckOwn
// refuses — a pipe, a device, another user's file, a file with another
// hard link — is closed again and reported with an error wrapping
// ErrNotOurs. Whether the file was made by this call is returned too: a
// caller may write what it likes in a file it made, and in a file it
// made on an earlier run (CheckOwn's rules), never in anything else.
func OpenLock(path string) (f *os.File, created bool, err error) {
	f, err = os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL|noFollow, 0o600)
	if err == nil {
		return f, true, nil
	}
	if !errors.Is(err, os.ErrExist) {
		return nil, false, err
	}
	if err := CheckOwn(path); err != nil {
		return nil, false, err
	}
	f, err = os.OpenFile(path, os.O_RDWR|noFollow|nonBlock, 0)
	if err != nil {
		if info, lerr := os.Lstat(path); lerr == nil && info.Mode()&os.ModeSymlink != 0 {
			return nil, false, notOurs(path, "a symbolic link")
		}
		return nil, false, err
	}
	info, err := f.Stat()
	if err == nil {
		err = ownFile(path, info)
	}
	if err != nil {
		f.Close()
		return nil, false, err
	}
	return f, false, nil
}
