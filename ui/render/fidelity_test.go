package render

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

// The units of issue 19 in the renderer, each on the smallest article
// that shows it, piped at 80 columns: what must be read, in order, and
// what must not be shown.
var fidelity = []struct {
	name, md  string
	want, not []string
}{
	{"reference links defined under a later heading",
		"# Top\n\nRead the [guide][g], the [changelog][] and the [FAQ]. Case blind: [x][G].\n\n## Later\n\nProse.\n\n[g]: https://example.com/guide \"The guide\"\n[changelog]: https://example.com/changelog\n[faq]: https://example.com/faq\n",
		[]string{"guide https://example.com/guide", "changelog https://example.com/changelog", "FAQ https://example.com/faq", "x https://example.com/guide", "Later"},
		[]string{"][", "[FAQ]", "[g]:"}},
	{"a reference link with no definition shows its text", "The [projects directory][config.dir] and [#1081][] and `[x][y]`.\n\n[ok]: https://e.com\n\nSee [fine][ok].\n",
		[]string{"The projects directory and #1081 and [x][y].", "See fine https://e.com"}, []string{"[config.dir]", "[#1081]"}},
	{"the first definition of a label wins", "[a][l]\n\n## H\n\n[l]: https://one.example\n\n## I\n\n[l]: https://two.example\n",
		[]string{"a https://one.example"}, []string{"two.example"}},
	{"HTML blocks show their text", "Before.\n\n<div><h2>Need help?</h2><p>Call us &amp; ask.</p><script>x()</script></div>\n\n<div align=\"center\">\n  <img alt=\"Logo\" src=\"l.png\">\n  <b>Bold</b> words\n</div>\n\nAfter.\n",
		[]string{"Before.", "Need help?", "Call us & ask.", "▣ Logo", "Bold words", "After."}, []string{"<div", "x()", "&amp;"}},
	{"linked pictures are one link", "[![Red](red.png)](https://e.com/red)\n\nEnd [![Blue](https://e.com/b.png)](https://e.com/blue) end.\n\n## [![Green](https://e.com/g.gif)](https://e.com/green)\n\n| model |\n|---|\n| [![Yellow](https://e.com/y.png)](https://e.com/yellow) |\n",
		[]string{"▣ Red https://e.com/red", "End ▣ Blue https://e.com/blue end.", "▣ Green https://e.com/green", "▣ Yellow", "https://e.com/yellow"},
		[]string{"[▣", "](", "b.png", "g.gif"}},
	{"a container holds headings", ":::tip Before you start\n\n### Charge it fully\n\nFour hours.\n\n## Inside too\n\nMore.\n\n:::\n\nText after the tip.\n",
		[]string{"│ ✦ Tip: Before you start", "│ ### Charge it fully", "│ Four hours.", "│ ## Inside too", "│ More.", "Text after the tip."}, []string{":::"}},
	{"nested containers hold headings", "::::note[Deep dive]\n\n#### Outer heading\n\nOuter text.\n\n:::tip\n\n#### Inner heading\n\nInner text.\n\n:::\n\nOuter again.\n\n::::\n\nText after.\n",
		[]string{"│ ℹ Note: Deep dive", "│ #### Outer heading", "│ Outer text.", "│ │ ✦ Tip", "│ │ #### Inner heading", "│ │ Inner text.", "│ Outer again.", "Text after."}, []string{":::"}},
	{"react.dev's DeepDive holds a Note", "<DeepDive>\n\n#### Outer heading\n\nOuter text.\n\n<Note>\n\n#### Inner heading\n\nInner text.\n\n</Note>\n\nOuter again.\n\n</DeepDive>\n\nText after.\n",
		[]string{"│ ℹ Note: Deep dive", "│ Outer text.", "│ │ ℹ Note", "│ │ Inner text.", "│ Outer again.", "Text after."}, []string{":::", "<Note", "</DeepDive"}},
	{"a link whose text is its address shows once", "See [Some note](Some%20note) and [text](other.md).\n",
		[]string{"See Some note and text"}, []string{"Some%20note"}},
	{"a table too wide for the width is a list", "| A | B | C | D | E | F | G | H | I | J | K | L | M | N |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n| 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 |\n\nAfter.\n",
		[]string{"A: 1 · B: 2", "N: 14", "After."}, []string{"|---"}},
	{"a table with a separator row past 512 bytes", "| a | b |\n|" + strings.Repeat("-", 600) + "|---|\n| 1 | 2 |\n",
		[]string{"a", "b", "1", "2"}, []string{"---"}},
}

func TestFidelityUnits(t *testing.T) {
	t.Parallel()
	for _, tt := range fidelity {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := parsed(t, t.TempDir(), "a.md", "---\ntitle: T\n---\n"+tt.md)
			got := plainText(renderAt(t, a, Options{Width: 80, Style: "dark"}))
			rest := strings.Join(strings.Fields(got), " ") // wrapping aside
			for _, w := range tt.want {
				i := strings.Index(rest, w)
				if i < 0 {
					t.Fatalf("%q missing (or out of order) in:\n%s", w, got)
				}
				rest = rest[i+len(w):]
			}
			for _, n := range tt.not {
				if strings.Contains(got, n) {
					t.Errorf("%q shown in:\n%s", n, got)
				}
			}
		})
	}
}

// A drawn picture is one block: the text after it, up to the next
// heading, is shown (it vanished with pictures on).
func TestTextAfterADrawnPicture(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFlag(t, filepath.Join(dir, "red.png"), 8, 8)
	a := parsed(t, dir, "a.md", "---\ntitle: T\n---\nBefore.\n\n![A flag](red.png)\n\nText after the picture.\n\n[![Linked](red.png)](https://e.com)\n\nMore text.\n\n## Next\n\nEnd.\n")
	pics := picture.NewCache(dir)
	defer pics.Close()
	d := renderAt(t, a, Options{Width: 60, Style: "dark", Color: true, Profile: termenv.TrueColor, Images: ImagesBlocks, Pictures: pics})
	text := ansi.Strip(strings.Join(d.Lines, "\n"))
	rest := text
	for _, w := range []string{"Before.", "▀", "▣ A flag", "Text after the picture.", "▀", "▣ Linked https://e.com", "More text.", "Next", "End."} {
		i := strings.Index(rest, w)
		if i < 0 {
			t.Fatalf("%q missing (or out of order) in:\n%s", w, text)
		}
		rest = rest[i+len(w):]
	}
}

// A link with an address of hundreds of bytes stays a link, its address
// cut short.
func TestLongAddressStaysALink(t *testing.T) {
	t.Parallel()
	// 800 bytes of address; then 490, whose word with "Playground](" is
	// past the 512 bytes at which words are broken (vuejs/docs'
	// keep-alive page), though the address alone is not.
	for _, n := range []int{100, 60} {
		a := parsed(t, t.TempDir(), "a.md", "---\ntitle: T\n---\n[Try it in the Playground](https://play.vuejs.org/#"+strings.Repeat("eNp9Uslu", n)+"AB)\n")
		got := plainText(renderAt(t, a, Options{Width: 80, Style: "dark"}))
		if strings.Contains(got, "](") || !strings.Contains(got, "Try it in the Playground") || !strings.Contains(got, "https://play.vuejs.") || !strings.Contains(got, "…") {
			t.Errorf("address of %d bytes:\n%s", 24+8*n+2, got)
		}
	}
}
