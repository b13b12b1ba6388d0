package ui

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"testing/fstest"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/ui/common"
	"github.com/folio-reader/folio/ui/reader"
)

// hostileMD carries escape sequences in every field the TUI draws.
const hostileMD = "---\n" +
	"title: \"Hostile \\e]0;pwned\\a \\e[31mtitle\\e[0m here\"\n" +
	"author: \"Ann \\e]52;c;aGVsbG8=\\a Other\"\n" +
	"tags: [\"care\\e[2J\", \"ok\"]\n" +
	"categories: [\"cat\\u009b2J\"]\n" +
	"---\n\n" +
	"# Hostile \x1b]0;pwned-h1\a heading\n\n" +
	"Body with \x1b[31mred\x1b[0m text and a \x1b]52;c;aGVsbG8=\a clipboard write.\n\n" +
	"## FAQ\n\n### Is \x1b]0;pwned-q\a this safe?\n\nYes \x1b[2J no.\n\n" +
	"[a \x1bPlink\a](https://example.com/\x1b[2J) and [code](vscode://file/etc/passwd)\n"

func hostileLibrary(t testing.TB, md string) *library.Library {
	t.Helper()
	return library.Load(library.Options{}, library.Source{FS: fstest.MapFS{
		"hostile.md": {Data: []byte(md)},
		// a broken file whose name carries a sequence: its problem line
		"evil\x1b]0;pwned-name\a.md": {Data: []byte("---\ntitle: [unclosed\n---\nText.\n")},
	}})
}

// checkFrame fails when the frame lets an article's sequence through,
// or a line is wider than the window (a sequence made visible only after
// the layout measured it as zero cells wide would push it over).
func checkFrame(t testing.TB, where string, d *driver, w int) {
	t.Helper()
	v := d.m.View()
	if termsafe.Frame(v) != v {
		t.Errorf("%s: a foreign sequence in the frame:\n%q", where, v)
	}
	for _, seq := range []string{"\x1b]0;", "\x1b]52;", "\x1b[2J", "\x1b[31mtitle", "\x1bP", "\u009b"} {
		if strings.Contains(v, seq) {
			t.Errorf("%s: the article's %q reaches the frame", where, seq)
		}
	}
	for _, l := range strings.Split(v, "\n") {
		if ansi.StringWidth(l) > w {
			t.Errorf("%s: a line of %d cells in a window of %d: %q", where, ansi.StringWidth(l), w, ansi.Strip(l))
		}
	}
}

// visitScreens goes through every screen that draws the article's text.
func visitScreens(t testing.TB, d *driver, w int) {
	t.Helper()
	g, r := d.m.keys.Global, d.m.keys.Reader
	checkFrame(t, "articles", d, w)
	d.press(g.Tags)
	checkFrame(t, "tags", d, w)
	d.press(g.Categories)
	checkFrame(t, "categories", d, w)
	d.press(g.Articles)
	d.press(d.m.keys.Marks.Problems)
	checkFrame(t, "problems", d, w)
	d.press(g.Back)
	if d.m.articles.SelectedSlug() != "hostile" {
		return
	}
	d.press(d.m.keys.List.Open)
	checkFrame(t, "reader", d, w)
	d.press(r.Contents)
	checkFrame(t, "contents", d, w)
	d.press(g.Back, r.FAQ)
	checkFrame(t, "faq", d, w)
	d.press(g.Back, d.m.keys.Nav.Links)
	checkFrame(t, "links", d, w)
}

// No screen draws an article's or a file name's sequences, and every
// line still fits the window.
func TestHostileScreens(t *testing.T) {
	t.Parallel()
	for _, size := range [][2]int{{100, 30}, {80, 24}, {30, 10}} {
		d := newLibDriver(t, hostileLibrary(t, hostileMD), size[0], size[1])
		visitScreens(t, d, size[0])
		if size[0] == 100 && d.m.top() == linksScreen && !strings.Contains(d.screenText(), "a ␛Plink␇") {
			t.Errorf("the link text is not shown as pictures:\n%s", d.screenText())
		}
	}
}

