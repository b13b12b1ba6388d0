//go:build !linux

package library

import (
	"errors"
	"os"
)

// openUnnamed: only Linux makes files with no name; elsewhere temporary
// files are named, locked, and swept.
func openUnnamed(string) (*os.File, bool) { return nil, false }

func linkUnnamed(*os.File, string) (string, error) {
	return "", errors.New("unnamed files are Linux's")
}

func reopenUnnamed(*os.File) (*os.File, error) {
	return nil, errors.New("unnamed files are Linux's")
}

// startWriteback: elsewhere the sync at the end writes the whole file.
func startWriteback(*os.File, int64, int64) {}
