package library

import "syscall"

// fstatOpenFiles: readSmall can take a file's index key from the open
// file.
const fstatOpenFiles = true

// fstat is the index key of an open regular file.
func fstat(fd int) fileStat {
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return fileStat{}
	}
	return fileStat{key: fileKey{size: st.Size, mtime: st.Mtim.Sec*1e9 + st.Mtim.Nsec, ino: int64(st.Ino), ctime: st.Ctim.Sec*1e9 + st.Ctim.Nsec}, ok: true}
}
