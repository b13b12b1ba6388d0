package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/folio-reader/folio/internal/termsafe"
)

// hostileArticle carries escape sequences in every field folio prints:
// the title renames the terminal, the author writes the clipboard, a
// tag clears the screen, a category holds a C1 CSI, the body and the
// FAQ carry more.
const hostileArticle = "---\n" +
	"title: \"Hostile \\e]0;pwned\\a \\e[31mtitle\\e[0m here\"\n" +
	"author: \"Ann \\e]52;c;aGVsbG8=\\a Other\"\n" +
	"tags: [\"care\\e[2J\", \"ok\"]\n" +
	"categories: [\"cat\\u009b2J\"]\n" +
	"description: \"An \\e[5mexcerpt\\e[0m\"\n" +
	"---\n\n" +
	"# Hostile \x1b]0;pwned-h1\a heading\n\n" +
	"Body with \x1b[31mred\x1b[0m text, a \x1b]52;c;aGVsbG8=\a clipboard write, \x1b[2J a clear and a \u202Eright-to-left override.\n\n" +
	"## FAQ\n\n### Is \x1b]0;pwned-q\a this safe?\n\nYes \x1b[2J no.\n\n" +
	"[a link](https://example.com/\x1b[2J)\n"

// controlBytes reports where out holds ESC, BEL, another C0 control
// but tab and newline, DEL or a C1 control (raw, or UTF-8 encoded).
func controlBytes(out string) (string, bool) {
	for i := 0; i < len(out); i++ {
		c := out[i]
		if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 && i+1 < len(out) && out[i+1] >= 0x80 && out[i+1] <= 0x9f {
			return out[max(0, i-20):min(len(out), i+20)], true
		}
	}
	return "", false
}

func hostileDir(t *testing.T) string {
	t.Helper()
	dir := fixtureDir(t, map[string]string{"hostile.md": hostileArticle})
	// a file whose name carries a sequence, and whose text is broken:
	// its slug and its problem line quote the name
	bad := filepath.Join(dir, "evil\x1b]0;pwned-name\a.md")
	if err := os.WriteFile(bad, []byte("---\ntitle: [unclosed\n---\nText.\n"), 0o644); err != nil {
		t.Skipf("this file system refuses such a name: %v", err)
	}
	return dir
}

// No command prints a control character from an article, its file name
// or a slug given on the command line, on stdout or stderr.
func TestHostileTextOutput(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	for _, args := range [][]string{
		{"list"}, {"tags"}, {"categories"}, {"show", "hostile", "--width", "70"},
		{"toc", "hostile"}, {"faq", "hostile"}, {"search", "care"}, {"search", "clipboard"},
		{"show", "hostile\x1b]0;x\a"}, {"list", "--tag", "care\x1b[2"},
	} {
		out, errs, _ := folio(t, append(args, "--no-bundled", "--dir", dir)...)
		for name, s := range map[string]string{"stdout": out, "stderr": errs} {
			if at, bad := controlBytes(s); bad {
				t.Errorf("folio %q: %s holds a control character near %q", args, name, at)
			}
		}
		if args[0] == "list" && len(args) == 1 && (!strings.Contains(out, "Hostile ␛]0;pwned␇") || !strings.Contains(errs, "evil␛]0;pwned-name␇.md")) {
			t.Errorf("list: the title or the file name is not shown as pictures:\n%s\n%s", out, errs)
		}
	}
}

// With colour on, the only sequences are folio's: SGR and OSC 8.
func TestHostileShowInColour(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	out, _, code := folioTTY(t, 70, nil, "show", "hostile", "--no-bundled", "--dir", dir)
	if code != exitOK {
		t.Fatalf("exit %d", code)
	}
	if termsafe.Frame(out) != out {
		t.Errorf("show in colour lets a foreign sequence through:\n%q", out)
	}
	for _, seq := range []string{"\x1b]0;", "\x1b]52;", "\x1b[2J", "\x1b[5m", "\u202E"} {
		if strings.Contains(out, seq) {
			t.Errorf("show in colour prints the article's %q", seq)
		}
	}
	if !strings.Contains(out, "\x1b[") || !strings.Contains(ansi.Strip(out), "Hostile ␛]0;pwned␇") {
		t.Errorf("show in colour lost its colour or its title:\n%q", out)
	}
}

// JSON keeps the exact text, escaped.
func TestHostileJSONKeepsText(t *testing.T) {
	t.Parallel()
	dir := hostileDir(t)
	var got jsonList
	out, _, _ := folio(t, "list", "--json", "--no-bundled", "--dir", dir)
	if strings.ContainsRune(out, 0x1b) || strings.ContainsRune(out, 0x07) {
		t.Error("JSON holds a raw ESC or BEL")
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	found := false
	for _, a := range got.Articles {
		if a.Title == "Hostile \x1b]0;pwned\a \x1b[31mtitle\x1b[0m here" {
			found = true
		}
	}
	if !found {
		t.Errorf("JSON does not keep the title exactly: %s", out)
	}
}

// A 100,000-character slug does not pad every other line: it ends its
// own, and its title goes below, in the title column.
func TestListSlugColumnCapped(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("s", 100_000)
	dir := fixtureDir(t, map[string]string{
		long[:200] + ".md": "---\ntitle: Long one\ndate: 2024-01-02\n---\nText.\n",
		"short.md":         "---\ntitle: Short one\ndate: 2024-01-01\n---\nText.\n",
	})
	// a 100,000-byte name is past every file system's limit: the slug
	// comes from the frontmatter instead
	if err := os.WriteFile(filepath.Join(dir, "huge.md"), []byte("---\ntitle: Huge one\nslug: "+long+"\ndate: 2024-01-03\n---\nText.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errs, code := folio(t, "list", "--no-bundled", "--dir", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		if strings.Contains(l, "short") && len(l) > 100 {
			t.Errorf("a short slug's line is padded to %d bytes", len(l))
		}
	}
	if !strings.Contains(out, "  "+long+"\n") || !strings.Contains(out, "\n"+strings.Repeat(" ", 10+2+5+2)+"Huge one\n") || !strings.Contains(out, "Short one") {
		t.Errorf("list:\n%.300s", out)
	}
}
