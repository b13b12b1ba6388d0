package render

import (
	"strings"
	"unicode/utf8"

	"github.com/folio-reader/folio/library"
)

// glamour wraps paragraphs with reflow's wordwrap, which measures the
// word it is building again at every rune: a word of n bytes costs n²/2.
// An 80 KB base64 image or an 80 KB run of letters took 17–19 s to
// render at 80 columns, and a crafted line of bracket soup minutes.
// Before rendering, tameLongWords shortens data: addresses (a picture's
// bytes are never worth showing as text) and breaks what is still too
// long into pieces of maxWord bytes. Both are far past any width folio
// renders at (300 columns), so ordinary text is left exactly as it is.
//
// Words up to maxWord bytes still cost up to maxWord/2 measures a byte
// (a megabyte of 500-byte words took 6 s): what wrapping a word costs,
// its length squared, is counted in the render budget (lineCost), past
// which the article is shown as written, so their text is never
// changed to bound the time.
const (
	maxWord    = 512
	maxDataURI = 48
	shortWord  = 64 // a word no longer wraps at a cost worth counting
	wideWord   = 4096
)

// tameLongWords returns md with its long words tamed, outside fenced
// code blocks.
func tameLongWords(md string) string {
	if !hasWordOver(md, maxWord) {
		return md
	}
	lines := strings.Split(md, "\n")
	code := library.CodeLines(md)
	lim := wordSize(lines, code)
	if lim.none() {
		return md
	}
	for i, l := range lines {
		if i < len(code) && code[i] || !lim.over(l) || isDelimiterRow(l) {
			continue
		}
		lines[i] = breakWords(shortenAddresses(shortenDataURIs(l)), lim)
	}
	return strings.Join(lines, "\n")
}

// wordLimits are the most bytes a word may keep (0: any): word for a
// run of spaced text, wide for a run holding a character of three bytes
// or more. Chinese, Japanese, Thai or Khmer are written without spaces,
// so a whole paragraph of them is one run, and a break put in it shows
// as a space: such runs are broken only past wideWord.
type wordLimits struct{ word, wide int }

func (w wordLimits) none() bool { return w.word == 0 && w.wide == 0 }

// over reports whether l has a run longer than its limit.
func (w wordLimits) over(l string) bool {
	return hasWordOver(l, w.least())
}

func (w wordLimits) least() int {
	switch {
	case w.word == 0:
		return w.wide
	case w.wide == 0:
		return w.word
	}
	return min(w.word, w.wide)
}

// limit is the most bytes of a run, wide or not.
func (w wordLimits) limit(wide bool) int {
	n := w.word
	if wide {
		n = w.wide
	}
	if n == 0 {
		return int(^uint(0) >> 1)
	}
	return n
}

// wordSize is the most bytes a word of md (its lines, and which are
// code) may keep: maxWord, and for runs of unspaced scripts wideWord;
// 0 when no word needs breaking.
func wordSize(lines []string, code []bool) wordLimits {
	longest, wideLongest := 0, 0
	for i, l := range lines {
		if i < len(code) && code[i] || isDelimiterRow(l) {
			continue
		}
		run, wide := 0, false
		for j := 0; j <= len(l); j++ {
			if j < len(l) && !isSpace(l[j]) {
				run++
				wide = wide || l[j] >= 0xE0
				continue
			}
			if wide {
				wideLongest = max(wideLongest, run)
			} else {
				longest = max(longest, run)
			}
			run, wide = 0, false
		}
	}
	var lim wordLimits
	if longest > maxWord {
		lim.word = maxWord
	}
	if wideLongest > wideWord {
		lim.wide = wideWord
	}
	return lim
}

// isDelimiterRow reports a table's delimiter row (|---|:--:|): a wide
// table's may run past maxWord, and it is no word glamour wraps.
func isDelimiterRow(l string) bool {
	t := strings.TrimSpace(l)
	if !strings.Contains(t, "-") {
		return false
	}
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '|', '-', ':', ' ', '\t':
		default:
			return false
		}
	}
	return true
}

// hasWordOver reports whether s has more than n bytes without a space.
func hasWordOver(s string, n int) bool {
	run := 0
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			run = 0
		} else if run++; run > n {
			return true
		}
	}
	return false
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// shortenDataURIs cuts each long "data:" address to its media type and
// an ellipsis: "data:image/png;base64,…".
func shortenDataURIs(l string) string {
	var b strings.Builder
	for {
		i := strings.Index(l, "data:")
		if i < 0 {
			break
		}
		end := i
		for end < len(l) && !isSpace(l[end]) && l[end] != ')' && l[end] != '"' && l[end] != '\'' && l[end] != '>' {
			end++
		}
		b.WriteString(l[:i])
		uri := l[i:end]
		if len(uri) > maxDataURI {
			if comma := strings.IndexByte(uri, ','); comma >= 0 && comma < maxDataURI {
				uri = uri[:comma+1]
			} else {
				uri = uri[:maxDataURI]
				for !utf8.ValidString(uri) {
					uri = uri[:len(uri)-1]
				}
			}
			uri += "…"
		}
		b.WriteString(uri)
		l = l[end:]
	}
	b.WriteString(l)
	return b.String()
}

// maxShownAddress is how much of a link's long address is shown after
// its text: a playground's 600 bytes of state say nothing to a reader.
const maxShownAddress = 80

// shortenAddresses cuts a link's address to its start and an ellipsis
// when the word holding it ("Playground](address)") is longer than
// maxWord, so the link stays a link: broken into pieces by breakWords,
// "[text](address)" would show as written. The word is what counts, not
// the address alone: a 505-byte address after "Playground](" is still
// broken.
func shortenAddresses(l string) string {
	var b strings.Builder
	run := 0 // the bytes of the word written so far, before l
	for {
		i := strings.Index(l, "](")
		if i < 0 {
			break
		}
		start := i + 2
		end := start
		for end < len(l) && !isSpace(l[end]) && l[end] != ')' {
			end++
		}
		before := start // the word's bytes before the address
		for before > 0 && !isSpace(l[before-1]) {
			before--
		}
		if before == 0 {
			before = start + run
		} else {
			before = start - before
		}
		b.WriteString(l[:start])
		addr := l[start:end]
		if before+len(addr)+1 > maxWord && len(addr) > maxShownAddress {
			addr = addr[:maxShownAddress]
			for !utf8.ValidString(addr) {
				addr = addr[:len(addr)-1]
			}
			addr += "…"
		}
		b.WriteString(addr)
		run = before + len(addr)
		l = l[end:]
	}
	b.WriteString(l)
	return b.String()
}

// breakWords puts a space after every n bytes of a word, at a rune
// boundary.
func breakWords(l string, lim wordLimits) string {
	if !lim.over(l) {
		return l
	}
	var b strings.Builder
	b.Grow(len(l) + len(l)/lim.least())
	run, wide := 0, false
	for i := 0; i < len(l); {
		_, k := utf8.DecodeRuneInString(l[i:])
		if k == 1 && isSpace(l[i]) {
			run, wide = 0, false
		} else {
			wide = wide || l[i] >= 0xE0 // as wordSize counts it, valid or not
			if run+k > lim.limit(wide) {
				b.WriteByte(' ')
				run = 0 // wide still: the run is one, as wordSize counted it
			}
			run += k
		}
		b.WriteString(l[i : i+k]) // the bytes as they are, valid or not
		i += k
	}
	return b.String()
}
