package render

import (
	"html"
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// maxHTMLBlockLines bounds how far an HTML block (<details>, <table>)
// is looked for its end: an unclosed tag in prose must not swallow the
// chunk, nor cost more than this per line.
const maxHTMLBlockLines = 400

var (
	summaryTag = lazyre.New(`(?is)<summary[^>]*>(.*?)</summary>`)
	anyTag     = lazyre.New(`<[^>]*>`)
	rowTag     = lazyre.New(`(?is)<tr[^>]*>(.*?)</tr>`)
	cellTag    = lazyre.New(`(?is)<(t[hd])[^>]*>(.*?)</t[hd]>`)
	brTag      = lazyre.New(`(?i)<br\s*/?>`)
)

// htmlBlockEnd finds the line that closes the HTML element opened at
// line i ("</details>" for details), counting nested ones; -1 if none
// within reach.
func htmlBlockEnd(lines []string, code []bool, i int, name string) int {
	open, close := "<"+name, "</"+name
	depth := 0
	for j := i; j < len(lines) && j < i+maxHTMLBlockLines; j++ {
		if j < len(code) && code[j] {
			continue
		}
		lower := strings.ToLower(lines[j])
		depth += strings.Count(lower, open) - strings.Count(lower, close)
		if depth <= 0 {
			return j
		}
	}
	return -1
}

// details turns a <details> element into its summary, on a line of its
// own with its markdown rendered, and its content below it.
func (p *prepass) details(lines []string, code []bool, i int) (int, []string, bool) {
	end := htmlBlockEnd(lines, code, i, "details")
	if end < 0 {
		return 0, nil, false
	}
	inner := strings.Join(lines[i:end+1], "\n")
	summary := "Details"
	if m := summaryTag.FindStringSubmatchIndex(inner); m != nil {
		summary = html.UnescapeString(strings.TrimSpace(anyTag.ReplaceAllString(inner[m[2]:m[3]], "")))
		inner = inner[:m[0]] + inner[m[1]:]
	}
	// only the outer element's tags: one opening on the first line, one
	// closing on the last
	first, last := strings.Index(strings.ToLower(inner), "<details"), -1
	if first >= 0 {
		if e := strings.IndexByte(inner[first:], '>'); e >= 0 {
			inner = inner[:first] + inner[first+e+1:]
		}
	}
	if last = strings.LastIndex(strings.ToLower(inner), "</details>"); last >= 0 {
		inner = inner[:last] + inner[last+len("</details>"):]
	}
	body := strings.Split(strings.Trim(inner, "\n"), "\n")
	for len(body) > 0 && strings.TrimSpace(body[0]) == "" {
		body = body[1:]
	}
	return end + 1, p.nested().detailsBlock(summary, body, false), true
}

// htmlTable turns an HTML <table> into a markdown table: a row a line,
// its first row the header, cells as text.
func htmlTable(lines []string, i int) (int, []string, bool) {
	end := htmlBlockEnd(lines, nil, i, "table")
	if end < 0 {
		return 0, nil, false
	}
	src := strings.Join(lines[i:end+1], "\n")
	var rows [][]string
	cols := 0
	for _, rm := range rowTag.FindAllStringSubmatch(src, -1) {
		var row []string
		for _, cm := range cellTag.FindAllStringSubmatch(rm[1], -1) {
			row = append(row, cellText(cm[2]))
		}
		if len(row) > 0 {
			rows = append(rows, row)
			cols = max(cols, len(row))
		}
	}
	if len(rows) == 0 {
		return 0, nil, false
	}
	out := []string{""}
	for r, row := range rows {
		for len(row) < cols {
			row = append(row, "")
		}
		out = append(out, "| "+strings.Join(row, " | ")+" |")
		if r == 0 {
			out = append(out, "|"+strings.Repeat(" --- |", cols))
		}
	}
	return end + 1, append(out, ""), true
}

// cellText is a table cell's HTML as one line of markdown text.
func cellText(s string) string {
	s = brTag.ReplaceAllString(s, " ")
	s = anyTag.ReplaceAllString(s, "")
	s = html.UnescapeString(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.ReplaceAll(s, "|", `\|`)
}
