package library

import "strings"

// FAQ titles: the headings (and bold or HTML lines) that open an FAQ
// section, in the wordings real blogs use.

// faqPhrases are the wordings besides "FAQ" and "frequently asked" that
// name an FAQ section, lower case; each must stand as whole words.
var faqPhrases = []string{
	"f.a.q", "q&a", "q & a", "q&amp;a", "q and a",
	"questions & answers", "questions and answers", "questions &amp; answers",
	"common questions", "commonly asked questions", "frequent questions",
	"questions answered", "frequently-asked",
}

// isFAQTitle reports whether a heading's text names an FAQ section:
// isFAQHeading's words, or one of faqPhrases with any words around it. A
// title that is itself a question ("Is Q&A worth it?") is not one,
// unless it says FAQ.
func isFAQTitle(s string) bool {
	if isFAQHeading(s) {
		return true
	}
	if len(s) > 160 || endsWithQuestionMark(s) {
		return false
	}
	if isForeignFAQTitle(s) {
		return true
	}
	if !strings.ContainsAny(s, "qQ") {
		return false
	}
	l := strings.ToLower(s)
	for _, p := range faqPhrases {
		if containsWords(l, p) {
			return true
		}
	}
	return false
}

// containsWords reports whether p occurs in s with no letter or digit
// just before or after it.
func containsWords(s, p string) bool {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], p)
		if i < 0 {
			return false
		}
		i += from
		e := i + len(p)
		if (i == 0 || !isAlnumByte(s[i-1])) && (e == len(s) || !isAlnumByte(s[e])) {
			return true
		}
		from = i + 1
	}
	return false
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c|0x20 >= 'a' && c|0x20 <= 'z'
}

// titleKind says what opened an FAQ section.
type titleKind int

const (
	titleHeading   titleKind = iota // a markdown heading: Article.Headings
	titleHTML                       // an HTML heading line, <h2>FAQ</h2>
	titleBold                       // a paragraph of bold text only
	titleContainer                  // a ::: container titled FAQ
)

// lineFAQTitle reads a line that is not a markdown heading as an FAQ
// title: a paragraph of bold text only, an HTML heading (level is its
// level) or a ::: container opener. The first byte is checked before
// anything else: this runs on every line.
func lineFAQTitle(s string) (title string, kind titleKind, level int, ok bool) {
	t := trimIndent(s)
	if len(t) < 4 {
		return "", 0, 0, false
	}
	switch t[0] {
	case '*', '_':
		t = strings.TrimRight(t, " \t")
		if len(t) < 4 { // "*   ": only its marker was left
			return "", 0, 0, false
		}
		last := t[len(t)-1]
		if t[1] != t[0] || (last != '*' && last != '_') {
			return "", 0, 0, false
		}
		inner := strings.Trim(t, "*_ \t")
		if inner == "" || strings.ContainsAny(inner, "*") || !isFAQTitle(inlineText(inner)) {
			return "", 0, 0, false
		}
		return inlineText(inner), titleBold, 0, true
	case '<':
		if len(t) < 4 || t[1]|0x20 != 'h' || t[2] < '1' || t[2] > '6' || (t[3] != '>' && t[3] != ' ') {
			return "", 0, 0, false
		}
		inner := inlineText(stripTags(t))
		if !isFAQTitle(inner) {
			return "", 0, 0, false
		}
		return inner, titleHTML, int(t[2] - '0'), true
	case ':':
		name, label, ok := containerOpener(t)
		if !ok {
			return "", 0, 0, false
		}
		switch {
		case label != "" && isFAQTitle(label):
			return label, titleContainer, 0, true
		case label == "" && isFAQTitle(name):
			return name, titleContainer, 0, true
		}
	}
	return "", 0, 0, false
}

// containerOpener reads a ::: container's opening line: its name and
// its title (":::note[FAQ]", ":::details Is it vegan?").
func containerOpener(t string) (name, label string, ok bool) {
	if !strings.HasPrefix(t, ":::") {
		return "", "", false
	}
	rest := strings.TrimLeft(t, ":")
	rest = strings.TrimLeft(rest, " ")
	i := 0
	for i < len(rest) && (isAlnumByte(rest[i]) || rest[i] == '-' || rest[i] == '_') {
		i++
	}
	if i == 0 {
		return "", "", false // a closing fence
	}
	name, rest = rest[:i], strings.TrimSpace(rest[i:])
	if strings.HasPrefix(rest, "[") {
		if j := strings.IndexByte(rest, ']'); j > 0 {
			rest = rest[1:j]
		}
	} else if strings.HasPrefix(rest, "{") {
		rest = ""
	}
	return name, inlineText(strings.TrimSpace(rest)), true
}

// isContainerClose reports whether a line is a ::: container's closing fence.
func isContainerClose(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 3 && strings.Trim(t, ":") == ""
}

// trimIndent drops up to three leading spaces.
func trimIndent(s string) string {
	for i := 0; i < 3 && len(s) > 0 && s[0] == ' '; i++ {
		s = s[1:]
	}
	return s
}

// stripTags removes HTML tags from a line of text.
func stripTags(s string) string {
	if strings.IndexByte(s, '<') < 0 {
		return strings.TrimSpace(s)
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 || !looksLikeTag(s[i+1:i+j]) {
			b.WriteString(s[:i+1])
			s = s[i+1:]
			continue
		}
		b.WriteString(s[:i])
		s = s[i+j+1:]
	}
	return strings.TrimSpace(b.String())
}

// looksLikeTag: the inside of <...> is an HTML tag ("p", "/dt", "br /").
func looksLikeTag(in string) bool {
	in = strings.TrimPrefix(in, "/")
	return in != "" && (in[0]|0x20 >= 'a' && in[0]|0x20 <= 'z')
}
