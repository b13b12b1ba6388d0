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

// release has the kernel drop the pages of the part b of a mapped index
// from the process's resident set: they are read again from the file
// (from the page cache, most often) if b is read again. The mapping is
// read-only and an index file is never changed in place (folio replaces
// it), so what is read back is what was there. Only the pages wholly
// inside b are dropped: the one b starts in may hold what is still read.
func release(b []byte) {
	if len(b) == 0 {
		return
	}
	page := uintptr(syscall.Getpagesize())
	p := uintptr(unsafe.Pointer(unsafe.SliceData(b)))
	start, end := (p+page-1)&^(page-1), p+uintptr(len(b))
	if end > start {
		syscall.Syscall(syscall.SYS_MADVISE, start, end-start, syscall.MADV_DONTNEED)
	}
}
