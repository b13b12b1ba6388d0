package library

import (
	"encoding/binary"
	"time"
	"unsafe"
)

// The index codec: an encoder appends values to a buffer and a decoder
// reads them back. Both are driven by one coder, whose methods take a
// pointer to each field and either write it or fill it in, so that the
// list of an article's fields (index_fields.go) is written once and the
// two directions cannot disagree.

// coder encodes from, or decodes into, the values its methods are given.
type coder struct {
	dec bool // decoding: d reads; else e writes
	e   encoder
	d   decoder
}

func (c *coder) str(p *string) {
	if c.dec {
		*p = c.d.str()
	} else {
		c.e.str(*p)
	}
}

// int codes a non-negative int, or -1 as some indexes are.
func (c *coder) int(p *int) {
	if c.dec {
		*p = c.d.int()
	} else {
		c.e.int(*p)
	}
}

func (c *coder) bool(p *bool) {
	if c.dec {
		switch c.d.byte() {
		case 0:
			*p = false
		case 1:
			*p = true
		default:
			c.d.bad = true
		}
		return
	}
	var b byte
	if *p {
		b = 1
	}
	c.e.byte(b)
}

func (c *coder) time(p *time.Time) {
	if c.dec {
		*p = c.d.time()
	} else {
		c.e.time(*p)
	}
}

func (c *coder) strs(p *[]string) {
	if c.dec {
		*p = c.d.strs()
	} else {
		c.e.strs(*p)
	}
}

// codeList codes a list: its length (nil kept apart from empty), then
// each element with each. Decoded lists are carved from slab, or made
// when slab is nil.
func codeList[T any](c *coder, p *[]T, slab *slab[T], each func(*coder, *T)) {
	if !c.dec {
		c.e.count(len(*p), *p == nil)
		for i := range *p {
			each(c, &(*p)[i])
		}
		return
	}
	n, isNil := c.d.count()
	if isNil {
		*p = nil
		return
	}
	if slab != nil {
		*p = slab.make(n)
	} else {
		*p = make([]T, n)
	}
	for i := range *p {
		each(c, &(*p)[i])
		if c.d.bad {
			return
		}
	}
}

// encoder appends the encoding decoder reads.
type encoder struct {
	buf  []byte
	body string // the body of the article being written
	slug string // its slug as parsed (see coder.slug)
}

func (e *encoder) uvarint(v uint64) { e.buf = binary.AppendUvarint(e.buf, v) }
func (e *encoder) varint(v int64)   { e.buf = binary.AppendVarint(e.buf, v) }
func (e *encoder) int(v int)        { e.varint(int64(v)) }
func (e *encoder) byte(b byte)      { e.buf = append(e.buf, b) }

// str writes a string: its length times two, plus one when it is part
// of the body, then its offset in the body or its bytes.
func (e *encoder) str(s string) {
	if off, ok := offsetIn(e.body, s); ok {
		e.uvarint(uint64(len(s))<<1 | 1)
		e.uvarint(uint64(off))
		return
	}
	e.uvarint(uint64(len(s)) << 1)
	e.buf = append(e.buf, s...)
}

// offsetIn returns where s lies in body when it shares body's memory.
func offsetIn(body, s string) (int, bool) {
	if len(s) == 0 || len(body) == 0 {
		return 0, false
	}
	b, p := uintptr(unsafe.Pointer(unsafe.StringData(body))), uintptr(unsafe.Pointer(unsafe.StringData(s)))
	if p < b || p+uintptr(len(s)) > b+uintptr(len(body)) {
		return 0, false
	}
	return int(p - b), true
}

// count writes the length of a list as length+1, 0 for nil.
func (e *encoder) count(n int, isNil bool) {
	if isNil {
		e.uvarint(0)
		return
	}
	e.uvarint(uint64(n) + 1)
}

func (e *encoder) strs(list []string) {
	e.count(len(list), list == nil)
	for _, s := range list {
		e.str(s)
	}
}

// time writes 0 for the zero time, else its kind of location (1 UTC,
// 2 Local, 3 a fixed zone), seconds and nanoseconds, and the zone.
func (e *encoder) time(t time.Time) {
	switch loc := t.Location(); {
	case t == time.Time{}:
		e.byte(0)
	case loc == time.UTC:
		e.byte(1)
		e.varint(t.Unix())
		e.int(t.Nanosecond())
	case loc == time.Local:
		e.byte(2)
		e.varint(t.Unix())
		e.int(t.Nanosecond())
	default:
		e.byte(3)
		e.varint(t.Unix())
		e.int(t.Nanosecond())
		zone, offset := t.Zone()
		e.str(zone)
		e.int(offset)
	}
}

// decoder reads a payload. A read past the end, or of a value out of
// range, sets bad and returns zero values, never panics.
type decoder struct {
	data  string
	pos   int
	body  string // the body of the article being read, for string references
	bad   bool
	slabs *slabs // where the article's slices are made
}

func (d *decoder) uvarint() uint64 {
	var x uint64
	for shift := uint(0); shift < 64; shift += 7 {
		if d.pos >= len(d.data) {
			d.bad = true
			return 0
		}
		b := d.data[d.pos]
		d.pos++
		x |= uint64(b&0x7f) << shift
		if b < 0x80 {
			return x
		}
	}
	d.bad = true
	return 0
}

func (d *decoder) varint() int64 {
	u := d.uvarint()
	return int64(u>>1) ^ -int64(u&1)
}

// int reads a non-negative int, or -1 as some indexes are.
func (d *decoder) int() int {
	v := d.varint()
	if v < -1 || v > int64(len(d.data))+1<<31 {
		d.bad = true
		return 0
	}
	return int(v)
}

func (d *decoder) byte() byte {
	if d.pos >= len(d.data) {
		d.bad = true
		return 0
	}
	d.pos++
	return d.data[d.pos-1]
}

// str reads what encoder.str wrote.
func (d *decoder) str() string {
	u := d.uvarint()
	n := u >> 1
	if u&1 == 1 {
		off := d.uvarint()
		if off > uint64(len(d.body)) || n > uint64(len(d.body))-off {
			d.bad = true
			return ""
		}
		return d.body[off : off+n]
	}
	if n > uint64(len(d.data)-d.pos) {
		d.bad = true
		return ""
	}
	s := d.data[d.pos : d.pos+int(n)]
	d.pos += int(n)
	return s
}

// count reads what encoder.count wrote; isNil reports a nil list.
func (d *decoder) count() (n int, isNil bool) {
	u := d.uvarint()
	if u == 0 {
		return 0, true
	}
	if u-1 > uint64(len(d.data)-d.pos) { // every element takes a byte at least
		d.bad = true
		return 0, true
	}
	return int(u - 1), false
}

func (d *decoder) strs() []string {
	n, isNil := d.count()
	if isNil {
		return nil
	}
	out := d.slabs.strings.make(n)
	for i := range out {
		out[i] = d.str()
	}
	return out
}

// time reads what encoder.time wrote.
func (d *decoder) time() time.Time {
	switch d.byte() {
	case 0:
		return time.Time{}
	case 1:
		return time.Unix(d.varint(), d.varint()).UTC()
	case 2:
		return time.Unix(d.varint(), d.varint())
	case 3:
		sec, nsec := d.varint(), d.varint()
		zone, offset := d.str(), d.varint()
		return time.Unix(sec, nsec).In(time.FixedZone(zone, int(offset)))
	}
	d.bad = true
	return time.Time{}
}
