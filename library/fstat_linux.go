package library

import "syscall"

// fstatOpenFiles: readSmall can take a file's index key from the open
// file.
const fstatOpenFiles = true

// fstat is the size and modification time of an open regular file.
func fstat(fd int) fileStat {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return fileStat{}
	}
	return fileStat{size: st.Size, mtime: st.Mtim.Sec*1e9 + st.Mtim.Nsec, ok: true}
}
