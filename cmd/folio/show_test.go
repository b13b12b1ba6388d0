package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// checkWidth fails for any line wider than width cells.
func checkWidth(t *testing.T, name, out string, width int) {
	t.Helper()
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if w := ansi.StringWidth(l); w > width {
			t.Errorf("%s: line %d is %d cells, over %d: %q", name, i+1, w, width, l)
		}
	}
}

func TestShowPiped(t *testing.T) {
	t.Parallel()
	for _, slug := range []string{seed001, "do-exosomes-work-medicube-review"} {
		for _, width := range []string{"1", "2", "7", "24", "60", "80", "100"} {
			for _, style := range []string{"auto", "dark", "light", "notty"} {
				name := slug + " --width " + width + " --style " + style
				out, errs, code := folio(t, "show", slug, "--width", width, "--style", style)
				if code != exitOK {
					t.Fatalf("%s: exit %d: %s", name, code, errs)
				}
				if strings.Contains(out, "\x1b[") {
					t.Errorf("%s: escape codes in piped output", name)
				}
				if strings.Contains(out, "[LEAD|") {
					t.Errorf("%s: raw [LEAD| block", name)
				}
				if slug == seed001 && width == "100" && (!strings.Contains(out, "Download the Exosomes vs PRP Treatment Decision Checklist (PDF)") ||
					!strings.Contains(out, "/downloads/exosomes-vs-prp-") || !strings.Contains(out, "treatment-checklist.pdf")) { // the link wraps at its hyphen
					t.Errorf("%s: the LEAD call-out lacks its label or its link", name)
				}
				n := 0
				for _, c := range width {
					n = n*10 + int(c-'0')
				}
				checkWidth(t, name, out, n)
			}
		}
	}
}

func TestShowHeader(t *testing.T) {
	t.Parallel()
	out, _, _ := folio(t, "show", seed001, "--width", "80")
	head := strings.Join(strings.Split(out, "\n")[:6], "\n")
	for _, want := range []string{"Exosomes vs PRP Treatment: Which Is Better", "Jennifer Eze · 2026-02-02 · ", " min read", "───"} {
		if !strings.Contains(head, want) {
			t.Errorf("header lacks %q:\n%s", want, head)
		}
	}
	if !strings.Contains(out, "Download the Exosomes vs PRP Treatment Decision Checklist") {
		t.Errorf("lead block's label missing")
	}
	// default width when piped is 80
	def, _, _ := folio(t, "show", seed001)
	if def != out {
		t.Errorf("piped default width is not 80")
	}
}

// An article whose text opens with a heading saying its title shows the
// title once, as the reader does: the heading, under the byline.
func TestShowTitleOnceWhenHeadingRepeatsIt(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"same.md":  "---\ntitle: The Same Title\nauthor: Ann\n---\n\n# The same  title\n\nFirst paragraph.\n",
		"other.md": "---\ntitle: Another Title\n---\n\nAn opening.\n\n# Another Title\n\nText.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, _, _ := folio(t, "show", filepath.Join(dir, "same.md"), "--width", "60")
	if n := strings.Count(strings.ToLower(strings.Join(strings.Fields(out), " ")), "the same title"); n != 1 || !strings.Contains(out, "Ann") || !strings.Contains(out, "First paragraph.") {
		t.Errorf("the title shows %d times:\n%s", n, out)
	}
	out, _, _ = folio(t, "show", filepath.Join(dir, "other.md"), "--width", "60")
	if n := strings.Count(out, "Another Title"); n != 2 {
		t.Errorf("a title after an opening shows %d times, want the header's and the heading's:\n%s", n, out)
	}
}

func TestShowColour(t *testing.T) {
	t.Parallel()
	out, _, code := folioTTY(t, 70, nil, "show", seed001)
	if code != exitOK || !strings.Contains(out, "\x1b[") {
		t.Fatalf("terminal output has no colour (exit %d)", code)
	}
	checkWidth(t, "tty width 70", out, 70)

	wide, _, _ := folioTTY(t, 300, nil, "show", seed001)
	checkWidth(t, "tty width 300 caps at 100", wide, maxAutoWidth)

	for _, style := range []string{"auto", "dark", "light", "notty"} {
		plain, _, _ := folioTTY(t, 70, map[string]string{"NO_COLOR": "1"}, "show", seed001, "--style", style)
		if strings.Contains(plain, "\x1b[") {
			t.Errorf("NO_COLOR --style %s: escape codes", style)
		}
	}
}

func TestResolveStyle(t *testing.T) {
	t.Parallel()
	dark := true
	e := &env{getenv: func(string) string { return "" }, tty: true, darkBackground: func() bool { return dark }}
	if s := e.resolveStyle("auto"); s != "dark" {
		t.Errorf("dark terminal: %s", s)
	}
	dark = false
	if s := e.resolveStyle("auto"); s != "light" {
		t.Errorf("light terminal: %s", s)
	}
	if s := e.resolveStyle("dark"); s != "dark" {
		t.Errorf("explicit dark: %s", s)
	}
	e.tty = false
	if s := e.resolveStyle("auto"); s != "dark" || e.color() {
		t.Errorf("pipe: %s colour %v", s, e.color())
	}
}

func TestShowSection(t *testing.T) {
	t.Parallel()
	const review = "do-exosomes-work-medicube-review"
	for _, h := range []string{"how to use it", "How to Use It", "how-to-use-it", "#how-to-use-it"} {
		out, errs, code := folio(t, "show", review, "--section", h, "--width", "50")
		if code != exitOK {
			t.Fatalf("--section %q: exit %d: %s", h, code, errs)
		}
		lines := strings.Split(out, "\n")
		if !strings.Contains(lines[0], "How to Use It") {
			t.Errorf("--section %q starts with %q", h, lines[0])
		}
		if strings.Contains(out, "The Verdict") || strings.Contains(out, "What Are Exosomes?") {
			t.Errorf("--section %q runs past its section:\n%s", h, out)
		}
		checkWidth(t, "section", out, 50)
	}
	_, errs, code := folio(t, "show", review, "--section", "how to use")
	if code != exitFailure || !strings.Contains(errs, `did you mean "How to Use It"`) {
		t.Errorf("near-miss section: exit %d: %s", code, errs)
	}
}

// A review's rating shows in show's header; one out of five as "★ 4.5".
func TestShowHeaderRating(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ rating, want string }{
		{"4.5/5", "Ada · 2026-01-03 · ★ 4.5 · "},
		{"8.5/10", "Ada · 2026-01-03 · ★ 8.5/10 · "},
		{"4", "Ada · 2026-01-03 · ★ 4 · "},
	} {
		p := filepath.Join(t.TempDir(), "review.md")
		src := "---\ntitle: Kettle review\nauthor: Ada\ndate: 2026-01-03\nrating: " + tt.rating + "\n---\nA kettle.\n"
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		out, errOut, code := folio(t, "show", p, "--width", "80")
		head := strings.Join(strings.Split(out, "\n")[:4], "\n")
		if code != exitOK || !strings.Contains(head, tt.want) {
			t.Errorf("rating %s: exit %d, header lacks %q:\n%s\n%s", tt.rating, code, tt.want, head, errOut)
		}
	}
}
