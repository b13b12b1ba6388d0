package library

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

func loadMap(t *testing.T, opts Options, files map[string]string) *Library {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, body := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return Load(opts, Source{FS: fsys})
}

func byTitle(t *testing.T, l *Library, title string) *Article {
	t.Helper()
	for _, a := range l.Articles {
		if a.Title == title {
			return a
		}
	}
	var have []string
	for _, a := range l.Articles {
		have = append(have, a.Title)
	}
	t.Fatalf("no article titled %q; have %q (problems %v)", title, have, l.Problems)
	return nil
}

func headingTexts(a *Article) []string {
	var out []string
	for _, h := range a.Headings {
		out = append(out, h.Text)
	}
	return out
}

func problemFor(l *Library, path string) string {
	for _, p := range l.Problems {
		if p.Path == path {
			return p.Message
		}
	}
	return ""
}

func TestFrontmatterAsSitesWriteIt(t *testing.T) {
	t.Parallel()
	l := loadMap(t, Options{}, map[string]string{
		"caps.md":      "---\nTitle: Caps\nTags: [Go, go, Rust]\nDate: 2024-03-01\nTopics: [Lang]\nSeries: Intro\n---\nBody\n",
		"pref.md":      "---\ntitle: Pref\ndate: 2020-01-01\npubDate: 2021-05-06\nlastmod: 2022-01-01\n---\n",
		"lastmod.md":   "---\ntitle: Lastmod only\nlastmod: 2022-07-08T10:00:00Z\n---\n",
		"spaced.md":    "---\ntitle: Spaced\ntags: alpha beta\ncategories: \"One, Two\"\ndate: \"2026-02-02 10:00\"\nauthors: [Ann, Bo]\nsummary: Sum\n---\n",
		"toml.md":      "+++\ntitle = \"Toml\"\ndate = 2017-10-09\ntags = [\n  \"go\",\n  \"web\",\n]\ncategories = []\n+++\n\nBody\n",
		"json.md":      "{\n  \"title\": \"Json\",\n  \"publishDate\": \"2014-02-03T04:05:06Z\",\n  \"tags\": [\"x\"]\n}\n\nBody\n",
		"indented.md":  "---\n  title: Indented\n  tags:\n    - a\n---\nBody\n",
		"badDate.md":   "---\ntitle: Bad date\ndate: yesterday\ntags: {a: 1}\n---\nBody\n",
		"draft.md":     "---\ntitle: Draft\ndraft: true\n---\n",
		"noFM.md":      "# From heading\n\nFirst paragraph here.\n",
		"slugged.md":   "---\ntitle: S\nslug: Custom Slug\n---\n",
		"metaDesc.md":  "---\ntitle: M\nmetaDescription: Meta\n---\n",
		"category1.md": "---\ntitle: One category\ncategory: Skin Care\n---\n",
	})
	caps := byTitle(t, l, "Caps")
	if !slices.Equal(caps.Tags, []string{"Go", "Rust"}) || caps.DateString() != "2024-03-01" || !slices.Equal(caps.Categories, []string{"Lang", "Intro"}) {
		t.Errorf("capitalised keys: tags %v date %s cats %v", caps.Tags, caps.DateString(), caps.Categories)
	}
	if d := byTitle(t, l, "Pref").DateString(); d != "2021-05-06" {
		t.Errorf("pubDate should win over date and lastmod: %s", d)
	}
	if d := byTitle(t, l, "Lastmod only").DateString(); d != "2022-07-08" {
		t.Errorf("lastmod fallback: %s", d)
	}
	sp := byTitle(t, l, "Spaced")
	if !slices.Equal(sp.Tags, []string{"alpha", "beta"}) || !slices.Equal(sp.Categories, []string{"One", "Two"}) || sp.Author != "Ann, Bo" || sp.Excerpt != "Sum" {
		t.Errorf("string lists: %+v", sp)
	}
	if sp.Date.Format(time.DateTime) != "2026-02-02 10:00:00" {
		t.Errorf("date with time: %v", sp.Date)
	}
	toml := byTitle(t, l, "Toml")
	if toml.DateString() != "2017-10-09" || !slices.Equal(toml.Tags, []string{"go", "web"}) || len(toml.Categories) != 0 {
		t.Errorf("toml: %s %v %v", toml.DateString(), toml.Tags, toml.Categories)
	}
	if j := byTitle(t, l, "Json"); j.DateString() != "2014-02-03" || !slices.Equal(j.Tags, []string{"x"}) {
		t.Errorf("json: %s %v", j.DateString(), j.Tags)
	}
	if in := byTitle(t, l, "Indented"); !slices.Equal(in.Tags, []string{"a"}) {
		t.Errorf("indented yaml: %v", in.Tags)
	}
	bad := byTitle(t, l, "Bad date")
	if !bad.Date.IsZero() || len(bad.Tags) != 0 {
		t.Errorf("bad date kept a date %v or tags %v", bad.Date, bad.Tags)
	}
	if msg := problemFor(l, "badDate.md"); !strings.Contains(msg, "date") && !strings.Contains(msg, "tags") {
		t.Errorf("wrong types not reported: %q", msg)
	}
	for _, a := range l.Articles {
		if a.Title == "Draft" {
			t.Error("draft shown without --drafts")
		}
	}
	if loadMap(t, Options{Drafts: true}, map[string]string{"d.md": "---\ntitle: D\ndraft: true\n---\n"}).Articles[0].Title != "D" {
		t.Error("draft hidden with Drafts")
	}
	nf := byTitle(t, l, "From heading")
	if nf.Excerpt != "First paragraph here." || nf.Slug != "nofm" {
		t.Errorf("no frontmatter: excerpt %q slug %q", nf.Excerpt, nf.Slug)
	}
	if s := byTitle(t, l, "S").Slug; s != "custom-slug" {
		t.Errorf("slug field: %q", s)
	}
	if e := byTitle(t, l, "M").Excerpt; e != "Meta" {
		t.Errorf("metaDescription: %q", e)
	}
	if c := byTitle(t, l, "One category").Categories; !slices.Equal(c, []string{"Skin Care"}) {
		t.Errorf("category (one) split: %v", c)
	}
}

