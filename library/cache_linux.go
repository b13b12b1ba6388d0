package library

import "syscall"

// mapPopulate has the kernel read an index in as it maps it: one system
// call instead of a page fault per page.
const mapPopulate = syscall.MAP_POPULATE