// Any article: every frame holds only folio's sequences and fits.
func FuzzHostileFrames(f *testing.F) {
	f.Add(hostileMD)
	f.Add("---\ntitle: \"\\e[2J\\u202e\"\ntags: [\"\\a\"]\n---\n# \x1bP\n\n> - > - \u009b\n")
	f.Fuzz(func(t *testing.T, md string) {
		d := newLibDriver(t, hostileLibrary(t, md), 60, 16)
		visitScreens(t, d, 60)
	})
}

// Only http, https and mailto links go to the browser; another scheme
// is offered for copying and copied when chosen again.
func TestLinkSchemes(t *testing.T) {
	t.Parallel()
	md := "---\ntitle: Links\n---\n# Links\n\n[web](https://example.com/w) [mail](mailto:a@example.com) " +
		"[code](vscode://file/etc/passwd) [js](javascript:void) [file](file:///etc/passwd) [app](x-custom:run)\n"
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"links.md": {Data: []byte(md)}}})
	d := newLibDriver(t, lib, 120, 24).openSlug("links")
	var opened []string
	d.m.nav.openURL = func(u string) tea.Cmd {
		opened = append(opened, u)
		return common.Send(openedMsg{url: u, copied: !reader.WebLink(u)})
	}
	for _, c := range []struct{ text, url string }{{"web", "https://example.com/w"}, {"mail", "mailto:a@example.com"}} {
		d.chooseLink(c.text)
		if len(opened) == 0 || opened[len(opened)-1] != c.url {
			t.Fatalf("%s: the opener got %v", c.text, opened)
		}
		d.press(d.m.keys.Global.Back)
	}
	for _, c := range []struct{ text, url string }{{"code", "vscode://file/etc/passwd"}, {"js", "javascript:void"}, {"file", "file:///etc/passwd"}, {"app", "x-custom:run"}} {
		n := len(opened)
		d.chooseLink(c.text)
		if len(opened) != n {
			t.Fatalf("%s: %s went to the opener", c.text, c.url)
		}
		if s := d.screenText(); !strings.Contains(s, "Not opened") || !strings.Contains(s, "copy") {
			t.Fatalf("%s: no offer to copy:\n%s", c.text, s)
		}
		d.press(d.m.keys.List.Open)
		if len(opened) != n+1 || opened[n] != c.url || !strings.Contains(d.screenText(), "Copied "+c.url) {
			t.Fatalf("%s: chosen again, opener got %v; screen:\n%s", c.text, opened, d.screenText())
		}
		d.press(d.m.keys.Global.Back)
	}
}

// The opener never starts a program for a link that is not web or mail,
// even when it is asked to: it copies it.
func TestOpenerRefusesOtherSchemes(t *testing.T) {
	t.Parallel()
	var started []string
	var clip strings.Builder
	o := opener{goos: "linux", getenv: func(k string) string { return map[string]string{"DISPLAY": ":0"}[k] },
		lookPath: func(n string) (string, error) { return "/bin/" + n, nil },
		start:    func(c *exec.Cmd) error { started = append(started, c.Args[len(c.Args)-1]); return nil },
		clip:     &clip}
	for _, u := range []string{"file:///etc/passwd", "vscode://x", "javascript:alert(1)"} {
		msg := o.open(u)().(openedMsg)
		if len(started) != 0 || !msg.copied {
			t.Errorf("%s: started %v, %+v", u, started, msg)
		}
	}
	if msg := o.open("https://example.com")().(openedMsg); msg.copied || len(started) != 1 {
		t.Errorf("a web link was not opened: %+v, started %v", msg, started)
	}
}

// An article its editor saved as binary: the reader says it cannot be
// read instead of silently showing the old text.
func TestEditToBinarySaysSo(t *testing.T) {
	t.Parallel()
	opts := testOptions
	opts.Edit = func(path string, done func(error) tea.Msg) tea.Cmd {
		return func() tea.Msg {
			png := []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00")
			return done(os.WriteFile(path, png, 0o644))
		}
	}
	d, _ := dirDriver(t, opts)
	d.openSlug("notes")
	d.press(d.m.keys.Marks.Edit)
	s := d.screenText()
	if d.m.top() != readerScreen || !strings.Contains(s, "notes.md changed but cannot be read") || !strings.Contains(s, "binary") {
		t.Fatalf("no word of the unreadable file:\n%s", s)
	}
	if !strings.Contains(s, "Opening") {
		t.Errorf("the text from before is not shown:\n%s", s)
	}
}
