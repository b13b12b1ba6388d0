package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, in, want string }{
		{"plain", "Plain title — café 日本", "Plain title — café 日本"},
		{"OSC title", "Evil \x1b]0;PWNED\a \x1b[2J", "Evil ␛]0;PWNED␇ ␛[2J"},
		{"clipboard", "\x1b]52;c;aGVsbG8=\a", "␛]52;c;aGVsbG8=␇"},
		{"whitespace", "a\tb\nc\rd", "a b c d"},
		{"NUL and DEL", "a\x00b\x7fc", "a␀b␡c"},
		{"C1 CSI", "cat\u009b2J", "cat\uFFFD2J"},
		{"C1 NEL and ST", "a\u0085b\u009cc", "a\uFFFDb\uFFFDc"},
		{"raw C1 byte", "a\x9bb", "a\uFFFDb"},
		{"bad UTF-8", "a\xff\xfeb", "a\uFFFD\uFFFDb"},
		{"RLO", "file\u202Egnp.exe", "file\uFFFDgnp.exe"},
		{"isolates", "\u2066x\u2069", "\uFFFDx\uFFFD"},
		{"line separators", "a\u2028b\u2029c", "a b c"},
		// invisible characters: marked where they can only hide, kept
		// inside a script's words
		{"zero-width space", "pay\u200Bpal", "pay\uFFFDpal"},
		{"joiner in Latin", "pay\u200Dpal", "pay\uFFFDpal"},
		{"non-joiner in Latin", "pay\u200Cpal", "pay\uFFFDpal"},
		{"LRM in Latin", "a\u200Eb", "a\uFFFDb"},
		{"word joiner, invisible operators", "a\u2060b\u2061c\u2064d", "a\uFFFDb\uFFFDc\uFFFDd"},
		{"byte-order mark", "\uFEFFTitle", "\uFFFDTitle"},
		{"at the end", "Title\u200B", "Title\uFFFD"},
		{"beside a space", "日本 \u200D語", "日本 \uFFFD語"},
		{"two in a row", "日\u200B\u200B本", "日\uFFFD\uFFFD本"},
		{"emoji sequence kept", "family 👨\u200D👩\u200D👧", "family 👨\u200D👩\u200D👧"},
		{"Persian non-joiner kept", "می\u200Cخواهم", "می\u200Cخواهم"},
		{"Thai zero-width space kept", "ภาษา\u200Bไทย", "ภาษา\u200Bไทย"},
		{"Hebrew RLM kept", "שלום\u200Fעולם", "שלום\u200Fעולם"},
		{"a mark beside an override hides once the override is replaced", "\u202d\u200f\u068f", "\uFFFD\uFFFD\u068f"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := String(tt.in)
			if got != tt.want {
				t.Errorf("String(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if utf8.RuneCountInString(got) != utf8.RuneCountInString(strings.ToValidUTF8(tt.in, "\uFFFD")) && tt.name != "bad UTF-8" {
				t.Errorf("String(%q) changed the rune count", tt.in)
			}
			if Frame(got) != got {
				t.Errorf("String(%q) = %q still holds a control", tt.in, got)
			}
			if Safe(tt.in) != (got == tt.in) {
				t.Errorf("Safe(%q) = %v, but String changes it: %v", tt.in, Safe(tt.in), got != tt.in)
			}
		})
	}
}

func TestTextAndMarkdown(t *testing.T) {
	t.Parallel()
	in := "line one\twith tab\r\nline two\rthree\x1b[31m\n"
	if got, want := Text(in), "line one\twith tab␍\nline two␍three␛[31m\n"; got != want {
		t.Errorf("Text = %q, want %q", got, want)
	}
	if got, want := Markdown(in), "line one\twith tab\nline two\nthree␛[31m\n"; got != want {
		t.Errorf("Markdown = %q, want %q", got, want)
	}
}

// A safe string comes back as it is, without a copy.
func TestStringNoCopy(t *testing.T) {
	s := strings.Repeat("a safe title ", 10)
	if n := testing.AllocsPerRun(100, func() { _ = String(s) }); n != 0 {
		t.Errorf("String of a safe string allocates %v times", n)
	}
}

