// Package termsafe makes text from articles, file names, addresses and
// config files safe to draw on a terminal. A terminal obeys the control
// characters and escape sequences it is sent: an article title holding
// "\x1b]0;…\a" would rename the terminal, "\x1b]52;c;…\a" write the
// user's clipboard, "\x1b[2J" clear the screen. folio draws such text
// only through this package, which turns every control character into a
// visible picture of it (ESC becomes ␛, BEL ␇), so no sequence from a
// file ever reaches the terminal, and the text still shows what the file
// holds.
//
// The mapping is one rune for one rune, so positions counted in runes
// (a filter's matches) stay true, and a string that needs no change is
// returned as it is, without copying.
package termsafe

import (
	"unicode"
	"unicode/utf8"
)

// Replacement stands for what has no picture of its own: C1 controls
// (U+0080–U+009F), bytes that are not UTF-8, and the bidirectional
// overrides and isolates (U+202A–U+202E, U+2066–U+2069), which could make
// a title or name read differently from what it is; and, in one-line
// text, the invisible characters that could disguise one (invisible).
const Replacement = '\uFFFD'

// mode says which whitespace controls a kind of text keeps.
type mode uint8

const (
	line     mode = iota // one line: tab, newline and CR become spaces
	text                 // lines of text: tab and newline kept, CR shown
	markdown             // markdown: tab and newline kept, CR a line end
)

// String makes a one-line string safe: a title, an author, a tag, a
// heading, a file name, an address. Tabs, newlines, carriage returns
// and the line and paragraph separators become spaces; every other
// control character its picture; an invisible character that could make
// two titles look the same (zero-width space, joiners, direction marks,
// word joiner, byte-order mark) Replacement, unless letters of a script
// that uses it stand on both its sides (see invisible).
func String(s string) string { return clean(s, line) }

// Text makes text of several lines safe: an FAQ answer, an error
// message. Tabs and newlines are kept; every other control character,
// the carriage return included (it would let a line overwrite itself),
// becomes its picture.
func Text(s string) string { return clean(s, text) }

// Markdown makes an article's markdown safe before it is rendered: as
// Text, but a carriage return is a line end, as CommonMark reads it
// ("\r\n" and a lone "\r" both become "\n").
func Markdown(s string) string { return clean(s, markdown) }

// Safe reports whether String would return s unchanged.
func Safe(s string) bool { return firstUnsafe(s, line) < 0 }

// picture is the visible form of control rune r, and whether r is one.
func picture(r rune, m mode) (rune, bool) {
	switch {
	case r == '\t' || r == '\n':
		if m == line {
			return ' ', true
		}
		return r, false
	case r == '\r':
		if m == line {
			return ' ', true
		}
		return '\u240D', true // ␍ (markdown handles it before this)
	case r < 0x20:
		return 0x2400 + r, true // ␀ … ␟: ESC is ␛, BEL ␇
	case r == 0x7F:
		return '\u2421', true // ␡
	case r >= 0x80 && r <= 0x9F, r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069:
		return Replacement, true
	case m == line && (r == 0x2028 || r == 0x2029):
		return ' ', true
	}
	return r, false
}

// invisible reports a character that takes no room and shows nothing:
// the zero-width space, non-joiner and joiner (U+200B–U+200D), the
// direction marks (U+200E, U+200F, U+061C), the word joiner and the
// invisible operators (U+2060–U+2064), the Mongolian vowel separator
// (U+180E) and the byte-order mark (U+FEFF). Scripts use some of them
// inside words (the non-joiner in Persian, the joiner in emoji
// sequences, the zero-width space in Thai), but beside ASCII, at either
// end or beside a space they only hide: "pay\u200bpal" looks like
// "paypal". In one-line text such a one is shown as Replacement
// (disguises).
func invisible(r rune) bool {
	return r >= 0x200B && r <= 0x200F || r >= 0x2060 && r <= 0x2064 || r == 0xFEFF || r == 0x061C || r == 0x180E
}

// disguises reports that the invisible character at s[i:i+n] does not
// stand between two characters of a script (non-ASCII, not a space, not
// invisible itself), so that it can only hide.
func disguises(s string, i, n int) bool {
	prev, _ := utf8.DecodeLastRuneInString(s[:i])
	next, _ := utf8.DecodeRuneInString(s[i+n:])
	return !inScript(prev) || !inScript(next)
}

// inScript: r is a character of a script, and stays one when cleaned (a
// direction override beside it becomes Replacement, which is none: the
// invisible character would then hide, "\u202d\u200f" cleaned again).
func inScript(r rune) bool {
	if r < 0x80 || r == utf8.RuneError || invisible(r) || unicode.IsSpace(r) || unicode.IsControl(r) {
		return false
	}
	_, replaced := picture(r, line)
	return !replaced
}

// firstUnsafe is the byte offset of the first rune clean would change,
// or -1.
func firstUnsafe(s string, m mode) int { return firstBad(s, m, false) }

// firstBad is the byte offset of the first rune picture would change in
// mode m, or of a byte that is not UTF-8, or -1. With own, an escape
// sequence folio makes itself (ownSequence: SGR, OSC 8) is let through:
// Frame's check.
func firstBad(s string, m mode, own bool) int {
	for i := 0; i < len(s); {
		for i+8 <= len(s) && printable8(s[i:i+8]) {
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c >= 0x20 && c < 0x7F {
			i++
			continue
		}
		if own && c == 0x1b {
			n := ownSequence(s[i:])
			if n == 0 {
				return i
			}
			i += n
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && n == 1 {
				return i
			}
		}
		if _, bad := picture(r, m); bad || m == line && invisible(r) && disguises(s, i, n) {
			return i
		}
		i += n
	}
	return -1
}

// printable8 reports whether each of the 8 bytes of s is printable
// ASCII (0x20 to 0x7E), which no mode changes, looked at as one word: a
// search's output is mostly such text, and a byte at a time it took 5%
// of the CPU of a common word's search at 100,000 articles. A borrow or
// carry between bytes happens only beside a byte that is not printable,
// so the answer is never true wrongly; false sends firstBad to look at
// the bytes one by one.
func printable8(s string) bool {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
	// below 0x20: borrows into its top bit; 0x7F: carries into it; 0x80 and up: has it
	return ((w-0x20*ones)|(w+ones)|w)&high == 0
}

func clean(s string, m mode) string {
	first := firstUnsafe(s, m)
	if first < 0 {
		return s
	}
	b := make([]byte, 0, len(s)+len(s)/8+8)
	b = append(b, s[:first]...)
	for i := first; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			r = Replacement
		case m == markdown && r == '\r':
			r = '\n'
			if i+1 < len(s) && s[i+1] == '\n' {
				n++ // "\r\n" is one line end
			}
		case m == line && invisible(r) && disguises(s, i, n):
			r = Replacement
		default:
			r, _ = picture(r, m)
		}
		b = utf8.AppendRune(b, r)
		i += n
	}
	return string(b)
}
