// Command genlib writes a synthetic article library for measuring folio:
//
//	go run ./tools/genlib -n 10000 -size 4096 /tmp/lib10k
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/folio-reader/folio/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	size := flag.Int("size", 4096, "approximate size of each article in bytes")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genlib [-n N] [-size BYTES] DIR")
		os.Exit(2)
	}
	if err := synth.Write(flag.Arg(0), *n, *size); err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
}
