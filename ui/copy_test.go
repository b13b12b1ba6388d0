package ui

import (
	"bytes"
	"encoding/base64"
	"regexp"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

var osc52RE = regexp.MustCompile("\x1b\\]52;c;([A-Za-z0-9+/=]*)\a")

// clipped decodes the last OSC 52 copy written to buf.
func clipped(t *testing.T, buf *bytes.Buffer) string {
	t.Helper()
	all := osc52RE.FindAllStringSubmatch(buf.String(), -1)
	if len(all) == 0 {
		t.Fatalf("no OSC 52 copy written: %q", buf.String())
	}
	b, err := base64.StdEncoding.DecodeString(all[len(all)-1][1])
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func copyDriver(t *testing.T) (*driver, *bytes.Buffer) {
	var buf bytes.Buffer
	opts := testOptions
	opts.Clipboard = &buf
	d := &driver{t: t, m: New(bundled(t), opts)}
	d.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	return d.openSeed(), &buf
}

func TestCopySectionAndArticle(t *testing.T) {
	t.Parallel()
	d, buf := copyDriver(t)
	a := d.m.reader.Article()
	// after each jump, y copies the section of the heading at the top,
	// its own markdown, up to the next heading of its level or higher
	for jump := 0; jump < 3; jump++ {
		at := d.m.reader.CurrentHeading()
		if at < 0 {
			t.Fatalf("jump %d: no heading at the top line %d", jump, d.m.reader.Shown().Top)
		}
		h := a.Headings[at]
		d.send(keyMsg(t, "y"))
		got := clipped(t, buf)
		if !strings.HasPrefix(got, strings.SplitN(a.Body[h.Offset:], "\n", 2)[0]+"\n") {
			t.Errorf("y on %q copied %.120q", h.Text, got)
		}
		if !strings.Contains(a.Body, strings.TrimRight(got, "\n")) {
			t.Errorf("y on %q copied text that is not the article's", h.Text)
		}
		for _, o := range a.Headings[at+1:] {
			if o.Level <= h.Level {
				if strings.Contains(got, strings.SplitN(a.Body[o.Offset:], "\n", 2)[0]+"\n") {
					t.Errorf("the section of %q runs into %q", h.Text, o.Text)
				}
				break
			}
		}
		if !strings.Contains(d.m.reader.Shown().Note, h.Text) {
			t.Errorf("note %q does not name the section %q", d.m.reader.Shown().Note, h.Text)
		}
		d.press(d.m.keys.Reader.NextHeading)
	}
	d.send(keyMsg(t, "Y"))
	if got := clipped(t, buf); strings.TrimSpace(got) != strings.TrimSpace(a.Body) {
		t.Errorf("Y copied %d bytes, want the whole article, %d", len(got), len(a.Body))
	}
	if d.m.top() != readerScreen {
		t.Errorf("copying left the reader for %v", d.m.top())
	}
}

func TestCopyLinkAddress(t *testing.T) {
	t.Parallel()
	d, buf := copyDriver(t)
	d.press(d.m.keys.Nav.Links)
	if d.m.top() != linksScreen {
		t.Fatalf("no links list: %v", d.m.top())
	}
	link, ok := d.m.nav.links.SelectedLink()
	if !ok {
		t.Fatal("no link selected")
	}
	d.send(keyMsg(t, "y"))
	if got := strings.TrimSpace(clipped(t, buf)); got == "" || !strings.Contains(got, strings.TrimPrefix(link.URL, "/")) {
		t.Errorf("y copied %q, want the address of %q", got, link.URL)
	}
	if d.m.top() != linksScreen || !strings.Contains(d.screenText(), "Copied") {
		t.Errorf("no note on the links list:\n%s", d.screenText())
	}
	if !strings.Contains(d.screenText(), "y copy address") {
		t.Errorf("the links list's help lacks y")
	}
}
