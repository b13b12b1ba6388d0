package main

import "io"

// run is folio with its arguments and output streams, and no stdin: the
// tests' entry. It looks at the real terminal and environment once, here.
func run(args []string, stdout, stderr io.Writer) int {
	return runEnv(args, newEnv(stdout, stderr))
}
