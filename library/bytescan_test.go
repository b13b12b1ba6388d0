package library

import "testing"

// FuzzByteScans checks the eight-bytes-at-a-time counts against plain loops.
func FuzzByteScans(f *testing.F) {
	for _, s := range []string{"", "a", " a b\tc\r\nd  ", "one two three four five six seven", "\x00\x01\f\v\x1f\x7f\x80 \xff word", "        x", "x        "} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		words, in := 0, false
		ctrl := 0
		for _, c := range b {
			space := c == ' ' || c == '\n' || c == '\t' || c == '\r'
			if !space && !in {
				words++
			}
			in = !space
			if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
				ctrl++
			}
		}
		if got := countWords(string(b)); got != words {
			t.Fatalf("countWords(%q) = %d, want %d", b, got, words)
		}
		if got := controlCount(b); got != ctrl {
			t.Fatalf("controlCount(%q) = %d, want %d", b, got, ctrl)
		}
	})
}
