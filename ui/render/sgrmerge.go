package render

import "strings"

// glamour styles each word or run of a paragraph on its own and pads a
// line with spaces each styled on its own: "␛[38;5;252mParagraph after
// the␛[0m␛[38;5;252m picture.␛[0m␛[38;5;252m ␛[0m␛[38;5;252m ␛[0m…", 14
// bytes for every space of padding. mergeSGR drops each reset that is
// followed at once by the very attributes it reset, so the run goes on:
// "␛[38;5;252mParagraph after the picture.          ␛[0m". What the
// terminal shows is the same cell for cell; a coloured line is a third
// to a tenth as long, and a phrase can be found in it with grep.

const sgrReset = "\x1b[0m"

// mergeSGR merges the runs of l that a reset splits and the same SGR
// sequence resumes. It merges only where the attributes in force are
// known to be exactly that one sequence's (one SGR since the last reset
// or the start of the line), so nothing shown changes.
func mergeSGR(l string) string {
	if !strings.Contains(l, sgrReset+"\x1b[") {
		return l
	}
	var b strings.Builder
	b.Grow(len(l))
	current := "" // the one SGR in force since the last reset, if known
	known := true // whether the attributes in force are exactly current
	for i := 0; i < len(l); {
		if l[i] != 0x1b {
			j := strings.IndexByte(l[i:], 0x1b)
			if j < 0 {
				b.WriteString(l[i:])
				break
			}
			b.WriteString(l[i : i+j])
			i += j
			continue
		}
		n := sgrAt(l, i)
		if n == 0 {
			// An OSC (a hyperlink) is copied whole; any other sequence
			// leaves the line as it is, for a merge next to it could
			// make one sequence of two pieces.
			m := oscAt(l, i)
			if m == 0 {
				return l
			}
			b.WriteString(l[i : i+m])
			i += m
			continue
		}
		seq := l[i : i+n]
		if seq == sgrReset {
			if m := sgrAt(l, i+n); m > 0 && known && current != "" && l[i+n:i+n+m] == current {
				i += n + m // reset then the same attributes: the run goes on
				continue
			}
			current, known = "", true
		} else if known && current == "" {
			current = seq
		} else {
			known = false
		}
		b.WriteString(seq)
		i += n
	}
	return b.String()
}

// oscAt is the length of the OSC sequence (ESC ] … BEL or ESC \) at
// l[i], or 0.
func oscAt(l string, i int) int {
	if i+1 >= len(l) || l[i+1] != ']' {
		return 0
	}
	for j := i + 2; j < len(l); j++ {
		switch l[j] {
		case 0x07:
			return j + 1 - i
		case 0x1b:
			if j+1 < len(l) && l[j+1] == '\\' {
				return j + 2 - i
			}
			return 0
		}
	}
	return 0
}

// sgrAt is the length of the SGR sequence (ESC [ digits ; m) at l[i], or
// 0 when there is none.
func sgrAt(l string, i int) int {
	if i+2 >= len(l) || l[i] != 0x1b || l[i+1] != '[' {
		return 0
	}
	for j := i + 2; j < len(l); j++ {
		switch c := l[j]; {
		case c >= '0' && c <= '9', c == ';':
		case c == 'm':
			return j + 1 - i
		default:
			return 0
		}
	}
	return 0
}
