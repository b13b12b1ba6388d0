package ui

import (
	"bytes"
	"errors"
	"os/exec"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/common"
)

func TestLinksListOfTheSeed(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 100, 30).openSeed()
	d.press(d.m.keys.Nav.Links)
	if d.m.top() != linksScreen {
		t.Fatalf("l opened %v", d.m.top())
	}
	s := d.screenText()
	for _, want := range []string{"Links · 6 links", "[image] Luxury regenerative", "Treatment Menu", "/treatment · not in the library", "Contact Us"} {
		if !strings.Contains(s, want) {
			t.Errorf("links list lacks %q:\n%s", want, s)
		}
	}
	// filterable like every list
	d.filter("contact")
	if got := d.linkText(); got != "Contact Us" {
		t.Fatalf("filter contact selects %q", got)
	}
	d.press(d.m.keys.Global.Back, d.m.keys.Global.Back)
	if d.m.top() != readerScreen {
		t.Fatalf("esc esc: %v, want the reader", d.m.top())
	}
}

func TestLinkToAnchorJumps(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, twoArticles(t), 80, 24).openSlug("beta")
	d.chooseLink("the end")
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != "beta" {
		t.Fatalf("#beta-end: top %v", d.m.top())
	}
	if err := d.headingOnTop(1); err != nil {
		t.Fatal(err)
	}
}

func TestLinkToArticleOpensIt(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, twoArticles(t), 80, 24).openSlug("alpha")
	d.chooseLink("beta's ending") // /blog/beta#beta-end
	if d.m.top() != readerScreen || d.m.reader.Article().Slug != "beta" {
		t.Fatalf("top %v on %v", d.m.top(), d.m.reader.Article().Slug)
	}
	if err := d.headingOnTop(1); err != nil {
		t.Fatal(err)
	}
	if got := d.m.stack; len(got) != 2 {
		t.Fatalf("stack %v: the old reader and the links list should be gone", got)
	}
}

func TestLinkMissingAndFile(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, twoArticles(t), 80, 24).openSlug("beta")
	d.chooseLink("lost page")
	if d.m.top() != linksScreen || !strings.Contains(d.screenText(), "“lost page” (/blog/nowhere) is not in the library") {
		t.Fatalf("missing article:\n%s", d.screenText())
	}
	d.press(d.m.keys.Global.Back).chooseLink("a picture")
	if !strings.Contains(d.screenText(), "/img/p.png is a file of the website, not in the library") {
		t.Fatalf("image:\n%s", d.screenText())
	}
}

// An external link goes to the opener (injected here, so no browser
// starts) and its result is reported.
func TestLinkExternalUsesOpener(t *testing.T) {
	t.Parallel()
	d := newLibDriver(t, twoArticles(t), 80, 24).openSlug("beta")
	var opened []string
	d.m.nav.openURL = func(u string) tea.Cmd {
		opened = append(opened, u)
		return common.Send(openedMsg{url: u, copied: true})
	}
	d.chooseLink("a web page")
	if len(opened) != 1 || opened[0] != "https://example.com/page" {
		t.Fatalf("opener got %v", opened)
	}
	if !strings.Contains(d.screenText(), "Copied https://example.com/page to the clipboard (OSC 52)") {
		t.Fatalf("status:\n%s", d.screenText())
	}
}

func TestOpenerCommand(t *testing.T) {
	t.Parallel()
	found := func(name string) (string, error) { return "/usr/bin/" + name, nil }
	missing := func(string) (string, error) { return "", errors.New("not found") }
	for _, tc := range []struct {
		name string
		goos string
		env  map[string]string
		look func(string) (string, error)
		want []string // nil: no command
	}{
		{"linux desktop", "linux", map[string]string{"DISPLAY": ":0"}, found, []string{"/usr/bin/xdg-open", "https://x.test/"}},
		{"wayland", "linux", map[string]string{"WAYLAND_DISPLAY": "wayland-0"}, found, []string{"/usr/bin/xdg-open", "https://x.test/"}},
		{"mac", "darwin", nil, found, []string{"/usr/bin/open", "https://x.test/"}},
		{"windows", "windows", nil, found, []string{"/usr/bin/rundll32", "url.dll,FileProtocolHandler", "https://x.test/"}},
		{"console", "linux", nil, found, nil},
		{"no xdg-open", "linux", map[string]string{"DISPLAY": ":0"}, missing, nil},
		{"over ssh", "darwin", map[string]string{"SSH_CONNECTION": "1 2 3 4"}, found, nil},
	} {
		o := opener{goos: tc.goos, getenv: func(k string) string { return tc.env[k] }, lookPath: tc.look}
		c := o.command("https://x.test/")
		var got []string
		if c != nil {
			got = c.Args
			got[0] = c.Path
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%s: command %q, want %q", tc.name, got, tc.want)
		}
	}
}

// With no opener the link is copied with OSC 52; with one it is started
// and never waited for.
func TestOpenerFallsBackToClipboard(t *testing.T) {
	t.Parallel()
	var clip bytes.Buffer
	var started []string
	env := map[string]string{}
	o := opener{goos: "linux", getenv: func(k string) string { return env[k] },
		lookPath: func(n string) (string, error) { return "/bin/" + n, nil },
		start:    func(c *exec.Cmd) error { started = append(started, c.Args[len(c.Args)-1]); return nil },
		clip:     &clip}
	msg := o.open("https://x.test/a")().(openedMsg)
	if !msg.copied || len(started) != 0 || !strings.Contains(clip.String(), "\x1b]52;c;aHR0cHM6Ly94LnRlc3QvYQ==\a") {
		t.Fatalf("console: %+v, started %v, wrote %q", msg, started, clip.String())
	}
	clip.Reset()
	env["DISPLAY"] = ":0"
	msg = o.open("https://x.test/b")().(openedMsg)
	if msg.copied || msg.err != nil || len(started) != 1 || started[0] != "https://x.test/b" || clip.Len() != 0 {
		t.Fatalf("desktop: %+v, started %v, wrote %q", msg, started, clip.String())
	}
	if !strings.Contains(msg.note(), "Opened https://x.test/b") {
		t.Errorf("note %q", msg.note())
	}
}
