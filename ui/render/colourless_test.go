package render

import (
	"os"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// colourlessMarkdown holds every construct glamour styles: what a plain
// render writes of it must not change when the styles lose their
// colours.
const colourlessMarkdown = "# Title\n\nText with **bold**, *emphasis*, ~~struck~~, `code`, a [link](https://example.com) and ![a picture](p.png).\n\n" +
	"## Lists\n\n- one\n- two\n  - nested\n\n1. first\n2. second\n\n- [x] done\n- [ ] not yet\n\n" +
	"> A quote\n> over two lines.\n\n---\n\n```go\nfunc main() { println(\"hi\") }\n```\n\n    indented code\n\n" +
	"| Model | Price |\n|---|--:|\n| A | $1 |\n| B | $2 |\n\nTerm\n: Its definition.\n\n<span>inline html</span>\n\n<div>block html</div>\n\n" +
	"### Third\n\n#### Fourth\n\n##### Fifth\n\n###### Sixth\n"

// Without colour, every standard style renders the same text without
// its colours and attributes (colourless) as with them.
func TestColourlessRendersTheSame(t *testing.T) {
	t.Parallel()
	guide, err := os.ReadFile("../../articles/exosomes-vs-prp.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range StyleNames() {
		style, err := styleConfig(name)
		if err != nil {
			t.Fatal(err)
		}
		with := newEngine(plainCode(style), 60, termenv.Ascii)
		without := newEngine(colourless(plainCode(style)), 60, termenv.Ascii)
		for what, md := range map[string]string{"constructs": colourlessMarkdown, "the guide": string(guide)} {
			want, err := with.render(md, nil)
			if err != nil {
				t.Fatal(err)
			}
			got, err := without.render(md, nil)
			if err != nil {
				t.Fatal(err)
			}
			// plain lines are stripped of the attribute codes glamour
			// still writes (Renderer.chunk); the colours' empty ones go too
			if got, want = ansi.Strip(got), ansi.Strip(want); got != want {
				t.Errorf("%s, %s: colourless renders\n%s\nwith colours\n%s", name, what, got, want)
			}
		}
	}
	// The style it was copied from keeps its colours.
	style, _ := styleConfig("dark")
	colourless(style)
	if style.Document.Color == nil {
		t.Error("colourless took the colours of the style it was given")
	}
}
