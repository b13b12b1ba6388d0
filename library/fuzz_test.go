package library

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/folio-reader/folio/articles"
)

// addSeeds adds the bundled articles and a few odd shapes to the corpus.
func addSeeds(f *testing.F) {
	entries, err := articles.FS.ReadDir(".")
	if err != nil {
		f.Fatal(err)
	}
	for _, e := range entries {
		data, err := articles.FS.ReadFile(e.Name())
		if err != nil {
			f.Fatal(err)
		}
		f.Add(e.Name(), data)
	}
	for _, s := range []string{
		"+++\ntitle = \"t\"\ndate = 2017-10-09\n+++\n# H\n", "{\n\"title\": 1\n}\n\nx", "---\n---\n",
		"\xef\xbb\xbf---\r\ntitle: a\r\n---\r\nA\r\n===\r\n", "## FAQ\n\n**Why?**\n\nBecause.\n\n### How?\n",
		"[LEAD|a|b]\n```\n[LEAD|c|d]\n```\n{{< x >}}\nimport y\n<Z/>", "Title.\n\nExcerpt\n\nHeading\n\n  • item\n",
	} {
		f.Add("fuzz.md", []byte(s))
		f.Add("fuzz.txt", []byte(s))
	}
}

// FuzzParse checks that any file either parses into a consistent article
// or is refused with an error, never a panic.
func FuzzParse(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		a, _, err := Parse(name, data)
		if err != nil {
			if a != nil {
				t.Fatal("an article and an error")
			}
			return
		}
		checkArticle(t, a)
	})
}

func checkArticle(t *testing.T, a *Article) {
	t.Helper()
	if !utf8.ValidString(a.Body) || !utf8.ValidString(a.Title) {
		t.Fatal("invalid UTF-8 in a parsed article")
	}
	if a.Slug == "" {
		t.Fatal("empty slug")
	}
	prev := -1
	for _, h := range a.Headings {
		if h.Offset <= prev || h.Offset > len(a.Body) || (h.Offset > 0 && a.Body[h.Offset-1] != '\n') {
			t.Fatalf("heading %q at bad offset %d", h.Text, h.Offset)
		}
		if h.Level < 1 || h.Level > 6 || h.Text == "" || h.Anchor == "" && strings.TrimSpace(h.Text) != "" && anchorOf(h.Text) != "" {
			t.Fatalf("bad heading %+v", h)
		}
		prev = h.Offset
	}
	for _, s := range a.FAQs {
		// -1: the section's title is a line (a bold paragraph saying FAQ), not a heading
		if s.Heading < -1 || s.Heading >= len(a.Headings) || len(s.Questions) == 0 || s.Title == "" {
			t.Fatalf("bad FAQ section %+v", s)
		}
		start := 0 // where the section's title line is, which a section titled by a line does not say
		if s.Heading >= 0 {
			start = a.Headings[s.Heading].Offset
		}
		for _, q := range s.Questions {
			if q.Heading >= len(a.Headings) || q.Offset < start || q.Offset > len(a.Body) {
				t.Fatalf("bad FAQ question %+v", q)
			}
		}
	}
	for _, c := range a.Contents {
		if c.Heading >= len(a.Headings) {
			t.Fatalf("contents item beyond the headings: %+v", c)
		}
	}
	for _, l := range a.Links {
		if l.Heading >= len(a.Headings) || l.Offset > len(a.Body) {
			t.Fatalf("bad link %+v", l)
		}
	}
}

// FuzzNormalisePlainText checks the plain-text reader: a one-line title,
// and markdown that parses back into headings at line starts.
func FuzzNormalisePlainText(f *testing.F) {
	f.Add(string(mustRead(f, "do-exosomes-work-medicube-review.txt")))
	f.Add("Title\n\nExcerpt.\n\nA Heading\n\n• one\n• two\n\n# not markdown\n")
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		pt := NormalisePlainText(normaliseText([]byte(text), false))
		if strings.Contains(pt.Title, "\n") {
			t.Fatalf("title spans lines: %q", pt.Title)
		}
		a := &Article{Body: pt.Markdown, Slug: "x", Title: "x"}
		indexBody(a)
		checkArticle(t, a)
		for _, h := range a.Headings {
			if h.Level != 2 {
				t.Fatalf("plain text made a level-%d heading %q from %q", h.Level, h.Text, text)
			}
		}
	})
}

// FuzzCleanBody checks the LEAD, MDX and shortcode rewriting: no raw
// LEAD line survives outside code, and code blocks are untouched.
func FuzzCleanBody(f *testing.F) {
	f.Add(string(mustRead(f, "exosomes-vs-prp.md")))
	f.Add("import ```\n<Note/>```\ntext\n```\ncode\n```\n")
	f.Add("[LEAD|Label|/u]\n```\n[LEAD|x|y]\n```\n{{< a >}}\n{{% b %}}x{{% /b %}}\nimport Q from 'q'\n<Comp a=\"1\"/>\n")
	f.Add("import A, {\n  B,\n} from \"./a\"\nexport const m = {\n  t: ['}'],\n}\n<Chart\n  d={[1]}\n  t=\"x > y\"\n/>```\nBefore {{< figure\n  src=\"/a\"\n>}} after.\n{/* c\n*/}\n```\nimport {\n```\n")
	f.Fuzz(func(t *testing.T, body string) {
		out := cleanBody(body)
		for _, l := range splitLines(out) {
			if !l.code && leadBlock.MatchString(l.text) {
				t.Fatalf("raw LEAD line left: %q", l.text)
			}
		}
		// Code blocks pass through as they are, and nothing outside them
		// becomes code ("import ```" is dropped whole; "<A/>```" keeps
		// its backticks escaped).
		if in, got := codeLines(body), codeLines(out); !slices.Equal(in, got) {
			t.Fatalf("code lines changed:\n in %q\nout %q", in, got)
		}
	})
}

// FuzzHeadingsAndFAQ checks heading and FAQ extraction on any markdown body.
func FuzzHeadingsAndFAQ(f *testing.F) {
	f.Add(string(mustRead(f, "exosomes-vs-prp.md")))
	f.Add("## FAQ\n\n### Q?\nA\n\n**Bold?**\n\nB\nSetext?\n---\n")
	f.Fuzz(func(t *testing.T, body string) {
		if !utf8.ValidString(body) {
			return
		}
		a := &Article{Body: body, Slug: "x", Title: "x"}
		indexBody(a)
		checkArticle(t, a)
	})
}

func mustRead(f *testing.F, name string) []byte {
	data, err := articles.FS.ReadFile(name)
	if err != nil {
		f.Fatal(err)
	}
	return data
}

func BenchmarkParseSeed(b *testing.B) {
	data, err := articles.FS.ReadFile("exosomes-vs-prp.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse("exosomes-vs-prp.md", data); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzFrontmatter checks frontmatter splitting on its own: the body
// returned is always the end of the text, and keys come back lower-cased.
func FuzzFrontmatter(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, _ string, data []byte) {
		text := normaliseText(data, false)
		fields, body, _, _, err := splitFrontmatter(text)
		if err != nil {
			return
		}
		if !strings.HasSuffix(text, body) {
			t.Fatalf("body is not the end of the text")
		}
		for k := range fields {
			if k != strings.ToLower(k) {
				t.Fatalf("key %q not lower-cased", k)
			}
		}
	})
}

// codeLines is the text of the lines inside code blocks, in order.
func codeLines(body string) []string {
	var code []string
	for _, l := range splitLines(body) {
		if l.code {
			code = append(code, l.text)
		}
	}
	return code
}
