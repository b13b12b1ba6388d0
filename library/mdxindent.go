package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// MDX has no indented code: a JSX element's children are indented as the
// author likes (Astro's and Starlight's docs put a list, a fence or a
// paragraph 4 to 10 spaces into <Tabs>, <TabItem>, <Fragment>, <Card>),
// and MDX reads them as markdown. CommonMark reads 4 spaces past their
// container as code, so they showed as raw markdown: "- [`x`](url)",
// "```shell". mdxIndentation moves the children of each JSX block element
// left by as much as its first child is indented past its tag, at every
// level, so that they stand where the tag stands; fenced code, which MDX
// finds at any indentation, moves with its fence. Nothing but leading
// whitespace changes, and only in .mdx files.

var (
	// jsxOpenLine is a JSX or HTML opening tag alone on its line, or the
	// start of one whose attributes run over the next lines.
	jsxOpenLine  = lazyre.New(`^<([A-Za-z][\w.:-]*)(?:\s[^<>]*)?(>|$)`)
	jsxCloseLine = lazyre.New(`^</([A-Za-z][\w.:-]*)\s*>$`)
)

// maxJSXDepth bounds the elements followed at once: far past any page's
// nesting, and it keeps a closing tag's look-up short on hostile input.
const maxJSXDepth = 64

// voidElements never have children or a closing tag.
var voidElements = map[string]bool{"br": true, "hr": true, "img": true, "input": true, "meta": true, "link": true, "source": true, "area": true, "col": true, "embed": true, "wbr": true, "track": true, "base": true, "param": true}

// jsxLevel is a JSX element open: its name, the indentation of its tag,
// and how far its children move (known once its first child is seen).
type jsxLevel struct {
	name      string
	tagIndent int
	shift     int
	known     bool
}

func mdxIndentation(body string) string {
	if !strings.Contains(body, "<") {
		return body
	}
	lines := strings.Split(body, "\n")
	var stack []jsxLevel
	total := 0 // the shifts of the open elements, added up: how far a line moves
	changed := false
	set := func(i int, n int) {
		if n > 0 {
			if d := dedentColumns(lines[i], n); d != lines[i] {
				lines[i], changed = d, true
			}
		}
	}
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" {
			continue
		}
		ind := indentColumns(lines[i])
		if n := len(stack); n > 0 && !stack[n-1].known { // the first child sets its element's move
			top := &stack[n-1]
			top.known = true
			if !jsxCloseLine.MatchString(t) {
				top.shift = max(0, ind-top.tagIndent)
				total += top.shift
			}
		}
		if m := fenceOf(t); m != "" { // at any indentation: t is trimmed
			i = moveFence(lines, i, m, total, set)
			continue
		}
		if m := jsxCloseLine.FindStringSubmatch(t); m != nil {
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].name == m[1] {
					for _, l := range stack[k:] {
						total -= l.shift
					}
					stack = stack[:k]
					break
				}
			}
			set(i, total)
			continue
		}
		m := jsxOpenLine.FindStringSubmatch(t)
		if m == nil || voidElements[strings.ToLower(m[1])] {
			set(i, total)
			continue
		}
		s := total
		set(i, s)
		end, selfClosing := tagEnd(lines, i, m[2] == ">")
		for j := i + 1; j <= end; j++ {
			set(j, s)
		}
		i = end
		if !selfClosing && !strings.Contains(t[len(m[0]):], "</") && len(stack) < maxJSXDepth {
			stack = append(stack, jsxLevel{name: m[1], tagIndent: ind})
		}
	}
	if !changed {
		return body
	}
	return strings.Join(lines, "\n")
}

// tagEnd finds the line that ends the opening tag starting at line i
// (closed: its first line ends it) and whether the tag closes itself.
func tagEnd(lines []string, i int, closed bool) (int, bool) {
	for j := i; j < len(lines) && j < i+50; j++ {
		t := strings.TrimSpace(lines[j])
		if j > i || closed {
			if strings.HasSuffix(t, "/>") {
				return j, true
			}
			if strings.HasSuffix(t, ">") {
				return j, false
			}
		}
		if j > i && (t == "" || strings.HasPrefix(t, "<")) { // not an attribute: the tag was no tag
			return i, true
		}
	}
	return i, true
}

// moveFence moves the fenced block opening at line i by n columns, its
// lines with it, and returns its last line.
func moveFence(lines []string, i int, marker string, n int, set func(int, int)) int {
	set(i, n)
	for j := i + 1; j < len(lines); j++ {
		set(j, n)
		t := strings.TrimSpace(lines[j])
		if strings.HasPrefix(t, marker) && strings.Trim(t, marker[:1]) == "" {
			return j
		}
	}
	return len(lines) - 1
}

// dedentColumns removes up to n columns of s's leading whitespace, a
// tab counted to the next multiple of 4; what is left of the
// indentation is written as spaces.
func dedentColumns(s string, n int) string {
	col, i := 0, 0
	for ; i < len(s) && (s[i] == ' ' || s[i] == '\t'); i++ {
		if s[i] == ' ' {
			col++
		} else {
			col += 4 - col%4
		}
	}
	if col == 0 {
		return s
	}
	return strings.Repeat(" ", max(0, col-n)) + s[i:]
}
