package termsafe

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// What a Guard lets through, with colour on and off, written whole and
// written a byte at a time (a cut sequence is joined, not pictured).
func TestGuard(t *testing.T) {
	t.Parallel()
	kitty := "\x1b_Ga=T,f=100,q=2,C=1,c=4,r=2,m=0;iVBORw0KGgo=\x1b\\"
	iterm := "\x1b]1337;File=inline=1;size=9;width=4;height=2;preserveAspectRatio=1:iVBORw0K\a"
	sixel := "\x1bP0;1;0q\"1;1;8;6#0;2;0;0;0#0~~~~$-\x1b\\"
	cases := []struct {
		name, in    string
		keep        bool
		want, wantB string // wantB: with colour off
	}{
		{"plain", "a\tb\nc", true, "a\tb\nc", "a\tb\nc"},
		{"sgr", "\x1b[1;38;5;2mX\x1b[0m", true, "\x1b[1;38;5;2mX\x1b[0m", "␛[1;38;5;2mX␛[0m"},
		{"osc8", "\x1b]8;;https://x.org\x1b\\x\x1b]8;;\x1b\\", true, "\x1b]8;;https://x.org\x1b\\x\x1b]8;;\x1b\\", "␛]8;;https://x.org␛\\x␛]8;;␛\\"},
		{"title", "\x1b]0;owned\a", true, "␛]0;owned␇", "␛]0;owned␇"},
		{"clipboard", "\x1b]52;c;aGk=\a", true, "␛]52;c;aGk=␇", "␛]52;c;aGk=␇"},
		{"clear", "\x1b[2J", true, "␛[2J", "␛[2J"},
		{"ask cursor", "\x1b[6n", true, "␛[6n", "␛[6n"},
		{"c1 csi", "\u009b6n", true, "\uFFFD6n", "\uFFFD6n"},
		{"kitty", kitty, true, kitty, strings.ReplaceAll(strings.ReplaceAll(kitty, "\x1b", "␛"), "\\", "\\")},
		{"kitty from a file", "\x1b_Ga=T,t=f;L2V0Yy9wYXNzd2Q=\x1b\\", true, "␛_Ga=T,t=f;L2V0Yy9wYXNzd2Q=␛\\", ""},
		{"iterm", iterm, true, iterm, ""},
		{"iterm download", "\x1b]1337;File=name=eA==:aGk=\a", true, "␛]1337;File=name=eA==:aGk=␇", ""},
		{"sixel", sixel, true, sixel, ""},
		{"cut rune", "caf\xc3", true, "caf\uFFFD", "caf\uFFFD"},
	}
	for _, c := range cases {
		for _, keep := range []bool{true, false} {
			want := c.want
			if !keep {
				want = c.wantB
				if want == "" {
					continue
				}
			}
			if !keep && c.name == "kitty" {
				want = strings.ReplaceAll(c.in, "\x1b", "␛")
			}
			for _, bytewise := range []bool{false, true} {
				var buf bytes.Buffer
				g := NewGuard(&buf)
				g.KeepOwn(keep)
				if bytewise {
					for i := range len(c.in) {
						if _, err := g.Write([]byte{c.in[i]}); err != nil {
							t.Fatal(err)
						}
					}
				} else if _, err := g.Write([]byte(c.in)); err != nil {
					t.Fatal(err)
				}
				if err := g.Flush(); err != nil {
					t.Fatal(err)
				}
				if got := buf.String(); got != want {
					t.Errorf("%s (keep %v, bytewise %v): wrote %q, want %q", c.name, keep, bytewise, got, want)
				}
			}
		}
	}
}

// Whatever is written, in whatever pieces, nothing but folio's own
// sequences comes out, and with colour off no ESC at all.
func FuzzGuard(f *testing.F) {
	for _, s := range []string{"", "\x1b[31mx", "\x1b]0;t\a", "\x1b_Ga=T;QQ==\x1b\\", "\x1bP0q??\x1b\\", "é\x1b]8;;u\x07"} {
		f.Add(s, uint8(3), true)
	}
	f.Fuzz(func(t *testing.T, s string, piece uint8, keep bool) {
		var buf bytes.Buffer
		g := NewGuard(&buf)
		g.KeepOwn(keep)
		step := int(piece%16) + 1
		for i := 0; i < len(s); i += step {
			g.Write([]byte(s[i:min(i+step, len(s))]))
		}
		g.Flush()
		out := buf.String()
		if Frame(out) != out {
			t.Errorf("%q in pieces of %d: %q holds a foreign control", s, step, out)
		}
		if !keep && strings.ContainsAny(out, "\x1b\a\u009b") {
			t.Errorf("%q with colour off: %q holds a control", s, out)
		}
	})
}

// BenchmarkGuardJSON: the guard's cost on list --json's kind of output,
// in bufio's 64 KB writes, against writing the same bytes unguarded.
func BenchmarkGuardJSON(b *testing.B) {
	row := `{"slug":"post-00042","title":"Review: the café’s best vacuum","tags":["home","review"],"date":"2024-05-01"},` + "\n"
	chunk := []byte(strings.Repeat(row, 65536/len(row)))
	b.SetBytes(int64(len(chunk)))
	for _, guarded := range []bool{false, true} {
		name := "plain"
		if guarded {
			name = "guard"
		}
		b.Run(name, func(b *testing.B) {
			var w io.Writer = io.Discard
			if guarded {
				w = NewGuard(io.Discard)
			}
			b.SetBytes(int64(len(chunk)))
			for b.Loop() {
				w.Write(chunk)
			}
		})
	}
}
