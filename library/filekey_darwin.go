package library

import (
	"io/fs"
	"syscall"
)

func runningExecutable(name string) string { return name }

// keyOf is the index key of a file: size, modification time, inode and
// change time.
func keyOf(info fs.FileInfo) fileKey {
	k := fileKey{size: info.Size(), mtime: info.ModTime().UnixNano()}
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		k.ino, k.ctime = int64(st.Ino), st.Ctimespec.Sec*1e9+st.Ctimespec.Nsec
	}
	return k
}
