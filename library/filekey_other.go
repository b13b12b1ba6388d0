//go:build !linux && !darwin

package library

import "io/fs"

func runningExecutable(name string) string { return name }

// keyOf is the index key of a file: its size and modification time
// (inode and change time are not read here).
func keyOf(info fs.FileInfo) fileKey {
	return fileKey{size: info.Size(), mtime: info.ModTime().UnixNano()}
}
