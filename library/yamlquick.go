package library

import (
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/folio-reader/folio/internal/lazyre"
)

// quickYAML decodes the YAML nearly all frontmatter is written in — one
// "key: value" a line; values plain or quoted scalars on one line, [flow]
// lists of scalars or "- item" lists — into what yaml.v2 would give for a
// map[string]any, without yaml.v2's reflection and garbage. It reports
// false for anything else (nested maps, block scalars, anchors, tags,
// escapes, values over several lines, tabs, duplicate keys…), which
// yaml.v2 then decodes; FuzzQuickYAML checks the two agree.
//
// Measured (go test ./library -bench FrontmatterYAML -count 6, benchstat;
// 2026-12-03, 2 CPUs shared with other jobs, so ± 30–70%): the
// frontmatter of 1,000 synthetic articles takes 7.9 ms here and 36 ms
// with yaml.v2 alone, about 0.3 s of CPU more at 10,000 articles: on 2
// CPUs most of a cold Load's 192 ms again (README § Bench). It stays.
func quickYAML(src string) (map[string]any, bool) {
	if !yamlPrintable(src) {
		return nil, false
	}
	m := make(map[string]any, 8)
	pos := 0
	for pos < len(src) {
		line, next := cutLine(src, pos)
		pos = next
		if isBlankOrComment(line) {
			continue
		}
		if line[0] == ' ' || strings.HasPrefix(line, "---") || strings.HasPrefix(line, "...") {
			return nil, false // nested, continued or a document marker
		}
		// A key: letters, digits, - and _, as YAML's simple keys (at most
		// 1024 characters) that resolve to strings.
		k := 0
		for k < len(line) && isKeyByte(line[k]) {
			k++
		}
		if k == 0 || k > 1000 || !isLetter(line[0]) || k == len(line) || line[k] != ':' || (k+1 < len(line) && line[k+1] != ' ') {
			return nil, false
		}
		key := line[:k]
		if specialKey(key) {
			return nil, false
		}
		if _, dup := m[key]; dup {
			return nil, false
		}
		rest := strings.TrimLeft(line[k+1:], " ")
		if rest != "" && rest[0] != '#' {
			v, ok := yamlValue(rest)
			if !ok {
				return nil, false
			}
			m[key] = v
			continue
		}
		// An empty value: a block list may follow, else it is null.
		var items []any
		indent := -1
		for pos < len(src) {
			line, next := cutLine(src, pos)
			if isBlankOrComment(line) {
				pos = next
				continue
			}
			n := 0
			for n < len(line) && line[n] == ' ' {
				n++
			}
			t := line[n:]
			if !strings.HasPrefix(t, "- ") {
				if n == 0 && t != "-" {
					break // the next key
				}
				return nil, false
			}
			if indent < 0 {
				indent = n
			} else if n != indent {
				return nil, false
			}
			item := strings.TrimLeft(t[2:], " ")
			if item == "" || item[0] == '[' {
				return nil, false
			}
			v, ok := yamlValue(item)
			if !ok {
				return nil, false
			}
			items = append(items, v)
			pos = next
		}
		if items == nil {
			m[key] = nil
		} else {
			m[key] = items
		}
	}
	return m, true
}

// yamlValue reads a one-line value in block context: a quoted scalar, a
// flow list or a plain scalar, with an optional trailing comment.
func yamlValue(s string) (any, bool) {
	switch s[0] {
	case '"', '\'':
		v, n, ok := quotedScalar(s)
		if !ok || !onlyComment(s[n:]) {
			return nil, false
		}
		return v, true
	case '[':
		return flowList(s)
	}
	if isIndicator(s[0]) && !(s[0] == '-' && len(s) > 1 && s[1] != ' ') {
		return nil, false
	}
	if i := strings.Index(s, " #"); i >= 0 {
		s = s[:i]
	}
	s = strings.TrimRight(s, " ")
	if strings.Contains(s, ": ") || strings.HasSuffix(s, ":") {
		return nil, false
	}
	return resolvePlain(s)
}

// quotedScalar reads a single- or double-quoted scalar that closes on the
// line; a double-quoted one must have no escapes. n is the length read.
func quotedScalar(s string) (v string, n int, ok bool) {
	q := s[0]
	if q == '"' {
		end := strings.IndexByte(s[1:], '"')
		if end < 0 || strings.IndexByte(s[1:1+end], '\\') >= 0 {
			return "", 0, false
		}
		return s[1 : 1+end], end + 2, true
	}
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			return singleQuoted(s)
		}
		return s[1:i], i + 1, true
	}
	return "", 0, false
}

// singleQuoted reads a single-quoted scalar in which a doubled quote
// stands for one.
func singleQuoted(s string) (v string, n int, ok bool) {
	var b strings.Builder
	for i := 1; i < len(s); i++ {
		if s[i] != '\'' {
			b.WriteByte(s[i])
			continue
		}
		if i+1 < len(s) && s[i+1] == '\'' {
			b.WriteByte('\'')
			i++
			continue
		}
		return b.String(), i + 1, true
	}
	return "", 0, false
}

