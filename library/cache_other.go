//go:build !unix

package library

import "os"

// mapFile reads the file into memory where it cannot be mapped.
func mapFile(name string, _ bool) ([]byte, error) { return os.ReadFile(name) }

func populate([]byte) {}

func unmapFile([]byte) {}

// syncDir: Windows cannot sync a folder, and does not need to.
func syncDir(string) {}
