package main

import (
	"fmt"
	"os"
)

// openTTY opens the controlling terminal for keys, for when stdin held
// the article (cat post.md | folio).
func openTTY() (*os.File, error) {
	f, err := os.Open("/dev/tty")
	if err != nil {
		return nil, fmt.Errorf("the article came on stdin, and there is no terminal to read keys from (/dev/tty: %w); try 'folio show -' to print it", err)
	}
	return f, nil
}
