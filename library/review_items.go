package library

import (
	"strings"
)

// isListLine reports a list item.
func isListLine(t string) bool {
	t = strings.TrimSpace(t)
	if len(t) < 2 {
		return false
	}
	switch t[0] {
	case '-', '*', '+':
		return t[1] == ' ' || t[1] == '\t'
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		_, ok := stripListMarker(t)
		return ok
	}
	return strings.HasPrefix(t, "• ")
}

// itemMarks open an item that is a pro (1) or a con (-1) by itself.
var itemMarks = map[string]int{"✅": 1, "✔": 1, "✓": 1, "👍": 1, "➕": 1, "🟢": 1, "+": 1,
	"❌": -1, "✗": -1, "✘": -1, "👎": -1, "➖": -1, "🔴": -1, "⛔": -1, "⚠️": -1, "−": -1}

// itemMark is the mark opening a list item's text, 0 for none.
func itemMark(t string) int {
	t, _ = stripListMarker(t)
	t = strings.TrimLeft(t, "*_ ")
	for mark, v := range itemMarks {
		if strings.HasPrefix(t, mark) && (len(mark) > 1 || len(t) > 1 && t[1] == ' ') {
			return v
		}
	}
	return 0
}

// markedItem reports a line that is an item by its mark alone ("✅ Light").
func markedItem(t string) bool { return itemMark(t) != 0 && len(t) < 400 }

// itemText is a list item's text, plain, without its marker or mark.
func itemText(t string) string {
	t, _ = stripListMarker(t)
	t = inlineText(t)
	for mark := range itemMarks {
		if strings.HasPrefix(t, mark) && len(mark) > 1 {
			t = strings.TrimSpace(strings.TrimPrefix(t, mark))
		}
	}
	t = strings.TrimLeft(t, "\ufe0f ")
	if r := []rune(t); len(r) > 300 {
		t = string(r[:300]) + "…"
	}
	return t
}

// splitInline splits "light, quiet; cheap" into its items when each is
// short, else keeps it whole.
func splitInline(s string) []string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '、' || r == '，' })
	for _, p := range parts {
		if len(strings.TrimSpace(p)) > 40 {
			return []string{strings.TrimSpace(s)}
		}
	}
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// stripListMarker takes a list item's marker off ("- ", "* ", "+ ",
// "• ", "1. ", "2) "), as listPattern does, without its cost: it runs on
// every line of every article at load.
func stripListMarker(t string) (string, bool) {
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t') {
		i++
	}
	j := i
	switch {
	case j < len(t) && (t[j] == '-' || t[j] == '*' || t[j] == '+'):
		j++
	case strings.HasPrefix(t[j:], "•"):
		j += len("•")
	default:
		for j < len(t) && t[j] >= '0' && t[j] <= '9' {
			j++
		}
		if j == i || j-i > 9 || j >= len(t) || t[j] != '.' && t[j] != ')' {
			return t, false
		}
		j++
	}
	k := j
	for k < len(t) && (t[k] == ' ' || t[k] == '\t') {
		k++
	}
	if k == j || k == len(t) {
		return t, false
	}
	return t[k:], true
}

// labelSep is where a label's colon is ("Rating: 4/5", "評価：4/5"), in
// the first 64 bytes; -1 for none.
func labelSep(t string) int {
	head := t[:min(len(t), 64)]
	if i := strings.IndexByte(head, ':'); i >= 0 {
		return i
	}
	if i := strings.IndexByte(head, 0xEF); i >= 0 && strings.HasPrefix(head[i:], "：") {
		return i
	}
	return -1
}

// mayBeRating is a cheap first look at a line before it is read as a
// rating: a table row or a labelled line with a digit, or stars.
func mayBeRating(t string) bool {
	if hasStarGlyph(t) {
		return true
	}
	if t[0] == '|' {
		return strings.ContainsAny(t, "/%")
	}
	sep := labelSep(t)
	if sep < 0 {
		if strings.IndexByte(t, '/') < 0 { // "Rating – 4/5": a dash joins only a fraction
			return false
		}
		for _, dash := range []string{" – ", " — ", " - "} {
			if i := strings.Index(t[:min(len(t), 64)], dash); i >= 0 {
				sep = i
				break
			}
		}
	}
	return sep >= 0 && strings.ContainsAny(t[sep:], "0123456789")
}

// isTableSeparator reports a table's separator row: "|---|:--|".
func isTableSeparator(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 3 && strings.Trim(t, "|-: ") == "" && strings.Contains(t, "-")
}

// hasStarGlyph reports ★, ☆ or ⭐ in t, looking for their lead byte
// rather than decoding every rune.
func hasStarGlyph(t string) bool {
	for i := 0; i+2 < len(t); i++ {
		j := strings.IndexByte(t[i:], 0xE2)
		if j < 0 || i+j+2 >= len(t) {
			return false
		}
		i += j
		if b1, b2 := t[i+1], t[i+2]; b1 == 0x98 && (b2 == 0x85 || b2 == 0x86) || b1 == 0xAD && b2 == 0x90 {
			return true
		}
	}
	return false
}

// endsWithColon reports "Pros:", "**Pros:**", "Pros：".
func endsWithColon(t string) bool {
	t = strings.TrimRight(t, "*_ ")
	return strings.HasSuffix(t, ":") || strings.HasSuffix(t, "：")
}
