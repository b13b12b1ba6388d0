//go:build !unix

package library

import "os"

// readSmall is the fast path of readfile_unix.go; elsewhere files are
// read the ordinary way.
func readSmall(path string, buf []byte, st *fileStat) (data []byte, ok bool) { return nil, false }

// openNoWait opens path for reading.
func openNoWait(path string) (*os.File, error) { return os.Open(path) }
