package termsafe

import (
	"strings"
	"unicode/utf8"
)

// The escape sequences folio makes itself, and the only ones its output
// may carry: SGR (colour and attributes), OSC 8 hyperlinks, and its
// pictures in the exact shapes ui/render/picture writes them — the kitty
// graphics protocol with the picture's data in the sequence (never a file
// the terminal would read: no t= key), iTerm2's inline image (inline=1:
// never a download), and a DEC sixel image. Each is parsed strictly: one
// byte out of its grammar and it is not folio's.

// cut is seqLen's answer for a string that is, so far, the start of one
// of folio's sequences, but ends before the sequence does.
const cut = -1

// seqLen is the length of the sequence of folio's own s starts with (s
// starts with ESC), 0 when s starts with anything else, or cut when s is
// an unfinished start of one.
func seqLen(s string) int {
	if len(s) < 2 {
		return cut
	}
	switch s[1] {
	case '[':
		return sgrLen(s)
	case ']':
		if n := literal(s, "\x1b]8;"); n != 0 {
			return then(n, s, osc8Len)
		}
		return then(literal(s, "\x1b]1337;File=inline=1;"), s, itermLen)
	case '_':
		return then(literal(s, "\x1b_G"), s, kittyLen)
	case 'P':
		return sixelLen(s)
	}
	return 0
}

// literal is len(lit) when s starts with lit, cut when s is a shorter
// start of lit, else 0.
func literal(s, lit string) int {
	if strings.HasPrefix(s, lit) {
		return len(lit)
	}
	if len(s) < len(lit) && strings.HasPrefix(lit, s) {
		return cut
	}
	return 0
}

// then runs rest from n when literal matched.
func then(n int, s string, rest func(s string, i int) int) int {
	if n <= 0 {
		return n
	}
	return rest(s, n)
}

// sgrLen: ESC [ digits ; : m.
func sgrLen(s string) int {
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9', c == ';', c == ':':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return cut
}

// osc8Len: ESC ] 8 ; params ; URI, ended by BEL or ESC \, the URI and
// params printable.
func osc8Len(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == 0x07:
			return i + 1
		case c == 0x1b:
			return st(s, i)
		case c < 0x20 || c == 0x7f:
			return 0
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(s[i:])
			if !utf8.FullRuneInString(s[i:]) {
				return cut
			}
			if _, bad := picture(r, line); bad || r == utf8.RuneError && n == 1 {
				return 0
			}
			i += n
			continue
		}
		i++
	}
	return cut
}

// st is the length up to the string terminator ESC \ at s[i], or 0.
func st(s string, i int) int {
	if i+1 >= len(s) {
		return cut
	}
	if s[i+1] == '\\' {
		return i + 2
	}
	return 0
}

// itermLen: after "ESC ] 1337;File=inline=1;", parameters of letters,
// digits, = and ;, a colon, base64 data, then BEL or ESC \.
func itermLen(s string, i int) int {
	for ; i < len(s) && s[i] != ':'; i++ {
		if !isAlnum(s[i]) && s[i] != '=' && s[i] != ';' {
			return 0
		}
	}
	if i >= len(s) {
		return cut
	}
	return base64Then(s, i+1, true)
}

// kittyLen: after "ESC _ G", key=value pairs separated by commas, only
// the keys folio sends (a=T, f=100, q=2, C=1, c, r, m as numbers), then ;,
// base64 data and ESC \.
func kittyLen(s string, i int) int {
	start := i
	for ; i < len(s) && s[i] != ';'; i++ {
		if !isAlnum(s[i]) && s[i] != '=' && s[i] != ',' {
			return 0
		}
	}
	if i >= len(s) {
		return cut
	}
	for _, kv := range strings.Split(s[start:i], ",") {
		if !kittyParam(kv) {
			return 0
		}
	}
	return base64Then(s, i+1, false)
}

func kittyParam(kv string) bool {
	k, v, ok := strings.Cut(kv, "=")
	if !ok || v == "" {
		return false
	}
	switch k {
	case "a":
		return v == "T"
	case "f":
		return v == "100"
	case "q":
		return v == "2"
	case "C":
		return v == "1"
	case "c", "r", "m":
		return strings.Trim(v, "0123456789") == ""
	}
	return false
}

// base64Then: base64 data from s[i], then ESC \ (or BEL where bel).
func base64Then(s string, i int, bel bool) int {
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case isAlnum(c), c == '+', c == '/', c == '=':
		case c == 0x07 && bel:
			return i + 1
		case c == 0x1b:
			return st(s, i)
		default:
			return 0
		}
	}
	return cut
}

// sixelLen: ESC P, numeric parameters, q, then sixel data — the sixel
// characters ? to ~, and the controls # ! " $ - with digits and ; —
// ended by ESC \.
func sixelLen(s string) int {
	i := 2
	for ; i < len(s) && s[i] != 'q'; i++ {
		if (s[i] < '0' || s[i] > '9') && s[i] != ';' {
			return 0
		}
	}
	if i >= len(s) {
		return cut
	}
	for i++; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '?' && c <= '~', c >= '0' && c <= '9':
		case c == '#', c == '!', c == '"', c == '$', c == '-', c == ';':
		case c == 0x1b:
			return st(s, i)
		default:
			return 0
		}
	}
	return cut
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
