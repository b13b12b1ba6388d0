//go:build !linux

package library

// prefault is a no-op where MADV_POPULATE_WRITE does not exist.
func prefault([]byte) {}
