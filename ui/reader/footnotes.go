package reader

import (
	"regexp"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Footnotes in the reader: the renderer shows a reference as [n] and
// gathers the notes under a "Notes" heading at the end, each line
// starting [n] (ui/render/footnotes.go). A click on a reference jumps to
// its note; a click on a note jumps back to its first reference.

var (
	footnoteRefText  = regexp.MustCompile(`\[(\d+)\]`)
	footnoteNoteText = regexp.MustCompile(`^\[(\d+)\]`)
)

// notesStart is the line of the gathered "Notes" heading: the last line
// that says only Notes, or -1.
func notesStart(lines []string) int {
	for i := len(lines) - 1; i >= 0; i-- {
		t := strings.TrimSpace(ansi.Strip(lines[i]))
		if t == "## Notes" || t == "Notes" {
			return i
		}
	}
	return -1
}

// footnoteTarget is the line a click at cell x of line i leads to: from
// a reference [n] (the one under x, else the line's first) to note n,
// from note n back to the first line that refers to it; -1 for none.
func footnoteTarget(lines []string, i, x int) int {
	notes := notesStart(lines)
	if notes < 0 || i < 0 || i >= len(lines) || i == notes {
		return -1
	}
	plain := ansi.Strip(lines[i])
	if i > notes {
		m := footnoteNoteText.FindStringSubmatch(strings.TrimSpace(plain))
		if m == nil {
			return -1
		}
		for j := range notes {
			if strings.Contains(ansi.Strip(lines[j]), "["+m[1]+"]") {
				return j
			}
		}
		return -1
	}
	refs := footnoteRefText.FindAllStringSubmatchIndex(plain, -1)
	if len(refs) == 0 {
		return -1
	}
	pick := refs[0]
	for _, r := range refs {
		if x >= ansi.StringWidth(plain[:r[0]]) && x < ansi.StringWidth(plain[:r[1]]) {
			pick = r
		}
	}
	want := "[" + plain[pick[2]:pick[3]] + "]"
	for j := notes + 1; j < len(lines); j++ {
		if strings.HasPrefix(strings.TrimSpace(ansi.Strip(lines[j])), want) {
			return j
		}
	}
	return -1
}
