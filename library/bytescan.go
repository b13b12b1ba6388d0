package library

import (
	"encoding/binary"
	"math/bits"
)

// Byte counting eight bytes at a time (SWAR): countWords and isBinary
// look at every byte of every article at load.

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// zeroBytes has the high bit set in each byte of x that is 0, and only
// there (no borrow runs between bytes).
func zeroBytes(x uint64) uint64 {
	return ^(((x & ^uint64(msb)) + ^uint64(msb)) | x) & msb
}

// eqBytes has the high bit set in each byte of x equal to c.
func eqBytes(x uint64, c byte) uint64 { return zeroBytes(x ^ lsb*uint64(c)) }

// ltBytes has the high bit set in each byte of x below n (1 ≤ n ≤ 128).
func ltBytes(x uint64, n byte) uint64 {
	return ^(((x & ^uint64(msb)) + lsb*uint64(0x80-n)) | x) & msb
}

// spaceBytes marks the bytes countWords takes for space: space, tab, CR, LF.
func spaceBytes(x uint64) uint64 {
	return eqBytes(x, ' ') | eqBytes(x, '\n') | eqBytes(x, '\t') | eqBytes(x, '\r')
}

// countWords counts runs of bytes other than space, tab, CR and LF.
func countWords(s string) int {
	n := 0
	prev := uint64(msb >> 56 << 56) // before the text: a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		sp := spaceBytes(binary.LittleEndian.Uint64([]byte(s[i : i+8])))
		starts := ^sp & msb & (sp<<8 | prev>>56)
		n += bits.OnesCount64(starts)
		prev = sp
	}
	in := i > 0 && prev>>63 == 0
	for ; i < len(s); i++ {
		word := !wordSpace[s[i]]
		if word && !in {
			n++
		}
		in = word
	}
	return n
}

var wordSpace = [256]bool{' ': true, '\n': true, '\t': true, '\r': true}

// controlCount counts the control bytes isBinary looks for: below space,
// other than LF, CR, tab and form feed.
func controlCount(b []byte) int {
	n := 0
	i := 0
	for ; i+8 <= len(b); i += 8 {
		x := binary.LittleEndian.Uint64(b[i:])
		lt := ltBytes(x, 0x20)
		if lt == 0 {
			continue
		}
		lt &^= eqBytes(x, '\n') | eqBytes(x, '\r') | eqBytes(x, '\t') | eqBytes(x, '\f')
		n += bits.OnesCount64(lt)
	}
	for _, c := range b[i:] {
		n += int(controlByte[c])
	}
	return n
}