func TestHeadingsSetextAndCode(t *testing.T) {
	t.Parallel()
	a, _, err := Parse("h.md", []byte("Setext one\n==========\n\nPara\n\nSetext two\n----------\n\n```\n# not a heading\n```\n\n    # indented code\n\n~~~~\n## nor this\n~~~~\n\n## Real ##\n\n- item\n---\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Setext one", "Setext two", "Real"}
	if got := headingTexts(a); !slices.Equal(got, want) {
		t.Errorf("headings %q, want %q", got, want)
	}
	if a.Headings[0].Level != 1 || a.Headings[1].Level != 2 {
		t.Errorf("setext levels: %+v", a.Headings)
	}
}

func TestDuplicateHeadingsGetUniqueAnchors(t *testing.T) {
	t.Parallel()
	a, _, _ := Parse("d.md", []byte("## Notes\n\n## Notes\n\n## Notes\n"))
	var got []string
	for _, h := range a.Headings {
		got = append(got, h.Anchor)
	}
	if !slices.Equal(got, []string{"notes", "notes-1", "notes-2"}) {
		t.Errorf("anchors %v", got)
	}
}

func TestMDXAndShortcodesAreNotText(t *testing.T) {
	t.Parallel()
	a, _, err := Parse("post.mdx", []byte("---\ntitle: MDX\n---\nimport X from \"./x\"\nexport const meta = {}\n\n<X prop=\"1\" />\n\nText with {{< ref \"a.md\" >}} inline.\n\n{{< youtube abc >}}\n\n{{% notice %}}\nInside\n{{% /notice %}}\n\n<Callout>Kept words</Callout>\n\n```js\nimport Y from \"y\"\n```\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"import X", "export const", "<X", "{{<", "{{%", "<Callout>"} {
		if strings.Contains(strings.Split(a.Body, "```")[0], bad) {
			t.Errorf("%q left in body:\n%s", bad, a.Body)
		}
	}
	for _, keep := range []string{"Text with a.md inline.", "[YouTube video abc](https://www.youtube.com/watch?v=abc)", "Inside", "Kept words", "import Y"} {
		if !strings.Contains(a.Body, keep) {
			t.Errorf("%q lost from body:\n%s", keep, a.Body)
		}
	}
}

func TestSlugs(t *testing.T) {
	t.Parallel()
	l := loadMap(t, Options{}, map[string]string{
		"posts/bundle/index.md":  "---\ntitle: Bundle\n---\n",
		"posts/bundle/photo.jpg": "not an article",
		"posts/bundle/notes.txt": "Transcript\n\nNot an article but a resource of the bundle.\n",
		"posts/plain.txt":        "Plain\n\nA plain-text article beside the bundle's folder.\n",
		"a/same.md":              "---\ntitle: First\n---\n",
		"b/same.md":              "---\ntitle: Second\n---\n",
		"name with spaces ’ — & é 日本 🙂.md": "---\ntitle: Odd\n---\n",
	})
	if len(l.Articles) != 5 {
		t.Fatalf("%d articles %v, want 5 (the bundle's .jpg and .txt ignored)", len(l.Articles), l.Slugs())
	}
	byTitle(t, l, "Plain")
	if s := byTitle(t, l, "Bundle").Slug; s != "bundle" {
		t.Errorf("page bundle slug %q", s)
	}
	if s := byTitle(t, l, "Odd").Slug; s != "name-with-spaces-é-日本" {
		t.Errorf("odd name slug %q", s)
	}
	// a shared name is no problem: each is listed by its path (ids_test.go)
	first, second := byTitle(t, l, "First"), byTitle(t, l, "Second")
	if first.Slug != "a/same" || second.Slug != "b/same" || len(l.Problems) != 0 {
		t.Errorf("shared name: slugs %q %q, problems %v", first.Slug, second.Slug, l.Problems)
	}
}

// A tag removed from the start of a line must not leave a code fence that
// swallows the rest of the article (found by FuzzCleanBody).
func TestRemovedTagDoesNotUncoverAFence(t *testing.T) {
	t.Parallel()
	a, _, err := Parse("post.mdx", []byte("---\ntitle: T\n---\n<Note/>```\n\n## After\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Headings) != 1 || a.Headings[0].Text != "After" {
		t.Errorf("headings %+v: the heading after the tag was taken for code:\n%s", a.Headings, a.Body)
	}
}

func problemsFor(l *Library, path string) []string {
	var out []string
	for _, p := range l.Problems {
		if p.Path == path {
			out = append(out, p.Message)
		}
	}
	return out
}

// TestDatePreference checks each pair of date keys in the order real
// sites mean them: Pubdate/pubDate, publishDate, date, lastmod.
func TestDatePreference(t *testing.T) {
	t.Parallel()
	keys := []string{"Pubdate", "publishDate", "date", "lastmod"}
	for i, better := range keys {
		for _, worse := range keys[i+1:] {
			text := "---\ntitle: T\n" + worse + ": 2001-01-01\n" + better + ": 2002-02-02\n---\nBody\n"
			a, _, err := Parse("a.md", []byte(text))
			if err != nil || a.DateString() != "2002-02-02" {
				t.Errorf("%s should win over %s: got %v, %v", better, worse, a, err)
			}
		}
	}
}

func TestFieldsAsStrings(t *testing.T) {
	t.Parallel()
	a, warnings, err := Parse("a.md", []byte("---\ntitle: T\ndescription: Described\ntags: \"Go, Rust , web dev\"\n---\n"))
	if err != nil || len(warnings) != 0 {
		t.Fatal(err, warnings)
	}
	if a.Excerpt != "Described" || !slices.Equal(a.Tags, []string{"Go", "Rust", "web dev"}) {
		t.Errorf("description %q, comma-separated tags %q", a.Excerpt, a.Tags)
	}
}

func TestWrongTypesAreEachReported(t *testing.T) {
	t.Parallel()
	l := loadMap(t, Options{}, map[string]string{"bad.md": "---\ntitle: Bad\ndate: yesterday\ntags: {a: 1}\n---\nBody\n"})
	got := strings.Join(problemsFor(l, "bad.md"), "\n")
	for _, want := range []string{`date: cannot read "yesterday"`, "tags"} {
		if !strings.Contains(got, want) {
			t.Errorf("problems of bad.md lack %q:\n%s", want, got)
		}
	}
	if len(l.Articles) != 1 || !l.Articles[0].Date.IsZero() {
		t.Errorf("the article is kept, undated: %+v", l.Articles)
	}
}

// TestKeysInTwoCases: Title and title in one frontmatter decode the same
// way on every run (a map's order changes from run to run), with a warning.
func TestKeysInTwoCases(t *testing.T) {
	t.Parallel()
	text := []byte("---\nTitle: Upper\ntitle: lower\nDATE: 2020-01-01\nDate: 2021-01-01\n---\nBody\n")
	for range 20 {
		a, warnings, err := Parse("k.md", text)
		if err != nil {
			t.Fatal(err)
		}
		if a.Title != "lower" || a.DateString() != "2020-01-01" {
			t.Fatalf("title %q date %s: want the lower-case key, else the first in byte order", a.Title, a.DateString())
		}
		if w := strings.Join(warnings, "\n"); !strings.Contains(w, `"Title" left out: "title" is given too`) || !strings.Contains(w, `"Date" left out: "DATE" is given too`) {
			t.Fatalf("warnings: %q", warnings)
		}
	}
}

func TestReadingTimeAt230WordsAMinute(t *testing.T) {
	t.Parallel()
	for words, want := range map[int]int{1: 1, 230: 1, 231: 2, 460: 2, 2300: 10} {
		a, _, err := Parse("r.md", []byte("---\ntitle: R\n---\n"+strings.Repeat("word ", words)+"\n"))
		if err != nil || a.ReadingMinutes != want {
			t.Errorf("%d words: %d minutes, want %d", words, a.ReadingMinutes, want)
		}
	}
}

// Imports, exports, JSX tags, MDX comments and shortcodes that span lines
// leave none of their text behind, and the prose around them stays where
// it was (audit of issue 4).
func TestMultiLineMDXAndShortcodes(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, body string
		leaked     []string // none of these may be left
		kept       []string // each of these must be left, on one line
	}{
		{"import over lines", "import { Chart } from '../chart'\nimport Foo, {\n  Bar,\n} from \"./foo\"\n\nProse after.\n",
			[]string{"Bar", "from", "}", "Chart"}, []string{"Prose after."}},
		{"import with from on its own line", "import {\n  A,\n}\nfrom 'a'\nimport B from\n  \"b\"\n\nProse.\n",
			[]string{"A,", "from", "}", "\"b\""}, []string{"Prose."}},
		{"export object", "export const meta = {\n  author: 'someone',\n  tags: ['a'],\n}\n\nProse.\n",
			[]string{"author", "tags", "}"}, []string{"Prose."}},
		{"export with brackets in strings", "export const meta = {\n  title: 'a } b',\n  note: \"{\",\n}\nProse right after.\n",
			[]string{"title", "note", "}"}, []string{"Prose right after."}},
		{"export function", "export default function Layout({ children }) {\n  return <div>{children}</div>\n}\n\n# Heading\n",
			[]string{"return", "children", "}"}, []string{"# Heading"}},
		{"JSX tag over lines", "Intro.\n\n<Chart\n  data={[1, 2, 3]}\n  title=\"Sales\"\n/>\n\nOutro.\n",
			[]string{"Chart", "data=", "Sales", "/>"}, []string{"Intro.", "Outro."}},
		{"JSX tag with > in an expression", "<Card\n  onClick={() => a > b}\n  title='x > y'\n>\nInside the card.\n</Card>\n",
			[]string{"Card", "onClick"}, []string{"**x > y**", "Inside the card."}},
		{"MDX comment", "Text.\n\n{/* an MDX comment */}\n\nMore {/* inline */} text.\n",
			[]string{"MDX comment", "inline", "{/*", "*/}"}, []string{"Text.", "More  text."}},
		{"MDX comment over lines", "Text.\n{/* a\n  longer comment\n*/} and after.\n",
			[]string{"longer", "comment", "*/"}, []string{"Text.", " and after."}},
		{"shortcode over lines", "Before {{< figure\n  src=\"/a.png\"\n  alt=\"x\"\n>}} after.\n\nPara with {{< param \"author\" >}} inline.\n",
			[]string{"{{", "}}", "src=", "alt=", "figure"}, []string{"Before ", "![x](/a.png)", " after.", "Para with  inline."}},
		{"stand-alone shortcode over lines", "{{% notice\n  info %}}\nBody\n{{% /notice %}}\n",
			[]string{"{{", "}}", "notice"}, []string{"::::info", "Body"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			out := cleanBody(c.body)
			for _, bad := range c.leaked {
				if strings.Contains(out, bad) {
					t.Errorf("%q left in:\n%s", bad, out)
				}
			}
			for _, keep := range c.kept {
				if !slices.ContainsFunc(strings.Split(out, "\n"), func(l string) bool { return strings.Contains(l, keep) }) {
					t.Errorf("%q lost from:\n%s", keep, out)
				}
			}
		})
	}
}

// Code blocks, fenced or indented, keep multi-line constructs as they are.
func TestMultiLineConstructsInCodeAreKept(t *testing.T) {
	t.Parallel()
	for _, body := range []string{
		"Text.\n\n```js\nimport Foo, {\n  Bar,\n} from \"./foo\"\n```\n",
		"Text.\n\n    {{< figure\n      src=\"/a.png\"\n    >}}\n\nAfter.\n",
		"Text.\n\n    <Chart\n      data={[1]}\n    />\n",
		"Text.\n\n    code\n    {{< figure\n    >}}\n\n    {/* a comment */}\n",
	} {
		if out := cleanBody(body); out != body {
			t.Errorf("code changed:\n%s\nbecame\n%s", body, out)
		}
	}
}

// A statement, tag, comment or shortcode that does not close before a
// blank line, or within a few lines, is text: the article after it is
// kept, not swallowed up to closing brackets further on.
func TestUnclosedConstructKeepsTheArticle(t *testing.T) {
	t.Parallel()
	const rest = "## Next\n\nThe rest. }) ]} /> >}} %}} */}\n"
	var long strings.Builder
	long.WriteString("import {\n")
	for i := range 60 {
		long.WriteString("line " + strconv.Itoa(i) + " of prose\n")
	}
	for _, body := range []string{
		"import {\nThis is prose that goes on\nfor a while.\n\n" + rest,
		"export const x = {\nprose\n\n" + rest,
		"<Chart\n  data={[1, 2\n\n" + rest,
		"<Chart\n\n" + rest,
		"Before {{< figure\nsrc=x\n\n" + rest,
		"Before {/* never closed\n\n" + rest,
		long.String() + "}\n\n" + rest,
	} {
		a, _, err := Parse("post.mdx", []byte(body))
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(headingTexts(a), []string{"Next"}) || !strings.HasSuffix(a.Body, rest) {
			t.Errorf("article lost after an unclosed construct:\n%s\nbecame\n%s", body, a.Body)
		}
		for _, l := range strings.Split(body, "\n")[1:] {
			if strings.HasPrefix(l, "line ") && !strings.Contains(a.Body, l+"\n") {
				t.Fatalf("%q lost:\n%s", l, a.Body)
			}
		}
	}
}

// The audit's files render without any of the constructs' text.
func TestMDXAuditFiles(t *testing.T) {
	t.Parallel()
	for name, leaked := range map[string][]string{
		"variants.mdx":       {"Bar", "author", "return", "Chart", "data=", "{/*", "{{< figure", "{{< highlight", "{{% notice", "{{<ref", "{{<x"},
		"shortcode-lines.md": {"{{", "}}", "src=", "│"},
	} {
		data, err := os.ReadFile(filepath.Join("testdata", "mdx", name))
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		for _, bad := range leaked {
			if strings.Contains(a.Body, bad) {
				t.Errorf("%s: %q left in:\n%s", name, bad, a.Body)
			}
		}
		if strings.HasPrefix(a.Body, "}") || strings.Contains(a.Body, "\n}") || strings.Contains(a.Body, "\n>") {
			t.Errorf("%s: a stray brace or quote line:\n%s", name, a.Body)
		}
	}
}
