package library

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// phraseIndex finds whole-word phrases in text without searching the
// text once per phrase: phrases are kept by their first word. It runs on
// every heading and title at load.
type phraseIndex struct {
	byFirst   map[string][]phrase
	spaceless []phrase // phrases in scripts without spaces, found anywhere
}

// phrase is one phrase of an index, as words, and its class.
type phrase struct {
	text  string
	words []string
	class int
}

func newPhraseIndex(phrases []string) *phraseIndex {
	x := &phraseIndex{byFirst: map[string][]phrase{}}
	x.add(phrases, 1)
	return x
}

func (x *phraseIndex) add(phrases []string, class int) {
	for _, p := range phrases {
		if r, _ := utf8.DecodeRuneInString(p); r >= 0x2E80 {
			x.spaceless = append(x.spaceless, phrase{text: p, class: class})
			continue
		}
		if ws := phraseWords(p); len(ws) > 0 {
			x.byFirst[ws[0]] = append(x.byFirst[ws[0]], phrase{text: p, words: ws, class: class})
		}
	}
}

// phraseWords splits lower-case text into its words.
func phraseWords(s string) []string {
	var out []string
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start < 0 {
			return out
		}
		out = append(out, s[start:end])
		i = end
	}
}

// nextWord is the word (letters and digits) starting at or after i;
// start is -1 when there is none.
func nextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		word := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			return start, i
		}
		i += n
	}
	return start, len(s)
}

// match reports whether text (lower case) holds one of the phrases as
// whole words. It splits nothing: it runs on every heading at load.
func (x *phraseIndex) match(text string) bool { return x.best(text) > 0 }

// best is the highest class of the phrases text holds, 0 for none.
func (x *phraseIndex) best(text string) int {
	best := 0
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start < 0 {
			break
		}
		for _, p := range x.byFirst[text[start:end]] {
			if p.class > best && wordsAt(text, end, p.words[1:]) {
				best = p.class
			}
		}
		i = end
	}
	if len(x.spaceless) > 0 && !isASCII(text) {
		for _, p := range x.spaceless {
			if p.class > best && strings.Contains(text, p.text) {
				best = p.class
			}
		}
	}
	return best
}

// wordsAt reports whether the words of text after byte i are ws, in order.
func wordsAt(text string, i int, ws []string) bool {
	for _, w := range ws {
		start, end := nextWord(text, i)
		if start < 0 || text[start:end] != w {
			return false
		}
		i = end
	}
	return true
}

var (
	verdictIndex = func() *phraseIndex {
		x := &phraseIndex{byFirst: map[string][]phrase{}}
		for i, ws := range verdictWords {
			x.add(ws, len(verdictWords)-i)
		}
		return x
	}()
	reviewTitleIndex  = newPhraseIndex(reviewTitleWords)
	listingTitleIndex = newPhraseIndex(listingTitleWords)
)

// labelWords hold a word of every label phrase (pros, cons, verdict,
// alternatives), its longest, the least common: a heading with none of
// them labels nothing.
var labelWords = func() map[string]bool {
	m := map[string]bool{}
	add := func(phrases ...string) {
		for _, p := range phrases {
			longest := ""
			for _, w := range phraseWords(p) {
				if len(w) > len(longest) {
					longest = w
				}
			}
			m[longest] = true
		}
	}
	for _, set := range []wordSet{prosLabels, consLabels, prosConsLabels, alternativeLabels} {
		for p := range set {
			add(p)
		}
	}
	for _, ws := range verdictWords {
		add(ws...)
	}
	return m
}()

// mayLabel is a first look at a heading before it is cleaned and matched:
// false when it is ASCII and holds no word of labelWords. It runs on
// every heading at load (wordFilter.may).
func mayLabel(text string) bool { return labelFilter.may(text) }

// mayLabelLine is mayLabel for a line that may read "Label: …", where
// the short labels count too ("Weakness: …"), and the ones that are no
// word ("+", "-"); a line with a link or a tag is left to the full
// check, and emphasis marks inside a word ("Pro**s**") are dropped
// first, as cleaning the line drops them.
func mayLabelLine(text string) bool {
	// "+" and "-" are labels; a link or a tag may join a word ("C[ons](#c)",
	// "P<A<A>>ros") once the full check reads the line without it, as it
	// does twice over (inlineText, then labelKey): such a line goes to it.
	if strings.ContainsAny(text, "+-[<") {
		return true
	}
	if strings.ContainsAny(text, "*_`") {
		text = emphasisMarks.Replace(text)
	}
	return lineLabelFilter.may(text)
}

var emphasisMarks = strings.NewReplacer("*", "", "_", "", "`", "")

// wordFilter finds whether a text holds one of a set of ASCII words.
type wordFilter struct {
	words  map[string]bool
	shapes wordShapes
}

var (
	labelFilter     = newWordFilter(labelWords)
	lineLabelFilter = newWordFilter(labelWords, shortProsLabels, shortConsLabels)
)

// newWordFilter is the filter of the words of the sets' phrases, one
// map.
func newWordFilter(sets ...map[string]bool) *wordFilter {
	f := &wordFilter{words: map[string]bool{}}
	for _, set := range sets {
		for p := range set {
			for _, w := range phraseWords(p) {
				f.words[w] = true
				if len(w) < len(f.shapes) && isASCII(w) {
					f.shapes[len(w)][int(shapeByte[w[0]])*36+int(shapeByte[w[len(w)-1]])] = true
				}
			}
		}
	}
	return f
}

// may reports whether text is not ASCII or holds one of the filter's
// words, whole. Each byte costs a table lookup and little else: a word
// is looked at only when it ends, by its shape (length, first and last
// letter) in an array, and only a word of a shape of the filter's is
// lower-cased into a buffer and looked up; nothing is allocated.
func (f *wordFilter) may(text string) bool {
	for i := 0; i < len(text); {
		for i < len(text) && wordByte[text[i]] == 0 { // between words
			i++
		}
		start := i
		for i < len(text) && wordByte[text[i]]-1 < 0xFE { // a letter or digit: neither 0 nor 0xFF
			i++
		}
		if i < len(text) && wordByte[text[i]] == 0xFF { // not ASCII: matched in full
			return true
		}
		if n := i - start; n > 0 && n < len(f.shapes) && f.shapes[n][int(shapeByte[text[start]])*36+int(shapeByte[text[i-1]])] &&
			f.has(text[start:i]) {
			return true
		}
	}
	return false
}

// has reports whether the ASCII word w, lower-cased, is one of the
// filter's words.
func (f *wordFilter) has(w string) bool {
	var buf [24]byte
	for j := range len(w) {
		buf[j] = wordByte[w[j]]
	}
	return f.words[string(buf[:len(w)])]
}

// wordByte is an ASCII letter or digit in lower case, 0 for a byte
// that ends a word, 0xFF for a byte of a longer rune.
var wordByte = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c >= utf8.RuneSelf:
			t[c] = 0xFF
		}
	}
	return t
}()

// wordShapes is a set of words' shapes: their length and their first
// and last letters, looked up in an array before a word is looked up in
// a map.
type wordShapes [25][36 * 36]bool

// shapeByte numbers an ASCII letter (either case) or digit from 0 to 35.
var shapeByte = func() (t [256]byte) {
	for c := range 256 {
		switch l := wordByte[c]; {
		case l >= 'a' && l <= 'z':
			t[c] = l - 'a'
		case l >= '0' && l <= '9':
			t[c] = 26 + l - '0'
		}
	}
	return t
}()
