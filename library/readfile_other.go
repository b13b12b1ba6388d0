//go:build !unix

package library

// readSmall is the fast path of readfile_unix.go; elsewhere files are
// read the ordinary way.
func readSmall(path string, buf []byte, st *fileStat) (data []byte, ok bool) { return nil, false }
