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
// Pieces of maxWord bytes still cost maxWord/2 measures a byte: a 5 MB
// word took 6 s, a megabyte of 500-byte words as long. So the words of
// a piece of markdown longer than shortWord bytes have a budget, their
// cost (the sum of their squared lengths) at most wordBudget times the
// piece's length (or pieceSize, for a short one), which an article with
// a long address every kilobyte is below; past it every such word is broken every
// shortWord bytes, a few cells short of an 80-column line: rendering is
// then linear in the length whatever the words.
const (
	maxWord    = 512
	maxDataURI = 48
	shortWord  = 64
	wordBudget = 64
)

// tameLongWords returns md with its long words tamed, outside fenced
// code blocks.
func tameLongWords(md string) string {
	if !hasWordOver(md, shortWord) {
		return md
	}
	lines := strings.Split(md, "\n")
	code := library.CodeLines(md)
	size := wordSize(lines, code, len(md))
	if size == 0 {
		return md
	}
	for i, l := range lines {
		if i < len(code) && code[i] || !hasWordOver(l, size) || isDelimiterRow(l) {
			continue
		}
		lines[i] = breakWords(shortenAddresses(shortenDataURIs(l)), size)
	}
	return strings.Join(lines, "\n")
}

// wordSize is the most bytes a word of md (its lines, and which are
// code) may keep: maxWord, or shortWord when its long words outside
// code are past their budget; 0 when no word needs breaking.
func wordSize(lines []string, code []bool, n int) int {
	cost, longest := 0, 0
	for i, l := range lines {
		if i < len(code) && code[i] || isDelimiterRow(l) {
			continue
		}
		run := 0
		for j := 0; j <= len(l); j++ {
			if j < len(l) && !isSpace(l[j]) {
				run++
				continue
			}
			if run > shortWord {
				cost += run * run
				longest = max(longest, run)
			}
			run = 0
		}
	}
	switch {
	case cost > wordBudget*max(n, pieceSize):
		return shortWord
	case longest > maxWord:
		return maxWord
	}
	return 0
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

// shortenAddresses cuts each link address longer than maxWord to its
// start and an ellipsis, so the link stays a link: broken into pieces,
// "[text](address)" would show as written.
func shortenAddresses(l string) string {
	var b strings.Builder
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
		b.WriteString(l[:start])
		addr := l[start:end]
		if len(addr) > maxWord {
			addr = addr[:maxShownAddress]
			for !utf8.ValidString(addr) {
				addr = addr[:len(addr)-1]
			}
			addr += "…"
		}
		b.WriteString(addr)
		l = l[end:]
	}
	b.WriteString(l)
	return b.String()
}

// breakWords puts a space after every n bytes of a word, at a rune
// boundary.
func breakWords(l string, n int) string {
	if !hasWordOver(l, n) {
		return l
	}
	var b strings.Builder
	b.Grow(len(l) + len(l)/n)
	run := 0
	for i := 0; i < len(l); {
		_, k := utf8.DecodeRuneInString(l[i:])
		if k == 1 && isSpace(l[i]) {
			run = 0
		} else if run+k > n {
			b.WriteByte(' ')
			run = 0
		}
		if !(k == 1 && isSpace(l[i])) {
			run += k
		}
		b.WriteString(l[i : i+k]) // the bytes as they are, valid or not
		i += k
	}
	return b.String()
}
