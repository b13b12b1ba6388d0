// Command genlib writes a synthetic article library for measuring folio:
//
//	go run ./tools/genlib -n 10000 -size 4096 /tmp/lib10k
//	go run ./tools/genlib -shape review -n 100000 /tmp/rev100k
//
// The review shape is the one the scaling goals are stated on
// (docs/scaling.md): 1.4 to 6.5 KB an article, three in ten with an
// FAQ, a rare word in one in a thousand and a common one in seven in
// ten (synth.WriteReviews); -size is then not used. Files are aged an
// hour, so that an index cache keeps them.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/folio-reader/folio/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	size := flag.Int("size", 4096, "approximate size of each article in bytes (the article shape)")
	shape := flag.String("shape", "article", "article: every article alike in shape (synth.Write); review: the scaling library (synth.WriteReviews)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genlib [-n N] [-size BYTES] [-shape article|review] DIR")
		os.Exit(2)
	}
	var err error
	switch *shape {
	case "article":
		err = synth.Write(flag.Arg(0), *n, *size)
	case "review":
		err = synth.WriteReviews(flag.Arg(0), *n)
	default:
		fmt.Fprintf(os.Stderr, "genlib: -shape %q: article or review\n", *shape)
		os.Exit(2)
	}
	if err == nil {
		err = synth.Age(flag.Arg(0))
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genlib:", err)
		os.Exit(1)
	}
}
