//go:build unix

package library

import (
	"os"
	"syscall"
)

// readSmall reads the file at path with bare system calls — open, read
// to the end, close — when it is smaller than buf, the worker's scratch
// buffer. os.Open would also make the
// descriptor non-blocking, try to add it to the network poller and undo
// both, and the stat os.ReadFile makes is not needed when the buffer is
// large enough: half the system calls of a read, per file. The bytes are
// returned in buf, which the next call overwrites. ok is false
// for anything else (an error, a folder, a larger file): the caller then
// reads the file the ordinary way, which reports problems as it always has.
// The open does not wait for a named pipe's writer (one put in the file's
// place since the walk), and an empty read is left to the ordinary way,
// which tells an empty file from a pipe.
func readSmall(path string, buf []byte, st *fileStat) (data []byte, ok bool) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(path, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false
	}
	return readSmallFD(fd, buf, st)
}

// readSmallFD is readSmall of a file opened already, which it closes.
func readSmallFD(fd int, buf []byte, st *fileStat) (data []byte, ok bool) {
	defer syscall.Close(fd)
	if st != nil {
		*st = fstat(fd)
	}
	n := 0
	for n < len(buf) {
		m, err := syscall.Read(fd, buf[n:])
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return nil, false
		case m == 0:
			return buf[:n], n > 0
		}
		n += m
	}
	return nil, false
}

// openNoWait opens path for reading without waiting for a writer when it
// is a named pipe.
func openNoWait(path string) (*os.File, error) {
	return os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK, 0)
}
