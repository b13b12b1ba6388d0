//go:build unix

package library

import (
	"os"
	"syscall"
)

// mapFile maps the file read-only into memory, and has the kernel read
// all of it in at once when whole (else pages are read as they are
// touched, or populated). The mapping is kept for the life of the
// process unless unmapFile is given it before any string points into it.
// The file is kept open too, for reading texts one after another without
// bringing their pages into the mapping (readAt). Only a regular file of
// at most maxIndexFile bytes is mapped: the open neither follows a link
// nor waits for a FIFO's writer.
func mapFile(name string, whole bool) ([]byte, *os.File, error) {
	f, err := os.OpenFile(name, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, 0)
	if err != nil {
		return nil, nil, err
	}
	return mapOpen(f, whole)
}

// mapsIndexes: an index is mapped, not read into memory, so a load may
// read back the summaries it has just written (load_restore.go).
const mapsIndexes = true

// mapTemp maps a temporary file being written, as mapFile maps an index,
// through a descriptor of its own, read-only.
func mapTemp(t *tempFile) ([]byte, *os.File, error) {
	var f *os.File
	var err error
	if t.name != "" {
		f, err = os.OpenFile(t.name, os.O_RDONLY|syscall.O_NOFOLLOW, 0)
	} else {
		f, err = reopenUnnamed(t.File)
	}
	if err != nil {
		return nil, nil, err
	}
	return mapOpen(f, false)
}

// mapOpen maps f, open, as mapFile does; f is closed if it cannot be.
func mapOpen(f *os.File, whole bool) ([]byte, *os.File, error) {
	info, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	size := info.Size()
	if !info.Mode().IsRegular() || size < indexHeader || size > maxIndexFile || size != int64(int(size)) {
		f.Close()
		return nil, nil, errBadIndex
	}
	flags := syscall.MAP_PRIVATE
	if whole {
		flags |= mapPopulate
	}
	buf, err := syscall.Mmap(int(f.Fd()), 0, int(size), syscall.PROT_READ, flags)
	if err != nil {
		f.Close()
		return nil, nil, err
	}
	return buf, f, nil
}

func unmapFile(b []byte, f *os.File) {
	syscall.Munmap(b)
	f.Close()
}

// syncDir makes a rename in dir durable.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
