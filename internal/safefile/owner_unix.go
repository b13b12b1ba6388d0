//go:build unix

package safefile

import (
	"fmt"
	"io/fs"
	"os"
	"syscall"
)

// foreign says why a regular file is not one folio made, or "": another
// hard link to it means it is also some other file (a link made to
// /etc/passwd, say); another owner means another user's file.
func foreign(info fs.FileInfo) string {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return ""
	}
	if st.Nlink > 1 {
		return fmt.Sprintf("a file with %d hard links", st.Nlink)
	}
	if uid := os.Geteuid(); uid >= 0 && int64(st.Uid) != int64(uid) {
		return fmt.Sprintf("a file owned by user %d", st.Uid)
	}
	return ""
}

// noFollow makes an open fail on a symbolic link instead of following it.
const noFollow = syscall.O_NOFOLLOW

// nonBlock keeps an open of a FIFO from waiting for a writer.
const nonBlock = syscall.O_NONBLOCK
