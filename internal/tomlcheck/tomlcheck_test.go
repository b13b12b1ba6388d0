package tomlcheck

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func TestCheck(t *testing.T) {
	deep := func(open, close string, n int) string { return strings.Repeat(open, n) + strings.Repeat(close, n) }
	dotted := func(n int) string { return strings.TrimSuffix(strings.Repeat("a.", n), ".") }
	cases := []struct {
		name, text string
		line       int // 0: accepted
	}{
		{"settings", "dirs = [\"~/a\", \"~/b\"]\nwidth = 80\n[keys.reader]\nnext_heading = [\"]\", \"n\"]\n", 0},
		{"floats and dates", "a = [1.5, 2.25, 3.0e2]\nd = 1979-05-27T07:32:00.999\nv = 1.2.3\n", 0},
		{"arrays at the limit", "a = " + deep("[", "]", MaxDepth) + "\n", 0},
		{"arrays past it", "ok = 1\na = " + deep("[", "]", MaxDepth+1) + "\n", 2},
		{"inline tables past it", "\n\na = " + strings.Repeat("{b=", MaxDepth+1) + "1" + strings.Repeat("}", MaxDepth+1) + "\n", 3},
		{"mixed past it", "a = " + strings.Repeat("[{b=", MaxDepth) + "1" + strings.Repeat("}]", MaxDepth) + "\n", 1},
		{"nesting over lines", "a = [\n" + strings.Repeat("[\n", MaxDepth) + "]\n", 1 + MaxDepth},
		{"key at the limit", dotted(MaxKeyParts) + " = 1\n", 0},
		{"dotted key past it", "x = 1\n" + dotted(MaxKeyParts+1) + " = 1\n", 2},
		{"header past it", "[" + dotted(MaxKeyParts+1) + "]\nx = 1\n", 1},
		{"array header past it", "[[" + dotted(MaxKeyParts+1) + "]]\nx = 1\n", 1},
		{"key in an inline table past it", "x = {" + dotted(MaxKeyParts+1) + " = 1}\n", 1},
		{"quoted dots are one part", "\"" + dotted(100) + "\" = 1\n['" + dotted(100) + "']\n", 0},
		{"brackets in strings", "a = \"" + strings.Repeat("[{", 100) + "\"\nb = '" + strings.Repeat("[", 100) + "'\n", 0},
		{"brackets in comments", "# " + strings.Repeat("[", 100) + "\na = 1 # " + strings.Repeat("{", 100) + "\n", 0},
		{"multi-line strings", "a = \"\"\"\n" + strings.Repeat("[", 100) + "\n\\\"\"\"\n\"\"\"\nb = '''\n" + strings.Repeat("{", 100) + "\n'''\nc = " + deep("[", "]", MaxDepth+1), 8},
		{"escaped quote", "a = \"x\\\"" + strings.Repeat("[", 100) + "\"\n", 0},
	}
	for _, c := range cases {
		err := Check(c.text)
		var e *Error
		switch {
		case c.line == 0 && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.line != 0 && !errors.As(err, &e):
			t.Errorf("%s: accepted, want refused on line %d", c.name, c.line)
		case c.line != 0 && e.Line != c.line:
			t.Errorf("%s: refused on line %d, want %d: %v", c.name, e.Line, c.line, err)
		}
	}
}

// Whatever Check accepts, the parser reads quickly: the shapes that
// took it seconds, at the limits and in files of 256 KiB (config.toml's
// cap), end in well under a second.
func TestAcceptedIsCheap(t *testing.T) {
	const size = 256 << 10
	fill := func(line string) string { return strings.Repeat(line, size/len(line)) }
	n := 0
	next := func() string { n++; return "k" + strings.Repeat("x", n%7) + string(rune('a'+n%26)) }
	var inline, dotted strings.Builder
	for inline.Len() < size {
		inline.WriteString(next() + " = " + strings.Repeat("{b=", MaxDepth) + "1" + strings.Repeat("}", MaxDepth) + "\n")
	}
	for dotted.Len() < size {
		dotted.WriteString(next() + strings.Repeat(".a", MaxKeyParts-1) + " = 1\n")
	}
	for name, text := range map[string]string{
		"inline tables": inline.String(),
		"dotted keys":   dotted.String(),
		"arrays":        "a = [" + fill(strings.Repeat("[", MaxDepth-1)+strings.Repeat("]", MaxDepth-1)+",") + "]\n",
	} {
		if err := Check(text); err != nil {
			t.Errorf("%s: refused: %v", name, err)
			continue
		}
		start := time.Now()
		var raw map[string]any
		toml.Decode(text, &raw)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%s: %d bytes took the parser %v", name, len(text), d)
		}
	}
}

// FuzzCheck: any text is scanned to its end without a panic, and an
// error names a line of the text.
func FuzzCheck(f *testing.F) {
	f.Add("a = [[1]]\n[b.c]\nd = {e.f = 'x'}\n")
	f.Add("s = \"\"\"\n[\n\"\"\"\n")
	f.Add(strings.Repeat("[", 40))
	f.Fuzz(func(t *testing.T, text string) {
		err := Check(text)
		var e *Error
		if errors.As(err, &e) && (e.Line < 1 || e.Line > strings.Count(text, "\n")+1) {
			t.Fatalf("line %d of a text of %d lines", e.Line, strings.Count(text, "\n")+1)
		}
	})
}
