package library

import (
	"path"
	"path/filepath"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

// folders keeps open the folders of a source whose files a load reads,
// so that each file is stat'ed and opened by its name in its folder
// rather than by its whole path: the kernel looks one name up instead of
// every folder of the path, and Go builds and cleans no path (at 100,000
// files, a third of a warm load's system time).
type folders struct {
	root string
	mu   sync.Mutex
	fds  map[string]int // by the folder's slash path in the source; -1: could not be opened
}

func newFolders(root string) *folders { return &folders{root: root, fds: map[string]int{}} }

// fd is the open folder of the file at p, a slash path in the source.
func (f *folders) fd(p string) (int, string, bool) {
	dir, base := path.Split(p)
	f.mu.Lock()
	defer f.mu.Unlock()
	fd, ok := f.fds[dir]
	if !ok {
		var err error
		for {
			fd, err = syscall.Open(filepath.Join(f.root, filepath.FromSlash(dir)), syscall.O_RDONLY|syscall.O_DIRECTORY|syscall.O_CLOEXEC, 0)
			if err != syscall.EINTR {
				break
			}
		}
		if err != nil {
			fd = -1
		}
		f.fds[dir] = fd
	}
	return fd, base, fd >= 0
}

// stat is the key of the regular file at p, following a link as os.Stat
// does; ok is false when it cannot be told so (the caller then stats the
// path).
func (f *folders) stat(p string) (fileKey, bool) {
	fd, base, ok := f.fd(p)
	if !ok {
		return fileKey{}, false
	}
	var st unix.Stat_t
	for {
		err := unix.Fstatat(fd, base, &st, 0)
		if err == syscall.EINTR {
			continue
		}
		if err != nil || st.Mode&unix.S_IFMT != unix.S_IFREG {
			return fileKey{}, false
		}
		break
	}
	return fileKey{size: st.Size, mtime: st.Mtim.Sec*1e9 + st.Mtim.Nsec, ino: int64(st.Ino), ctime: st.Ctim.Sec*1e9 + st.Ctim.Nsec}, true
}

// readSmall is readSmall of the file at p, opened in its folder.
func (f *folders) readSmall(p string, buf []byte, st *fileStat) ([]byte, bool) {
	fd, base, ok := f.fd(p)
	if !ok {
		return nil, false
	}
	var file int
	var err error
	for {
		file, err = syscall.Openat(fd, base, syscall.O_RDONLY|syscall.O_CLOEXEC|syscall.O_NONBLOCK, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, false
	}
	return readSmallFD(file, buf, st)
}

// close closes every folder.
func (f *folders) close() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for dir, fd := range f.fds {
		if fd >= 0 {
			syscall.Close(fd)
		}
		delete(f.fds, dir)
	}
}
