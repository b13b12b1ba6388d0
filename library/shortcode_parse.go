package library

import (
	"strings"
)

// parseShortcode reads the tag that opens at src[i].
func parseShortcode(src string, i int) (shortcodeTag, bool) {
	s := src[i:min(len(src), i+maxShortcodeTag)]
	if b := blankLineIn(s); b >= 0 { // a tag may span lines, not paragraphs
		s = s[:b]
	}
	if len(s) < 5 || s[0] != '{' || s[1] != '{' || (s[2] != '<' && s[2] != '%') {
		return shortcodeTag{}, false
	}
	t := shortcodeTag{delim: s[2]}
	closer := "%}}"
	if t.delim == '<' {
		closer = ">}}"
	}
	j := skipBlanks(s, 3)
	if strings.HasPrefix(s[j:], "/*") { // written as text
		k := strings.Index(s[j+2:], "*/") // after the "/*": "/*/" is no comment
		if k < 0 {
			return t, false
		}
		k += j + 2
		e := skipBlanks(s, k+2)
		if !strings.HasPrefix(s[e:], closer) {
			return t, false
		}
		t.end = i + e + 3
		t.literal = s[:3] + " " + strings.TrimSpace(s[j+2:k]) + " " + closer
		return t, true
	}
	if j < len(s) && s[j] == '/' {
		t.closing = true
		j = skipBlanks(s, j+1)
	}
	k := j
	for k < len(s) && (isAlnumByte(s[k]) || strings.IndexByte("_-./", s[k]) >= 0 || s[k] >= 0x80) {
		k++
	}
	t.name = s[j:k]
	if t.name == "" {
		return t, false
	}
	for j = k; ; {
		j = skipBlanks(s, j)
		switch {
		case j >= len(s):
			return t, false
		case strings.HasPrefix(s[j:], closer):
			t.end = i + j + 3
			return t, true
		case strings.HasPrefix(s[j:], "/"+closer):
			t.end, t.self = i+j+4, true
			return t, true
		}
		var a shortcodeArg
		if a, j = shortcodeArgAt(s, j, closer); j < 0 {
			return t, false
		}
		t.args = append(t.args, a)
	}
}

// shortcodeArgAt reads the argument at s[j]: "quoted", `raw`, bare, or
// key= any of those; it returns where it ends, -1 if s ends first.
func shortcodeArgAt(s string, j int, closer string) (shortcodeArg, int) {
	var a shortcodeArg
	k := j
	for k < len(s) && s[k] != '=' && s[k] != '"' && s[k] != '`' && s[k] != '\'' && !isBlankByte(s[k]) && !strings.HasPrefix(s[k:], closer) {
		k++
	}
	if k < len(s) && s[k] == '=' && k > j {
		a.key = s[j:k]
		j = skipBlanks(s, k+1)
	}
	if j >= len(s) {
		return a, -1
	}
	switch q := s[j]; q {
	case '"', '`', '\'':
		var b strings.Builder
		for k = j + 1; k < len(s) && s[k] != q; k++ {
			if s[k] == '\\' && q == '"' && k+1 < len(s) {
				k++
			}
			b.WriteByte(s[k])
		}
		if k >= len(s) {
			return a, -1
		}
		a.value = b.String()
		return a, k + 1
	}
	k = j
	for k < len(s) && !isBlankByte(s[k]) && !strings.HasPrefix(s[k:], closer) && !strings.HasPrefix(s[k:], "/"+closer) {
		k++
	}
	a.value = s[j:k]
	return a, k
}

// blankLineIn is the offset of the first blank line in s, or -1.
func blankLineIn(s string) int {
	for at := 0; ; {
		nl := strings.IndexByte(s[at:], '\n')
		if nl < 0 {
			return -1
		}
		at += nl + 1
		end := strings.IndexByte(s[at:], '\n')
		if end < 0 {
			end = len(s) - at
		}
		if strings.TrimSpace(s[at:at+end]) == "" {
			return at
		}
	}
}

func skipBlanks(s string, j int) int {
	for j < len(s) && isBlankByte(s[j]) {
		j++
	}
	return j
}

func isBlankByte(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