func TestFrame(t *testing.T) {
	t.Parallel()
	sgr := "\x1b[1;38;5;203mbold\x1b[0m"
	link := "\x1b]8;;https://example.com/ü\x07https://example.com/ü\x1b]8;;\x07"
	linkST := "\x1b]8;id=1;https://x.org\x1b\\x\x1b]8;;\x1b\\"
	tests := []struct{ name, in, want string }{
		{"own sequences kept", sgr + "\n" + link + "\t" + linkST, sgr + "\n" + link + "\t" + linkST},
		{"title OSC", "a\x1b]0;pwned\x07b", "a␛]0;pwned␇b"},
		{"clipboard OSC", "\x1b]52;c;aGk=\x07", "␛]52;c;aGk=␇"},
		{"clear screen", "\x1b[2J\x1b[H", "␛[2J␛[H"},
		{"private mode", "\x1b[?1049h", "␛[?1049h"},
		{"OSC 8 with BEL inside payload", "\x1b]8;;a\x1b[2Jb\x07", "␛]8;;a␛[2Jb␇"},
		{"unterminated", "x\x1b[31", "x␛[31"},
		{"lone ESC", "\x1b", "␛"},
		{"DCS", "\x1bP1$r\x1b\\", "␛P1$r␛\\"},
		{"C1 CSI", "\u009b2J", "\uFFFD2J"},
		{"CR", "a\rb", "a␍b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Frame(tt.in)
			if got != tt.want {
				t.Errorf("Frame(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if Frame(got) != got {
				t.Errorf("Frame(%q) = %q is still foreign", tt.in, got)
			}
		})
	}
}

// Whatever the input, the cleaned text holds no control but the ones its
// kind keeps, and Frame of it is itself.
func FuzzClean(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b]0;t\a", "\x1b[31mx\x1b[0m", "\u009b2J", "\xc2", "a\r\nb\u202e", "\x1b]8;;u\x07t\x1b]8;;\x07", "pay\u200bpal", "👨\u200d👩"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, c := range []struct {
			name string
			got  string
			keep string
		}{{"String", String(s), ""}, {"Text", Text(s), "\t\n"}, {"Markdown", Markdown(s), "\t\n"}, {"Frame", Frame(s), "\t\n\x1b\a"}} {
			if !utf8.ValidString(c.got) {
				t.Errorf("%s(%q) = %q is not UTF-8", c.name, s, c.got)
			}
			if Frame(c.got) != c.got {
				t.Errorf("%s(%q) = %q holds a foreign control", c.name, s, c.got)
			}
			for _, r := range c.got {
				if (r < 0x20 || r >= 0x7f && r <= 0x9f) && !strings.ContainsRune(c.keep, r) {
					t.Errorf("%s(%q) = %q holds %U", c.name, s, c.got, r)
				}
			}
			if Frame(c.got) != c.got {
				t.Errorf("Frame changes %s's output %q", c.name, c.got)
			}
		}
		if utf8.ValidString(s) && utf8.RuneCountInString(String(s)) != utf8.RuneCountInString(s) {
			t.Errorf("String(%q) changed the rune count", s)
		}
		one := String(s)
		for i, r := range one {
			if invisible(r) && disguises(one, i, utf8.RuneLen(r)) {
				t.Errorf("String(%q) = %q keeps %U where it can only hide", s, one, r)
			}
		}
	})
}

// printable8 says true exactly when each of the eight bytes is printable
// ASCII, whatever the others are.
func TestPrintable8(t *testing.T) {
	for pos := range 8 {
		for b := range 256 {
			for _, fill := range []byte{' ', '~', 'a', 0x00, 0x1f, 0x7f, 0x80, 0xff} {
				w := []byte{fill, fill, fill, fill, fill, fill, fill, fill}
				w[pos] = byte(b)
				want := true
				for _, c := range w {
					want = want && c >= 0x20 && c < 0x7f
				}
				if got := printable8(string(w)); got != want {
					t.Fatalf("printable8(%q) = %v", w, got)
				}
			}
		}
	}
}

func BenchmarkStringASCII(b *testing.B) {
	s := strings.Repeat("Treatment plerpelbinflan droodes barrier ruproongin collagen brurwan skin ", 3)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		String(s)
	}
}
