package main

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

func TestExitCodes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		args   []string
		code   int
		stderr string // must appear on stderr
	}{
		{[]string{"list"}, exitOK, ""},
		{[]string{"tags"}, exitOK, ""},
		{[]string{"toc", seed001}, exitOK, ""},
		{[]string{"help"}, exitOK, ""},
		{[]string{"--help"}, exitOK, ""},
		{[]string{"-h"}, exitOK, ""},
		{[]string{"show", "-h"}, exitOK, ""},
		{[]string{"version"}, exitOK, ""},
		{[]string{"show", "no-such-article"}, exitFailure, `no article "no-such-article"`},
		{[]string{"toc", "exosomes-vs-prpp"}, exitFailure, `did you mean "exosomes-vs-prp"?`},
		{[]string{"faq", "exosome-vs-prp"}, exitFailure, `did you mean "exosomes-vs-prp"?`},
		{[]string{"list", "--tag", "exosome"}, exitFailure, `no tag "exosome"; did you mean "Exosomes"?`},
		{[]string{"list", "--category", "skin rejuvination"}, exitFailure, `did you mean "Skin Rejuvenation"?`},
		{[]string{"show", seed001, "--section", "no such heading at all"}, exitFailure, `no heading "no such heading at all"`},
		{[]string{"list", "--dir", "/no/such/folder/anywhere"}, exitFailure, "/no/such/folder/anywhere: no such folder"},
		{[]string{"lst"}, exitUsage, `unknown command "lst"; did you mean "list"?`},
		{[]string{"list", "--bogus"}, exitUsage, "folio: unknown flag --bogus\nusage: folio list [--tag T] [--category C] [--sort KEY] [--min-rating N] [--json]\n"},
		{[]string{"list", "-json"}, exitUsage, "folio: unknown flag -json; did you mean --json?\n"},
		{[]string{"--watch", "list"}, exitUsage, `--watch is for the reader (folio with no command), not "list"`},
		{[]string{"show"}, exitUsage, "missing SLUG"},
		{[]string{"toc", "a", "b"}, exitUsage, "too many arguments"},
		{[]string{"show", seed001, "--width", "0"}, exitUsage, "--width"},
		{[]string{"show", seed001, "--width", "wide"}, exitUsage, "usage: folio show"},
		{[]string{"show", seed001, "--style", "neon"}, exitUsage, `unknown --style "neon"`},
		{[]string{"list", "--style", "neon"}, exitUsage, `unknown --style "neon"`},
		{[]string{"--style", "neon", "tags"}, exitUsage, `unknown --style "neon"`},
		{[]string{"search"}, exitUsage, "missing QUERY"},
		{[]string{"list", "--dir"}, exitUsage, "flag needs an argument"},
		{[]string{"--no-bundled", "list"}, exitUsage, "nothing to read"},
		{[]string{"help", "shw"}, exitUsage, `did you mean "show"?`},
	}
	for _, c := range cases {
		_, errs, code := folio(t, c.args...)
		if code != c.code {
			t.Errorf("folio %s: exit %d, want %d; stderr:\n%s", strings.Join(c.args, " "), code, c.code, errs)
		}
		if !strings.Contains(errs, c.stderr) {
			t.Errorf("folio %s: stderr lacks %q:\n%s", strings.Join(c.args, " "), c.stderr, errs)
		}
	}
}

func TestHelpListsEveryCommand(t *testing.T) {
	t.Parallel()
	out, _, _ := folio(t, "help")
	for _, name := range commandNames(newRootCmd(newEnv(nil, nil))) {
		if !strings.Contains(out, "  "+name+" ") {
			t.Errorf("help lacks %s:\n%s", name, out)
		}
	}
	out, _, _ = folio(t, "show", "--help")
	for _, f := range []string{"--width N", "--style", "--section", "--dir PATH", "--no-bundled"} {
		if !strings.Contains(out, f) {
			t.Errorf("show --help lacks %s", f)
		}
	}
}

