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
