package library

import (
	"fmt"
	"testing"
)

// Hits whose texts lie close together in one index are read with one
// read; a gap, another index or a run grown past snippetSpan starts a
// new read.
func TestSnippetRuns(t *testing.T) {
	a, b := &index{}, &index{}
	hit := func(idx *index, textAt, textLen int32) pendingSnippet {
		return pendingSnippet{at: 0, textAt: textAt, idx: idx, place: &textPlace{idx: idx, textAt: textAt, textLen: textLen}}
	}
	cases := []struct {
		name string
		hits []pendingSnippet
		want []int
	}{
		{"one", []pendingSnippet{hit(a, 0, 100)}, []int{0, 1}},
		{"adjacent", []pendingSnippet{hit(a, 0, 100), hit(a, 100, 100), hit(a, 200, 100)}, []int{0, 3}},
		{"within the gap", []pendingSnippet{hit(a, 0, 100), hit(a, 100+snippetGap, 100)}, []int{0, 2}},
		{"past the gap", []pendingSnippet{hit(a, 0, 100), hit(a, 101+snippetGap, 100)}, []int{0, 1, 2}},
		{"another index", []pendingSnippet{hit(a, 0, 100), hit(b, 100, 100)}, []int{0, 1, 2}},
		{"a long text read to its snippet only", []pendingSnippet{hit(a, 0, 1<<20), hit(a, 1000, 100)}, []int{0, 2}},
	}
	// A text every 10,000 bytes: the 105th ends past snippetSpan.
	var steady []pendingSnippet
	for at := int32(0); at < 1_200_000; at += 10_000 {
		steady = append(steady, hit(a, at, 100))
	}
	cases = append(cases, struct {
		name string
		hits []pendingSnippet
		want []int
	}{"past the span", steady, []int{0, 105, len(steady)}})
	for _, c := range cases {
		runs := snippetRuns(c.hits, 4)
		got := []int{}
		for _, r := range runs {
			got = append(got, r.from)
			// A run reads from its first text's start to the furthest
			// end of its hits' spans.
			if start, _ := c.hits[r.from].span(4); r.start != start {
				t.Errorf("%s: run %v starts at %d, want %d", c.name, r, r.start, start)
			}
			for _, h := range c.hits[r.from:r.to] {
				if s, e := h.span(4); s < r.start || e > r.end {
					t.Errorf("%s: run %v does not hold span %d-%d", c.name, r, s, e)
				}
			}
		}
		got = append(got, runs[len(runs)-1].to)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: runs %v, want %v", c.name, got, c.want)
		}
	}
}

// A snippet that is its body's text as it stands is copied out of the
// buffer the next read reuses.
func TestSharesBuffer(t *testing.T) {
	buf := []byte("zork and one")
	if !sharesBuffer(unsafeString(buf[5:8]), buf) {
		t.Error("a part of buf is not seen as buf's")
	}
	if sharesBuffer(string(buf), buf) || sharesBuffer("", buf) {
		t.Error("a copy, or nothing, is seen as buf's")
	}
}
