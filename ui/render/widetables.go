package render

import (
	"strings"
)

// A markdown table with more columns than the width can hold (a
// 40-column comparison at 80 cells) is drawn by glamour with every
// column squeezed to nothing: borders and no text. Such a table is shown
// as a list instead, a row an item, each cell after its column's
// header: "Column0: v0 · Column1: v1 · …", every word kept.

// minColumnCells is the least a table column takes to show any text:
// its border, its padding and a few letters.
const minColumnCells = 6

// wideTable reads the table that starts at line i when it has more
// columns than width holds, and returns its list.
func wideTable(lines []string, code []bool, i, width int) (int, []string, bool) {
	if i+1 >= len(lines) || i+1 < len(code) && code[i+1] || !strings.Contains(lines[i], "|") || !isDelimiterRow(lines[i+1]) {
		return 0, nil, false
	}
	header := tableCells(lines[i])
	cols := len(tableCells(lines[i+1]))
	if cols != len(header) || cols*minColumnCells <= width {
		return 0, nil, false
	}
	out := []string{""}
	j := i + 2
	for ; j < len(lines) && !(j < len(code) && code[j]); j++ {
		if strings.TrimSpace(lines[j]) == "" || !strings.Contains(lines[j], "|") {
			break
		}
		cells := tableCells(lines[j])
		var parts []string
		for k, c := range cells {
			if c == "" {
				continue
			}
			if k < len(header) && header[k] != "" {
				c = header[k] + ": " + c
			}
			parts = append(parts, c)
		}
		out = append(out, "- "+strings.Join(parts, " · "))
	}
	if j == i+2 { // a header alone: its names
		out = append(out, strings.Join(header, " · "))
	}
	return j, append(out, ""), true
}

// tableCells splits a table row into its cells' text: the outer pipes
// dropped, an escaped pipe kept in its cell.
func tableCells(row string) []string {
	t := strings.TrimSpace(row)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var cur strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cur.WriteString(`\|`)
			i++
		case t[i] == '|':
			cells = append(cells, strings.TrimSpace(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(t[i])
		}
	}
	return append(cells, strings.TrimSpace(cur.String()))
}