// flowList reads "[a, 'b', "c"]" on one line: scalars only.
func flowList(s string) (any, bool) {
	items := []any{}
	i := 1
	for {
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i == len(s) {
			return nil, false
		}
		if s[i] == ']' && len(items) == 0 {
			i++
			break
		}
		var v any
		switch s[i] {
		case '"', '\'':
			str, n, ok := quotedScalar(s[i:])
			if !ok {
				return nil, false
			}
			v, i = str, i+n
			for i < len(s) && s[i] == ' ' {
				i++
			}
		default:
			if isIndicator(s[i]) && !(s[i] == '-' && i+1 < len(s) && s[i+1] != ' ' && s[i+1] != ',' && s[i+1] != ']') {
				return nil, false
			}
			start := i
			for i < len(s) && s[i] != ',' && s[i] != ']' {
				switch s[i] {
				case '[', '{', '}', ':', '#', '?', '"', '\'':
					return nil, false
				}
				i++
			}
			var ok bool
			if v, ok = resolvePlain(strings.TrimRight(s[start:i], " ")); !ok {
				return nil, false
			}
		}
		items = append(items, v)
		if i == len(s) {
			return nil, false
		}
		if s[i] == ']' {
			i++
			break
		}
		if s[i] != ',' {
			return nil, false
		}
		i++
		for i < len(s) && s[i] == ' ' {
			i++
		}
		if i < len(s) && s[i] == ']' {
			return nil, false // a trailing comma
		}
	}
	if !onlyComment(s[i:]) {
		return nil, false
	}
	return items, true
}

// onlyComment: nothing, spaces, or spaces then a # comment.
func onlyComment(s string) bool {
	t := strings.TrimLeft(s, " ")
	return t == "" || (t[0] == '#' && len(t) < len(s))
}

// yamlSpecial are the plain scalars yaml.v2 (YAML 1.1) reads as other
// than strings by their spelling alone.
var yamlSpecial = map[string]any{
	"y": true, "Y": true, "yes": true, "Yes": true, "YES": true,
	"true": true, "True": true, "TRUE": true, "on": true, "On": true, "ON": true,
	"n": false, "N": false, "no": false, "No": false, "NO": false,
	"false": false, "False": false, "FALSE": false, "off": false, "Off": false, "OFF": false,
	"~": nil, "null": nil, "Null": nil, "NULL": nil,
	".nan": math.NaN(), ".NaN": math.NaN(), ".NAN": math.NaN(),
	".inf": math.Inf(1), ".Inf": math.Inf(1), ".INF": math.Inf(1),
	"+.inf": math.Inf(1), "+.Inf": math.Inf(1), "+.INF": math.Inf(1),
	"-.inf": math.Inf(-1), "-.Inf": math.Inf(-1), "-.INF": math.Inf(-1),
}

var yamlStyleFloat = lazyre.New(`^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$`)

// resolvePlain gives a plain scalar the type yaml.v2's resolve gives it
// when decoding into an interface (timestamps stay strings there).
func resolvePlain(in string) (any, bool) {
	if in == "" || in == "<<" {
		return nil, false
	}
	if v, ok := yamlSpecial[in]; ok {
		if f, isFloat := v.(float64); isFloat {
			return f, true // a fresh NaN each time is still NaN
		}
		return v, true
	}
	switch c := in[0]; {
	case c == '.':
		if f, err := strconv.ParseFloat(in, 64); err == nil {
			return f, true
		}
	case c == '+' || c == '-' || (c >= '0' && c <= '9'):
		if len(in) > 4 && in[4] == '-' && isDigits(in[:4]) {
			return in, true // a date: a timestamp, which stays a string
		}
		plain := strings.ReplaceAll(in, "_", "")
		if n, err := strconv.ParseInt(plain, 0, 64); err == nil {
			if n == int64(int(n)) {
				return int(n), true
			}
			return n, true
		}
		if n, err := strconv.ParseUint(plain, 0, 64); err == nil {
			return n, true
		}
		if yamlStyleFloat.MatchString(plain) {
			if f, err := strconv.ParseFloat(plain, 64); err == nil {
				return f, true
			}
		}
		if strings.HasPrefix(plain, "0b") || strings.HasPrefix(plain, "-0b") {
			return nil, false // binary literals: leave them to yaml.v2
		}
	}
	return in, true
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// specialKey: a key yaml.v2 would not read as a plain string.
func specialKey(k string) bool {
	switch strings.ToLower(k) {
	case "y", "n", "yes", "no", "on", "off", "true", "false", "null":
		return true
	}
	return false
}

func isKeyByte(c byte) bool {
	return isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '-'
}

func isLetter(c byte) bool { return (c|0x20) >= 'a' && (c|0x20) <= 'z' }

// isIndicator: a character that gives a value starting with it a YAML
// meaning other than a plain scalar, or that quickYAML leaves to yaml.v2.
func isIndicator(c byte) bool {
	return strings.IndexByte("-?:,[]{}#&*!|>'\"%@`<", c) >= 0
}

func isBlankOrComment(line string) bool {
	t := strings.TrimLeft(line, " ")
	return t == "" || t[0] == '#'
}

// cutLine returns the line starting at pos, without its newline, and
// where the next one starts.
func cutLine(s string, pos int) (line string, next int) {
	if i := strings.IndexByte(s[pos:], '\n'); i >= 0 {
		return s[pos : pos+i], pos + i + 1
	}
	return s[pos:], len(s)
}

// yamlPrintable reports whether every character is one yaml.v2 reads as
// printable text (newline, printable ASCII, and the BMP outside controls,
// surrogates, line separators and the byte-order mark); tabs and
// carriage returns are left to yaml.v2.
func yamlPrintable(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c != '\n' && (c < 0x20 || c > 0x7e) {
				return false
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == utf8.RuneError && n == 1) || r < 0xa0 || (r >= 0xd800 && r < 0xe000) || r > 0xfffd || r == 0xfeff || r == 0x2028 || r == 0x2029 {
			return false
		}
		i += n
	}
	return true
}
