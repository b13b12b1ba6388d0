//go:build !unix

package library

import "os"

func lockShared(*os.File) {}

// removeUnlocked removes the file at path; Windows refuses while a
// process has it open.
func removeUnlocked(path string) { os.Remove(path) }
