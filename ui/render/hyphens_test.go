package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// Hyphenated prose wraps greedily within the width: reflow's wordwrap
// did not count the hyphens it broke after, lines ran past the width,
// and the cut left a word alone on a line ("high-" / "quality,"). (A
// web address keeps its hyphens to break at: hyphens.go.)
func TestHyphensWrapWithinTheWidth(t *testing.T) {
	t.Parallel()
	md := "The state-of-the-art, well-known, long-term, high-quality, cost-effective, user-friendly, up-to-date and first-class tools are built by world-class, data-driven, open-source teams with real-time, end-to-end, cross-platform, fine-grained support; see the guide and `--no-cache-dir`.\n"
	for _, width := range []int{40, 60, 80} {
		a := parsed(t, t.TempDir(), "a.md", "---\ntitle: T\n---\n"+md)
		text := plainText(renderAt(t, a, Options{Width: width, Style: "dark"}))
		var para []string
		for _, l := range strings.Split(text, "\n") {
			if strings.Contains(l, "state-of-the-art") || len(para) > 0 && strings.TrimSpace(l) != "" {
				para = append(para, strings.TrimRight(l, " "))
			} else if len(para) > 0 {
				break
			}
		}
		if len(para) < 2 || !strings.Contains(strings.Join(para, " "), "fine-grained support") || !strings.Contains(strings.Join(para, " "), "--no-cache-dir") {
			t.Fatalf("width %d: paragraph not found, or its hyphens lost:\n%s", width, text)
		}
		for i, l := range para {
			if w := ansi.StringWidth(l); w > width {
				t.Errorf("width %d: line %d is %d wide: %q", width, i, w, l)
			}
			if i+1 < len(para) {
				next := strings.Fields(para[i+1])[0]
				if ansi.StringWidth(l)+1+ansi.StringWidth(next) <= width-2 { // the margin is 2
					t.Errorf("width %d: line %d (%q) had room for %q", width, i, l, next)
				}
			}
		}
	}
}

// A web address that fits on a line moves to the next whole, and the
// words after it still fill their lines; one longer than the line is a
// block of full lines, not pieces broken after its hyphens; a relative
// one is as written.
func TestHyphenatedAddressesWrapWhole(t *testing.T) {
	t.Parallel()
	md := "Microsoft has a fine article on the principles of cloud cost that still matter: [principles](https://azure.example.com/en-us/blog/cloud-cost-principles-that-matter/), and frankly the timing could not be better. See also [the docs](/docs/a-b/) and [far](https://example.com/" + strings.Repeat("very-long-", 12) + "path).\n"
	a := parsed(t, t.TempDir(), "a.md", "---\ntitle: T\n---\n"+md)
	text := plainText(renderAt(t, a, Options{Width: 80, Style: "dark"}))
	var lines []string
	for _, l := range strings.Split(text, "\n") {
		lines = append(lines, strings.TrimSpace(l))
	}
	joined := strings.Join(lines, "\n")
	for _, want := range []string{
		"https://azure.example.com/en-us/blog/cloud-cost-principles-that-matter/,",
		"/docs/a-b/",
		"https://example.com/very-long-",
	} {
		if !strings.Contains(joined, want) {
			t.Errorf("%q not on one line in:\n%s", want, joined)
		}
	}
	// the address longer than the line is a block of full lines, all of it
	for i, l := range lines {
		if !strings.HasPrefix(l, "https://example.com/") {
			continue
		}
		got := ""
		for j := i; j < len(lines) && !strings.HasSuffix(got, "path."); j++ {
			if j+1 < len(lines) && !strings.HasSuffix(lines[j], "path.") && ansi.StringWidth(lines[j]) < 76 {
				t.Errorf("a piece of the long address is not a full line: %q", lines[j])
			}
			got += lines[j]
		}
		if want := "https://example.com/" + strings.Repeat("very-long-", 12) + "path."; got != want {
			t.Errorf("the long address reads %q, want %q", got, want)
		}
	}
	for i, l := range lines[:len(lines)-1] {
		if strings.HasPrefix(l, "https://azure") && i+1 < len(lines) && len(strings.Fields(lines[i+1])) > 0 {
			if next := strings.Fields(lines[i+1])[0]; ansi.StringWidth(l)+1+ansi.StringWidth(next) <= 76 {
				t.Errorf("line %q had room for %q", l, next)
			}
		}
	}
}