func TestFixtureDir(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, fixtures)
	bad := filepath.Join(dir, "bad.md")

	var got jsonList
	out, errs, code := folio(t, "list", "--no-bundled", "--dir", dir, "--json")
	if code != exitOK {
		t.Fatalf("exit %d with good files present: %s", code, errs)
	}
	mustJSON(t, &got, "list", "--no-bundled", "--dir", dir, "--json")
	var slugs []string
	for _, a := range got.Articles {
		slugs = append(slugs, a.Slug)
	}
	if !slices.Equal(slugs, []string{"post", "older"}) {
		t.Errorf("slugs %q, want post, older (newest first, no draft)", slugs)
	}
	if len(got.Problems) != 1 || got.Problems[0].Path != bad || got.Problems[0].Message == "" {
		t.Errorf("problems %+v, want one for %s", got.Problems, bad)
	}
	if !strings.Contains(errs, bad+": ") {
		t.Errorf("stderr lacks %q:\n%s", bad+": ", errs)
	}
	if strings.Contains(out, "Secret Draft") {
		t.Errorf("draft listed without --drafts")
	}
	_, errs, _ = folio(t, "list", "--no-bundled", "--dir", dir)
	if lines := strings.Split(strings.TrimSpace(errs), "\n"); len(lines) != 1 || !strings.HasPrefix(lines[0], bad+": ") {
		t.Errorf("plain list stderr: %q, want one line %q", errs, bad+": …")
	}

	// global flags before the command, with bundled articles too, and drafts
	mustJSON(t, &got, "--drafts", "--dir", dir, "list", "--json")
	if len(got.Articles) != 5 {
		t.Errorf("bundled + fixtures + draft: %d articles, want 5", len(got.Articles))
	}
	// narrowing by tag (any case) and category
	mustJSON(t, &got, "list", "--no-bundled", "--dir", dir, "--tag", "GO", "--json")
	if len(got.Articles) != 2 {
		t.Errorf("--tag GO: %d articles, want 2", len(got.Articles))
	}
	mustJSON(t, &got, "list", "--no-bundled", "--dir", dir, "--tag", "go", "--category", "code", "--json")
	if len(got.Articles) != 1 || got.Articles[0].Slug != "post" {
		t.Errorf("--tag go --category code: %+v, want post", got.Articles)
	}

	// flags interleaved with the slug
	out, _, code = folio(t, "toc", "--no-bundled", "--dir", dir, "post")
	if code != exitOK || !strings.Contains(out, "  Intro\n") || !strings.Contains(out, "Does it work?") {
		t.Errorf("toc --no-bundled --dir D post: exit %d\n%s", code, out)
	}
	out, _, code = folio(t, "show", "--no-bundled", "--dir", dir, "post", "--width", "40")
	if code != exitOK || !strings.Contains(out, "Hello from the fixture.") || !strings.Contains(out, "Ann Writer · 2025-05-01") {
		t.Errorf("show --no-bundled --dir D post --width 40: exit %d\n%s", code, out)
	}
	var faq jsonFAQ
	mustJSON(t, &faq, "faq", "post", "--json", "--dir", dir, "--no-bundled")
	if len(faq.Sections) != 1 || len(faq.Sections[0].Questions) != 2 || faq.Sections[0].Questions[1].Answer != "So it can fail." {
		t.Errorf("fixture FAQ: %+v", faq.Sections)
	}
	if len(faq.Problems) != 1 {
		t.Errorf("faq --json problems: %+v, want the bad file", faq.Problems)
	}
}

// TestTwoDirsEveryExtension: --dir is repeatable and recursive, and reads
// .md, .markdown, .mdx and .txt, in any case, and nothing else.
func TestTwoDirsEveryExtension(t *testing.T) {
	t.Parallel()
	one := fixtureDir(t, map[string]string{
		"a.md":               "---\ntitle: From md\n---\nBody\n",
		"deep/er/b.MARKDOWN": "---\ntitle: From markdown\n---\nBody\n",
		"c.html":             "<h1>Not read</h1>\n",
		"d.rst":              "Not read\n========\n",
	})
	two := fixtureDir(t, map[string]string{
		"e.mdx":    "---\ntitle: From mdx\n---\nBody\n",
		"f.txt":    "From txt\n\nA plain-text article.\n",
		"g.md.bak": "---\ntitle: Not read\n---\n",
	})
	var got jsonList
	mustJSON(t, &got, "list", "--no-bundled", "--dir", one, "--dir", two, "--json")
	var titles []string
	for _, a := range got.Articles {
		titles = append(titles, a.Title)
	}
	slices.Sort(titles)
	if want := []string{"From markdown", "From md", "From mdx", "From txt"}; !slices.Equal(titles, want) || len(got.Problems) != 0 {
		t.Errorf("titles %q, want %q; problems %v", titles, want, got.Problems)
	}
}

