package render

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/muesli/termenv"
)

// parsed is an article parsed from md, as if read from dir/name.
func parsed(t testing.TB, dir, name, md string) *library.Article {
	t.Helper()
	a, _, err := library.Parse(filepath.Join(dir, name), []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// plainText is a rendered document as text: no codes, lines trimmed.
func plainText(d *Document) string {
	var b strings.Builder
	for _, l := range d.Lines {
		b.WriteString(strings.TrimRight(ansi.Strip(l), " ") + "\n")
	}
	return b.String()
}

// The fixtures of issue 13's rows, each rendered piped at 80 columns.
var constructs = []struct {
	name, md string
	want     []string // in order
	not      []string
}{
	{"github alerts", "Before.\n\n> [!NOTE]\n> Run as admin.\n\n> [!TIP]\n> Use pnpm.\n\n> [!IMPORTANT]\n> Back up first.\n\n> [!WARNING]\n> Unplug it.\n\n> [!CAUTION]\n> Hot.\n",
		[]string{"Before.", "ℹ Note", "│  Run as admin.", "✦ Tip", "Use pnpm.", "❢ Important", "⚠ Warning", "✖ Caution", "│  Hot."}, []string{"[!"}},
	{"alert text on the marker line", "> [!NOTE] Run as admin.\n> Then reboot.\n", []string{"ℹ Note", "Run as admin. Then reboot."}, []string{"[!NOTE]"}},
	{"any other kind is labelled with its name (Obsidian's)", "> [!FOO]\n> Text.\n", []string{"│  ℹ Foo", "│  Text."}, []string{"[!FOO]"}},
	{"a title's markdown is text", "> [!tip] Read [the **guide**](https://e.com) and `x` <u>now</u>\n> Body.\n", []string{"│  ✦ Tip: Read the guide and x now", "│  Body."}, []string{"](", "**", "`", "<u>"}},
	{"an Obsidian callout's title", "> [!question]- Why?\n> Because.\n", []string{"│  ℹ Question: Why?", "│  Because."}, []string{"[!", "]-"}},
	{"::: container without a title", ":::tip\nUse pnpm.\n:::\n\nAfter.\n", []string{"✦ Tip", "│  Use pnpm.", "After."}, []string{":::"}},
	{"::: container with a title", ":::note[Storage]\nKeep it dry.\n:::\n", []string{"ℹ Note: Storage", "│  Keep it dry."}, []string{":::"}},
	{"::: container with a title after a space", "::: warning Mind the gap\nText.\n:::\n", []string{"⚠ Warning: Mind the gap", "│  Text."}, []string{":::"}},
	{"::: alias danger", ":::danger\nNo.\n:::\n", []string{"✖ Caution"}, nil},
	{"::: details", ":::details Why?\nBecause.\n:::\n", []string{"▸ Why?", "Because."}, []string{":::", "│"}},
	{"unclosed ::: runs to the end", ":::tip\nUse pnpm.\n", []string{"✦ Tip", "│  Use pnpm."}, []string{":::"}},
	{"::: in code is code", "```\n:::tip\n```\n", []string{":::tip"}, []string{"✦"}},
	{"mdx callout", "<Callout type=\"warning\" title=\"Careful\">\nDo not **do** this.\n</Callout>\nNext.\n", []string{"⚠ Warning: Careful", "│  Do not do this.", "Next."}, []string{"<Callout", "**"}},
	{"mdx aside", "<Aside>\nA side note.\n</Aside>\n", []string{"ℹ Note", "│  A side note."}, []string{"<Aside"}},
	{"mdx one-line tip", "<Tip>Short tip.</Tip>\n", []string{"✦ Tip", "│  Short tip."}, []string{"<Tip"}},
	{"unknown mdx keeps its text as paragraphs", "<Tabs>\n<TabItem value=\"a\">\nTab A text.\n</TabItem>\n</Tabs>\nAfter tabs.\n", []string{"Tab A text.", "After tabs."}, []string{"<Tab"}},
	{"details with markdown summary", "<details>\n<summary>**Why** two brushes?</summary>\n\nOne for each side.\n\n</details>\n", []string{"▸ Why two brushes?", "One for each side."}, []string{"**", "<summary", "<details"}},
	{"details on one line", "<details><summary>More</summary>\n\nHidden text.\n</details>\n", []string{"▸ More", "Hidden text."}, []string{"<details"}},
	{"html table", "<table>\n<tr><th>Model</th><th>Price</th></tr>\n<tr><td>Cell A</td><td>Cell <b>B</b></td></tr>\n</table>\n", []string{"Model", "Cell A"}, []string{"<t"}},
	{"footnotes", "Lasts a day.[^1] Metal.[^case]\n\n[^1]: Measured.\n[^case]: Aluminium.\n\nMore text.\n", []string{"Lasts a day.[1] Metal.[2]", "More text.", "Notes", "[1] Measured.", "[2] Aluminium."}, []string{"[^"}},
	{"a reference without a definition stays", "See [^x].\n", []string{"See [^x]."}, nil},
	{"a definition without a reference is gathered too", "See [^a].\n\n[^a]: Used.\n[^b]: Unused.\n", []string{"See [1].", "Notes", "[1] Used.", "[2] Unused."}, []string{"[^"}},
	{"tabs within text", "A tab\there and `code`\tafter.\n\n- item\twith tab\n", []string{"A tab here and code after.", "• item with tab"}, []string{"\t"}},
	{"inline code piped", "Use `wrapper` as the name.\n", []string{"Use wrapper as the name."}, []string{"  wrapper", "wrapper  "}},
	{"remote picture", "![remote](https://example.com/x.png)\n", []string{"▣ remote https://example.com/x.png"}, []string{"→"}},
	{"relative picture piped", "![A flag](images/flag.png)\n", []string{"▣ A flag"}, []string{"/images/flag.png", "→"}},
}

func TestConstructsRenderAsBlocks(t *testing.T) {
	t.Parallel()
	for _, tt := range constructs {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a := parsed(t, t.TempDir(), "a.md", "---\ntitle: T\n---\n"+tt.md)
			got := plainText(renderAt(t, a, Options{Width: 80, Style: "dark"}))
			rest := got
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

// A pre-pass keeps each heading on its line, the footnotes after the
// last chunk, and a window's lines the document's.
func TestConstructsKeepHeadingsAndWindows(t *testing.T) {
	t.Parallel()
	md := "---\ntitle: T\n---\nIntro.[^1]\n\n> [!NOTE]\n> Note text.\n\n## First\n\n:::tip\nTip text.\n\n## Not a heading in a tip\n:::\n\n## Second\n\n<details>\n<summary>S</summary>\n\nHidden.\n</details>\n\n## Third\n\nEnd.[^1]\n\n[^1]: The note.\n"
	a := parsed(t, t.TempDir(), "a.md", md)
	for _, color := range []bool{false, true} {
		r, err := New(Options{Width: 60, Style: "dark", Color: color})
		if err != nil {
			t.Fatal(err)
		}
		d, err := r.Render(a)
		if err != nil {
			t.Fatal(err)
		}
		for i, h := range a.Headings {
			// a heading inside a tip is drawn within its bar
			if got := plain(strings.TrimPrefix(strings.TrimSpace(ansi.Strip(d.Lines[d.Headings[i]])), "│")); got != h.Text {
				t.Errorf("color %v: heading %q on line %d reads %q", color, h.Text, d.Headings[i], got)
			}
		}
		notes := -1
		for i, l := range d.Lines {
			if plain(l) == "Notes" {
				notes = i
			}
		}
		if last := d.Headings[len(d.Headings)-1]; notes <= last {
			t.Errorf("color %v: Notes at line %d, not after the last heading's line %d", color, notes, last)
		}
		w, err := r.Window(a, 0, 1000, 1<<20)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(w.Lines, "\n") != strings.Join(d.Lines, "\n") {
			t.Errorf("color %v: the window's lines differ from the document's:\n%s\n---\n%s", color, strings.Join(w.Lines, "\n"), strings.Join(d.Lines, "\n"))
		}
		p, err := RenderParallel(Options{Width: 60, Style: "dark", Color: color}, a, 3)
		if err != nil {
			t.Fatal(err)
		}
		if strings.Join(p.Lines, "\n") != strings.Join(d.Lines, "\n") {
			t.Errorf("color %v: RenderParallel differs from Render", color)
		}
	}
}

// writeFlag writes a w×h picture, red above and blue below, as PNG.
func writeFlag(t testing.TB, path string, w, h int) {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for y := range h {
		for x := range w {
			c := color.NRGBA{220, 30, 30, 255}
			if y >= h/2 {
				c = color.NRGBA{30, 30, 220, 255}
			}
			img.SetNRGBA(x, y, c)
		}
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
}

func TestPicturesResolvedAgainstTheArticle(t *testing.T) {
	t.Parallel()
	site := t.TempDir()
	writeFlag(t, filepath.Join(site, "posts", "trip", "flag.png"), 16, 8)    // a page bundle's picture
	writeFlag(t, filepath.Join(site, "posts", "images", "rel.png"), 16, 8)   // relative, up a folder
	writeFlag(t, filepath.Join(site, "static", "images", "root.png"), 16, 8) // a site-root address
	dir := filepath.Join(site, "posts", "trip")
	pics := picture.NewCache(site)
	defer pics.Close()
	for _, src := range []string{"flag.png", "./flag.png", "../images/rel.png", "/images/root.png", "flag.png \"A title\""} {
		a := parsed(t, dir, "index.md", "---\ntitle: T\n---\n![Alt words]("+src+")\n")
		d := renderAt(t, a, Options{Width: 60, Style: "dark", Color: true, Profile: termenv.TrueColor, Images: ImagesBlocks, Pictures: pics})
		text := strings.Join(d.Lines, "\n")
		if !strings.Contains(text, "▀") || !strings.Contains(text, "38;2;220;30;30") {
			t.Errorf("%s: no red half blocks:\n%s", src, text)
		}
		if !strings.Contains(ansi.Strip(text), "▣ Alt words") {
			t.Errorf("%s: the alt text is not below the picture", src)
		}
	}
	a := parsed(t, dir, "index.md", "---\ntitle: T\n---\n![Gone](missing.png)\n")
	d := renderAt(t, a, Options{Width: 60, Style: "dark", Color: true, Profile: termenv.TrueColor, Images: ImagesBlocks, Pictures: pics})
	if got := plainText(d); !strings.Contains(got, "▣ Gone") || strings.Contains(got, "▀") {
		t.Errorf("a missing picture is not its alt text:\n%s", got)
	}
}

// Without a picture cache no local picture is looked for or drawn: its
// alt text stands in its place.
func TestNoCacheNoPicture(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	writeFlag(t, filepath.Join(dir, "flag.png"), 16, 8)
	a := parsed(t, dir, "a.md", "---\ntitle: T\n---\n![Alt words](flag.png)\n")
	d := renderAt(t, a, Options{Width: 60, Style: "dark", Color: true, Profile: termenv.TrueColor, Images: ImagesBlocks})
	if got := plainText(d); !strings.Contains(got, "▣ Alt words") || strings.Contains(got, "▀") {
		t.Errorf("drawn without a cache:\n%s", got)
	}
}

// TestGoldenConstructs renders each construct at 80 columns, piped and
// in colour (go test ./ui/render -run Golden -update rewrites them).
func TestGoldenConstructs(t *testing.T) {
	dir := t.TempDir()
	writeFlag(t, filepath.Join(dir, "images", "flag.png"), 16, 8)
	pics := picture.NewCache(dir)
	defer pics.Close()
	fixtures := map[string]string{
		"callouts":  "Before.\n\n> [!NOTE]\n> Run the installer as admin.\n\n> [!WARNING]\n> Unplug it first.\n\n:::tip\nUse the small brush.\n:::\n\n:::note[Storage]\nKeep it dry.\n:::\n\nAfter.\n",
		"footnotes": "The battery lasts a day.[^1] The case is metal.[^case]\n\n## Later section\n\nMore text.\n\n[^1]: Measured at medium brightness.\n[^case]: Aluminium, anodised.\n",
		"details":   "<details>\n<summary>**Why** two brushes?</summary>\n\nOne for each side.\n\n</details>\n\nAfter.\n",
		"tables":    "<table>\n<tr><th>Model</th><th>Price</th></tr>\n<tr><td>Cell A</td><td>Cell B</td></tr>\n</table>\n",
		"picture":   "Here is the flag:\n\n![A red and blue flag](images/flag.png)\n",
	}
	for name, md := range fixtures {
		for _, color := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s-color%v", name, color), func(t *testing.T) {
				a := parsed(t, dir, name+".md", "---\ntitle: T\n---\n"+md)
				d := renderAt(t, a, Options{Width: 80, Style: "dark", Color: color, Profile: termenv.TrueColor, Images: ImagesBlocks, Pictures: pics})
				golden.RequireEqual(t, []byte(d.String()))
			})
		}
	}
}

// FuzzPrepass: whatever the markdown, the pre-pass and render keep the
// headings in order, every line within the width, and no block mark in
// the output.
func FuzzPrepass(f *testing.F) {
	for _, c := range constructs {
		f.Add(c.md)
	}
	f.Add("## A\n:::tip\n## B\n:::\n> [!NOTE]\n## C\n<details>\n## D\n</details>[^1]\n\n[^1]: x\n    ## E\n")
	for _, c := range fidelity {
		f.Add(c.md)
	}
	f.Fuzz(func(t *testing.T, md string) {
		if len(md) > 4096 {
			return
		}
		a, _, err := library.Parse("f.md", []byte(md))
		if err != nil {
			return
		}
		r, err := New(Options{Width: 40, Style: "dark"})
		if err != nil {
			t.Fatal(err)
		}
		d, err := r.Render(a)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range d.Lines {
			if ansi.StringWidth(l) > 40 || strings.Contains(l, "\x00") {
				t.Fatalf("line %q: wider than 40 or holds a mark", l)
			}
		}
		prev := 0 // a heading glamour draws as nothing ("# <a>") shares the next one's line
		for i, h := range d.Headings {
			if h < prev || h > len(d.Lines) {
				t.Fatalf("heading %d at line %d, before the one before (%d) or past the end", i, h, prev)
			}
			prev = h
		}
	})
}

// opensKind is containerOpen with its kind group set, by hand.
func TestOpensKind(t *testing.T) {
	t.Parallel()
	for _, l := range []string{":::tip", "::: warning Title", ":::note[T]", "   ::::details x", "    :::tip", "\t:::tip", ":::", "::: ", "::tip", ":::1tip", ":::  _x", " \t\t:::a", "::::", ":::é"} {
		cm := containerOpen.FindStringSubmatch(l)
		wantOK := cm != nil && cm[2] != ""
		colons, ok := opensKind(l)
		if ok != wantOK || ok && colons != len(cm[1]) {
			t.Errorf("opensKind(%q) = %d, %v; the expression says %v", l, colons, ok, cm)
		}
	}
}
