// Package tomlcheck refuses TOML text that would cost the parser far
// more than its size, before it is parsed. github.com/BurntSushi/toml
// takes time quadratic in the nesting of inline tables and in the parts
// of a dotted key: a config.toml of 24 KB nested 8,000 levels deep took
// 28 s and 2.8 GB. No real settings file nests more than a few levels,
// so one nested past MaxDepth, or with a key of more than MaxKeyParts
// parts, is refused with the line it happens on. The scan is one pass,
// linear in the text, and knows TOML's strings and comments, so brackets
// and dots inside them do not count.
package tomlcheck

import "fmt"

const (
	// MaxDepth bounds arrays and inline tables within each other.
	MaxDepth = 32
	// MaxKeyParts bounds the parts of a dotted key (a.b.c has 3), in an
	// assignment or a [table] header.
	MaxKeyParts = 32
)

// Error is a place the text nests too deep: its line (from 1) and what.
type Error struct {
	Line int
	Msg  string
}

func (e *Error) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// Check scans data and returns an *Error for the first array or inline
// table nested past MaxDepth, or key of more than MaxKeyParts parts; nil
// otherwise. It does not say whether data is valid TOML: the parser does.
func Check(data string) error {
	s := scanner{data: data, line: 1, key: true}
	for s.i < len(data) {
		if err := s.step(); err != nil {
			return err
		}
	}
	return nil
}

type scanner struct {
	data  string
	i     int
	line  int
	open  []byte // the arrays ('[') and inline tables ('{') open, innermost last
	key   bool   // reading a key: dots part it
	parts int    // the parts of the key read so far
	bol   bool   // at the start of a line, spaces aside
}

func (s *scanner) fail(msg string, args ...any) error {
	return &Error{Line: s.line, Msg: fmt.Sprintf(msg, args...)}
}

// step reads one byte, or one string or comment whole.
func (s *scanner) step() error {
	c := s.data[s.i]
	bol := s.bol || s.i == 0
	s.bol = false
	switch c {
	case '\n':
		s.line++
		s.i++
		s.bol = true
		if len(s.open) == 0 {
			s.key, s.parts = true, 0
		}
		return nil
	case ' ', '\t', '\r':
		s.bol = bol
		s.i++
		return nil
	case '#':
		for s.i < len(s.data) && s.data[s.i] != '\n' {
			s.i++
		}
		return nil
	case '"', '\'':
		s.skipString(c)
		return s.keyPart(false)
	case '[':
		if bol && len(s.open) == 0 {
			return s.header()
		}
		return s.push(c)
	case '{':
		if err := s.push(c); err != nil {
			return err
		}
		s.key, s.parts = true, 0
		return nil
	case ']', '}':
		if len(s.open) > 0 {
			s.open = s.open[:len(s.open)-1]
		}
		s.i++
		return nil
	case '=':
		s.key, s.parts = false, 0
		s.i++
		return nil
	case ',':
		if len(s.open) > 0 && s.open[len(s.open)-1] == '{' {
			s.key, s.parts = true, 0
		}
		s.i++
		return nil
	case '.':
		s.i++
		return s.keyPart(true)
	}
	s.i++
	return s.keyPart(false)
}

// keyPart counts a part of the key being read: a dot starts the next
// one; the first byte of a key starts the first.
func (s *scanner) keyPart(dot bool) error {
	if !s.key {
		return nil
	}
	if dot || s.parts == 0 {
		s.parts++
	}
	if s.parts > MaxKeyParts {
		return s.fail("a key of more than %d dotted parts; folio reads none so long", MaxKeyParts)
	}
	return nil
}

func (s *scanner) push(c byte) error {
	if len(s.open) >= MaxDepth {
		return s.fail("arrays or tables nested more than %d deep; folio reads none so deep", MaxDepth)
	}
	s.open = append(s.open, c)
	s.i++
	return nil
}

// header reads a [table] or [[array of tables]] header to its end,
// counting its key's parts.
func (s *scanner) header() error {
	s.i++
	s.key, s.parts = true, 0
	for s.i < len(s.data) {
		switch c := s.data[s.i]; c {
		case '\n':
			return nil // unclosed: the parser says so
		case ']':
			s.i++
			s.key, s.parts = false, 0
			return nil
		case '"', '\'':
			s.skipString(c)
			if err := s.keyPart(false); err != nil {
				return err
			}
		case '.':
			s.i++
			if err := s.keyPart(true); err != nil {
				return err
			}
		case '[', ' ', '\t':
			s.i++
		default:
			s.i++
			if err := s.keyPart(false); err != nil {
				return err
			}
		}
	}
	return nil
}

// skipString moves past the string that starts at s.i with quote q:
// basic ("…", with \ escapes) or literal ('…'), on one line or, tripled,
// on several.
func (s *scanner) skipString(q byte) {
	d := s.data
	if s.i+2 < len(d) && d[s.i+1] == q && d[s.i+2] == q {
		s.i += 3
		for s.i < len(d) {
			switch {
			case d[s.i] == '\\' && q == '"':
				if s.i+1 < len(d) && d[s.i+1] == '\n' {
					s.line++
				}
				s.i += 2
				continue
			case d[s.i] == '\n':
				s.line++
			case d[s.i] == q && s.i+2 < len(d) && d[s.i+1] == q && d[s.i+2] == q:
				s.i += 3
				for s.i < len(d) && d[s.i] == q { // """" ends with a quote inside
					s.i++
				}
				return
			}
			s.i++
		}
		return
	}
	s.i++
	for s.i < len(d) && d[s.i] != '\n' {
		switch {
		case d[s.i] == '\\' && q == '"':
			s.i++
			if s.i < len(d) && d[s.i] == '\n' {
				return // a newline ends the line whatever came before
			}
		case d[s.i] == q:
			s.i++
			return
		}
		s.i++
	}
}
