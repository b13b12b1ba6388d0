package termsafe

import (
	"bytes"
	"io"
	"strings"
	"sync"
	"unicode/utf8"
	"unsafe"
)

// Guard is folio's terminal boundary: every byte folio prints in text
// form, on standard output and standard error, by every command, goes
// through one. It passes newlines and tabs, and — only while KeepOwn is
// on (colour is on) — folio's own sequences: SGR colour and attributes,
// OSC 8 hyperlinks and the exact shapes of folio's picture sequences
// (ownSequence). Every other control character becomes its picture, as
// Text makes it, so text from an article, a page, a file name or a
// config file can never set the window title, write the clipboard, clear
// the screen or ask the terminal for a reply, whichever command prints
// it and whether or not that command cleaned it itself.
//
// A write may end inside a sequence or a rune (a bufio.Writer flushes
// every 4 KB): the unfinished tail is held back and joined to the next
// write, so a colour code cut in two still passes as colour. Flush
// writes what is held at the end.
type Guard struct {
	mu      sync.Mutex
	w       io.Writer
	keepOwn bool
	carry   []byte
}

// maxCarry bounds what a Guard holds back: an unfinished sequence longer
// than this is no sequence of folio's (a picture is sent in 4 KB chunks)
// and is written out as pictures of its bytes.
const maxCarry = 64 << 10

// NewGuard wraps w, with folio's own sequences refused until KeepOwn.
func NewGuard(w io.Writer) *Guard { return &Guard{w: w} }

// KeepOwn lets folio's own sequences through (on) or pictures them too
// (off): on when the output may carry colour.
func (g *Guard) KeepOwn(on bool) {
	g.mu.Lock()
	g.keepOwn = on
	g.mu.Unlock()
}

// Underlying is the writer g wraps, for what must reach the terminal
// itself (a terminal's size is asked of the file).
func (g *Guard) Underlying() io.Writer { return g.w }

// Write writes p made safe and reports len(p) on success.
func (g *Guard) Write(p []byte) (int, error) {
	g.mu.Lock()
	defer g.mu.Unlock()
	data := p
	if len(g.carry) > 0 {
		data = append(g.carry, p...)
		g.carry = nil
	}
	cut := g.unfinished(data)
	if cut < len(data) {
		g.carry = append([]byte(nil), data[cut:]...)
	}
	if err := g.emit(data[:cut]); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Flush writes whatever an unfinished sequence or rune held back, made
// safe.
func (g *Guard) Flush() error {
	g.mu.Lock()
	defer g.mu.Unlock()
	held := g.carry
	g.carry = nil
	return g.emit(held)
}

// emit writes b made safe. b is looked at in place, not copied: what is
// safe already, nearly everything folio prints, is written as it is (a
// copy of each write was a tenth of what a search of a common word at
// 100,000 articles allocated, for the collector to clear).
func (g *Guard) emit(b []byte) error {
	if len(b) == 0 {
		return nil
	}
	in := unsafe.String(unsafe.SliceData(b), len(b)) // not kept past this call
	var s string
	if g.keepOwn {
		s = Frame(in)
	} else {
		s = Text(in)
	}
	var err error
	if len(s) == len(in) && unsafe.StringData(s) == unsafe.StringData(in) {
		_, err = g.w.Write(b)
	} else {
		_, err = io.WriteString(g.w, s)
	}
	return err
}

// unfinished is where data's unfinished tail starts — a rune cut short,
// or, while folio's sequences pass, an ESC whose sequence has not ended —
// or len(data) when nothing is held.
func (g *Guard) unfinished(data []byte) int {
	n := len(data)
	// A rune cut short: its first byte is among the last three.
	for i := n - 1; i >= 0 && i >= n-3; i-- {
		if c := data[i]; c >= utf8.RuneSelf && c >= 0xC0 {
			if !utf8.FullRune(data[i:]) {
				n = i
			}
			break
		} else if c < utf8.RuneSelf {
			break
		}
	}
	if !g.keepOwn {
		return n
	}
	// Walk the sequences from the start: a terminator's ESC (ESC \) is
	// then never taken for the start of a new sequence.
	if bytes.IndexByte(data[:n], 0x1b) < 0 {
		return n
	}
	str := string(data[:n]) // one copy; the substrings below share it
	for i := 0; i < n; {
		j := strings.IndexByte(str[i:], 0x1b)
		if j < 0 {
			break
		}
		i += j
		switch l := seqLen(str[i:]); {
		case l > 0:
			i += l
		case l == cut && n-i <= maxCarry:
			return i
		default:
			i++
		}
	}
	return n
}
