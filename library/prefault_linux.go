package library

import (
	"syscall"
	"unsafe"
)

// madvPopulateWrite is MADV_POPULATE_WRITE (Linux 5.14).
const madvPopulateWrite = 23

// prefault asks the kernel to back b, a fresh block of the heap, with
// memory now, in one system call, rather than on the first write to each
// of its pages: a page fault apiece costs several times more, and far
// more in some virtual machines. The contents are unchanged; a kernel
// without MADV_POPULATE_WRITE refuses, and the pages are then faulted in
// as they are written, as usual.
func prefault(b []byte) {
	if len(b) == 0 || uintptr(unsafe.Pointer(&b[0]))%uintptr(syscall.Getpagesize()) != 0 {
		return
	}
	syscall.Syscall(syscall.SYS_MADVISE, uintptr(unsafe.Pointer(&b[0])), uintptr(len(b)), madvPopulateWrite)
}
