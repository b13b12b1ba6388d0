//go:build unix

package library

import (
	"os"
	"syscall"
)

// lockShared marks a temporary file as being written: sweepTemporaries
// leaves it alone. The lock goes with the process.
func lockShared(f *os.File) { syscall.Flock(int(f.Fd()), syscall.LOCK_SH|syscall.LOCK_NB) }

// removeUnlocked removes the file at path unless a process holds it.
func removeUnlocked(path string) {
	f, err := os.OpenFile(path, os.O_RDONLY|syscall.O_NONBLOCK|syscall.O_NOFOLLOW, 0)
	if err != nil {
		return
	}
	defer f.Close()
	if syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB) == nil {
		os.Remove(path)
	}
}