// A folder with nothing to read is no failure, but each listing command
// says so, naming it; JSON stays JSON.
func TestEmptyFolder(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{"notes.html": "<p>not read</p>\n"})
	for _, args := range [][]string{{"list"}, {"tags"}, {"categories"}, {"questions"}, {"search", "x"}} {
		out, errs, code := folio(t, append(args, "--no-bundled", "--dir", dir)...)
		if code != exitOK || out != "" || !strings.Contains(errs, "found no articles in "+dir+" (folio reads .md") {
			t.Errorf("%s on an empty folder: exit %d, stdout %q, stderr %q", args[0], code, out, errs)
		}
	}
	var got jsonList
	mustJSON(t, &got, "list", "--no-bundled", "--dir", dir, "--json")
	if got.Articles == nil || len(got.Articles) != 0 {
		t.Errorf("list --json: %+v", got)
	}
}

func TestDirThatIsAFile(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, fixtures)
	file := filepath.Join(dir, "post.md")
	_, errs, code := folio(t, "--dir", file, "list")
	if code != exitFailure || !strings.Contains(errs, file+": not a folder") {
		t.Errorf("--dir FILE: exit %d, stderr %q", code, errs)
	}
}

// Flags go anywhere among the arguments, global ones before or after
// the command's name, and add up; "--" ends them.
func TestFlagsAnywhere(t *testing.T) {
	t.Parallel()
	a := fixtureDir(t, map[string]string{"a.md": "# In A\n\nText.\n"})
	b := fixtureDir(t, map[string]string{"b.md": "# In B\n\nText.\n", "-dash.md": "# Dashed\n\nText.\n"})
	var got jsonList
	mustJSON(t, &got, "--no-bundled", "--dir", a, "list", "--dir", b, "--json")
	if len(got.Articles) != 3 {
		t.Errorf("--dir before and after list: %d articles, want 3", len(got.Articles))
	}
	out, errs, code := folio(t, "toc", "--dir", a, "a", "--no-bundled")
	if code != exitOK || !strings.HasPrefix(out, "In A\n") {
		t.Errorf("toc --dir D slug --no-bundled: exit %d %q %s", code, out, errs)
	}
	// an argument, not a flag: the article's path in its folder (its ID)
	out, errs, code = folio(t, "toc", "--no-bundled", "--dir", b, "--", "-dash")
	if code != exitOK || !strings.HasPrefix(out, "Dashed\n") {
		t.Errorf("toc -- -dash: exit %d %q %s", code, out, errs)
	}
	out, _, code = folio(t, "show", seed001, "--width=50", "--style=notty")
	if code != exitOK || maxWidth(out) > 50 {
		t.Errorf("--width=50 --style=notty: exit %d, widest line %d", code, maxWidth(out))
	}
}

func TestTextOutput(t *testing.T) {
	t.Parallel()
	out, _, _ := folio(t, "list")
	if lines := strings.Split(strings.TrimSpace(out), "\n"); len(lines) != 2 ||
		!strings.HasPrefix(lines[0], "2026-02-02  exosomes-vs-prp ") || !strings.HasPrefix(lines[1], "undated ") {
		t.Errorf("list:\n%s", out)
	}
	out, _, _ = folio(t, "tags")
	if !strings.HasPrefix(out, "2  Exosomes\n") {
		t.Errorf("tags:\n%s", out)
	}
	out, _, _ = folio(t, "toc", "do-exosomes-work-medicube-review")
	for _, h := range []string{"What Are Exosomes?", "The Verdict: Should You Try Exosome Skincare?", "How to Use It"} {
		if !strings.Contains(out, "  "+h+"\n") {
			t.Errorf("review toc lacks %q:\n%s", h, out)
		}
	}
	out, _, _ = folio(t, "faq", seed001)
	if !strings.Contains(out, "Q: Can one treatment replace all other skin therapies?\n") {
		t.Errorf("faq:\n%s", out)
	}
	out, _, _ = folio(t, "search", "marine", "sponges")
	if !strings.HasPrefix(out, "do-exosomes-work-medicube-review  ") || !strings.Contains(out, "marine sponges") {
		t.Errorf("search:\n%s", out)
	}
}

