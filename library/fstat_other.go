//go:build !linux

package library

// fstatOpenFiles is false where Stat_t's fields are spelled otherwise:
// the loader stats the path before reading instead.
const fstatOpenFiles = false

func fstat(int) fileStat { return fileStat{} }
