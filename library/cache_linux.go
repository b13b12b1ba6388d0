package library

import (
	"syscall"
	"unsafe"
)

// mapPopulate has the kernel read an index in as it maps it: one system
// call instead of a page fault per page.
const mapPopulate = syscall.MAP_POPULATE

// madvPopulateRead is MADV_POPULATE_READ (Linux 5.14).
const madvPopulateRead = 22

// populate has the kernel read in the part b of a mapped index now, in
// one system call, rather than a page fault apiece as it is read. An
// older kernel refuses, and the pages are faulted in as usual.
func populate(b []byte) {
	page := uintptr(syscall.Getpagesize())
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	if len(b) == 0 {
		return
	}
	start := p &^ (page - 1) // madvise wants a page boundary
	syscall.Syscall(syscall.SYS_MADVISE, start, p+uintptr(len(b))-start, madvPopulateRead)
}