func TestWatchFlag(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{"a.md": "# A\n\nText.\n"})
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--watch"}, "--watch needs a --dir"},
		{[]string{"--watch", "--dir", dir, "list"}, "--watch is for the reader"},
	} {
		_, stderr, code := folio(t, tc.args...)
		if code != exitUsage || !strings.Contains(stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want usage error %q", tc.args, code, stderr, tc.want)
		}
	}
}

// TestListColumnsInCells: titles line up even when a slug is in a script
// whose characters take two cells.
func TestListColumnsInCells(t *testing.T) {
	t.Parallel()
	dir := fixtureDir(t, map[string]string{
		"日本語.md":    "---\ntitle: Japanese\n---\nx\n",
		"abcdef.md": "---\ntitle: Latin\n---\nx\n",
	})
	out, errs, code := folio(t, "list", "--no-bundled", "--dir", dir)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if code != exitOK || len(lines) != 2 {
		t.Fatalf("exit %d, %q, %s", code, out, errs)
	}
	col := func(l, title string) int { return ansi.StringWidth(l[:strings.Index(l, title)]) }
	if a, b := col(lines[0], "Japanese"), col(lines[1], "Latin"); a != b {
		t.Errorf("titles start at cells %d and %d:\n%s", a, b, out)
	}
}

// Titles line up whatever the slugs' lengths: the column fits the widest
// slug, and a slug wider than its cap (100 cells through a pipe; on a
// terminal, what leaves the title 30) puts its title on the next line.
func TestListColumnsPastLongSlugs(t *testing.T) {
	t.Parallel()
	long := strings.Repeat("very-long-slug-", 4)[:45]
	longer := strings.Repeat("a-much-longer-slug-", 4)[:70]
	huge := strings.Repeat("x", 150)
	files := map[string]string{}
	for slug, title := range map[string]string{"s": "Short", long: "Long", longer: "Longer", huge: "Huge"} {
		files[slug+".md"] = "---\ntitle: " + title + "\n---\nx\n"
	}
	dir := fixtureDir(t, files)
	columns := func(out string) map[string]int {
		at := map[string]int{}
		for _, l := range strings.Split(out, "\n") {
			for _, title := range []string{"Short", "Long", "Longer", "Huge"} {
				if strings.HasSuffix(l, "  "+title) {
					at[title] = ansi.StringWidth(strings.TrimSuffix(l, title))
				}
			}
		}
		return at
	}
	out, errs, code := folio(t, "list", "--no-bundled", "--dir", dir)
	at := columns(out)
	if code != exitOK || len(at) != 4 || at["Short"] != 10+2+70+2 || at["Long"] != at["Short"] || at["Longer"] != at["Short"] || at["Huge"] != at["Short"] {
		t.Errorf("piped: titles at %v, want all at %d; exit %d %s\n%s", at, 10+2+70+2, code, errs, out)
	}
	if !strings.Contains(out, "  "+huge+"\n") {
		t.Errorf("the 150-cell slug does not end its line:\n%s", out)
	}
	out, _, _ = folioTTY(t, 80, nil, "list", "--no-bundled", "--dir", dir)
	at = columns(out)
	if len(at) != 4 || at["Long"] != at["Short"] || at["Longer"] != at["Short"] || at["Huge"] != at["Short"] || at["Short"] > 80-30 {
		t.Errorf("80 columns: titles at %v, want all at one column, leaving 30 cells:\n%s", at, out)
	}
}
