package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/folio-reader/folio/library"
)

// The hits formatted on every core come out in their order, whole,
// however many rounds of blocks they take.
func TestWriteHitsKeepsTheOrder(t *testing.T) {
	for _, n := range []int{0, 1, hitsBlock - 1, hitsBlock, 3*hitsBlock + 17, 9*hitsBlock + 1} {
		hits := make([]library.Hit, n)
		for i := range hits {
			hits[i] = library.Hit{Article: &library.Article{Slug: fmt.Sprintf("s%05d", i), Title: "T"}, Field: "body", Snippet: fmt.Sprintf("…passage %d…", i)}
		}
		var got bytes.Buffer
		if err := writeHits(&got, hits, 0); err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSuffix(got.String(), "\n"), "\n")
		if n == 0 {
			if got.Len() != 0 {
				t.Errorf("no hits printed %q", got.String())
			}
			continue
		}
		if len(lines) != 2*n {
			t.Fatalf("%d hits: %d lines, want %d", n, len(lines), 2*n)
		}
		for i := range n {
			if want := fmt.Sprintf("s%05d  T  (body)", i); lines[2*i] != want || lines[2*i+1] != fmt.Sprintf("    …passage %d…", i) {
				t.Fatalf("%d hits: hit %d printed %q / %q", n, i, lines[2*i], lines[2*i+1])
			}
		}
	}
}

// A write that fails stops the printing and is the command's error.
func TestWriteHitsStopsOnAFailedWrite(t *testing.T) {
	hits := make([]library.Hit, 5*hitsBlock)
	for i := range hits {
		hits[i] = library.Hit{Article: &library.Article{Slug: "s"}, Field: "body"}
	}
	w := &failingWriter{after: 1}
	if err := writeHits(w, hits, 0); !errors.Is(err, errFull) || w.writes != 2 {
		t.Errorf("error %v after %d writes, want errFull after 2", err, w.writes)
	}
}

var errFull = errors.New("disk full")

type failingWriter struct{ after, writes int }

func (w *failingWriter) Write(p []byte) (int, error) {
	w.writes++
	if w.writes > w.after {
		return 0, errFull
	}
	return len(p), nil
}
