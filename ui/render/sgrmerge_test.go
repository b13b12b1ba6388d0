package render

import (
	"math/rand"
	"strings"
	"testing"
)

func TestMergeSGR(t *testing.T) {
	t.Parallel()
	const g = "\x1b[38;5;252m"
	for _, c := range []struct{ in, want string }{
		{"plain", "plain"},
		{g + "Paragraph after the" + sgrReset + g + " picture." + sgrReset + g + " " + sgrReset + g + " " + sgrReset,
			g + "Paragraph after the picture.  " + sgrReset},
		// another colour resumes: kept
		{g + "a" + sgrReset + "\x1b[1m" + "b" + sgrReset, g + "a" + sgrReset + "\x1b[1m" + "b" + sgrReset},
		// two sequences in force: what the reset undid is not one sequence
		{g + "\x1b[1ma" + sgrReset + g + "b", g + "\x1b[1ma" + sgrReset + g + "b"},
		// a reset then the same after a picture's colours
		{"\x1b[38;5;1m▀" + sgrReset + "\x1b[38;5;1m▀" + sgrReset, "\x1b[38;5;1m▀▀" + sgrReset},
		{"x" + sgrReset + g + "y", "x" + sgrReset + g + "y"},
	} {
		if got := mergeSGR(c.in); got != c.want {
			t.Errorf("mergeSGR(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

// What a terminal shows is the same before and after: each printed
// character under the same attributes (the SGR sequences since the last
// reset), on random lines made of glamour's pieces.
func TestMergeSGRShowsTheSame(t *testing.T) {
	t.Parallel()
	pieces := []string{"\x1b[38;5;252m", "\x1b[1m", "\x1b[38;5;1m", sgrReset, "a", " ", "é", "\x1b[0;1m", "\x1b[m", "\x1b[", "m", "\x1b]8;;https://x\x1b\\", "\x1b]8;;\x07"}
	r := rand.New(rand.NewSource(1))
	for range 20000 {
		var b strings.Builder
		for range r.Intn(14) {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		in := b.String()
		if got, want := shown(mergeSGR(in)), shown(in); got != want {
			t.Fatalf("mergeSGR(%q) = %q shows\n%s\nwant\n%s", in, mergeSGR(in), got, want)
		}
	}
}

// shown is each character of l with the attributes in force, one a line.
func shown(l string) string {
	var out strings.Builder
	var state []string
	for i := 0; i < len(l); {
		if n := oscAt(l, i); n > 0 {
			out.WriteString("link " + l[i:i+n] + "\n")
			i += n
			continue
		}
		if n := sgrAt(l, i); n > 0 {
			if seq := l[i : i+n]; seq == sgrReset || seq == "\x1b[m" {
				state = nil
			} else {
				state = append(state, seq)
			}
			i += n
			continue
		}
		out.WriteString(strings.Join(state, "") + "|" + l[i:i+1] + "\n")
		i++
	}
	return out.String()
}
