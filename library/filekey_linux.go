package library

import (
	"io/fs"
	"syscall"
)

// runningExecutable is the file to read the running program from: on
// Linux the image the process runs, even if name was since replaced.
func runningExecutable(string) string { return "/proc/self/exe" }

// keyOf is the index key of a file: size, modification time, inode and
// change time.
func keyOf(info fs.FileInfo) fileKey {
	k := fileKey{size: info.Size(), mtime: info.ModTime().UnixNano()}
	if st, ok := info.Sys().(*syscall.Stat_t); ok {
		k.ino, k.ctime = int64(st.Ino), st.Ctim.Sec*1e9+st.Ctim.Nsec
	}
	return k
}
