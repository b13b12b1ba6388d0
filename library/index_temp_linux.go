package library

import (
	"errors"
	"math/rand/v2"
	"os"
	"strconv"

	"golang.org/x/sys/unix"
)

// openUnnamed opens a file with no name in dir (O_TMPFILE), where the
// file system supports it.
func openUnnamed(dir string) (*os.File, bool) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_RDWR|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, false
	}
	return os.NewFile(uintptr(fd), dir), true
}

// linkUnnamed gives an unnamed file a new name starting with prefix, and
// returns it.
func linkUnnamed(f *os.File, prefix string) (string, error) {
	proc := "/proc/self/fd/" + strconv.Itoa(int(f.Fd()))
	for range 100 {
		name := prefix + strconv.FormatUint(rand.Uint64(), 36)
		err := unix.Linkat(unix.AT_FDCWD, proc, unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW)
		if !errors.Is(err, unix.EEXIST) {
			if err != nil {
				return "", &os.LinkError{Op: "link", Old: proc, New: name, Err: err}
			}
			return name, nil
		}
	}
	return "", os.ErrExist
}

// reopenUnnamed opens an unnamed file again, read-only, through its
// descriptor's entry in /proc.
func reopenUnnamed(f *os.File) (*os.File, error) {
	return os.OpenFile("/proc/self/fd/"+strconv.Itoa(int(f.Fd())), os.O_RDONLY, 0)
}

// startWriteback has the kernel start writing n bytes of f from off to
// its disk, and returns without waiting for them (sync_file_range with
// SYNC_FILE_RANGE_WRITE): the sync that ends an index's writing then
// finds most of it written. An error only means the sync does it all.
func startWriteback(f *os.File, off, n int64) {
	unix.SyncFileRange(int(f.Fd()), off, n, unix.SYNC_FILE_RANGE_WRITE)
}
