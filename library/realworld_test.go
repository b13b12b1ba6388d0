package library

import (
	"slices"
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
		"badDate.md":   "---\ntitle: Bad date\ndate: yesterday\ntags: 5\n---\nBody\n",
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
	for _, keep := range []string{"Text with", "inline.", "[youtube]", "Inside", "Kept words", "import Y"} {
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
		"a/same.md":              "---\ntitle: First\n---\n",
		"b/same.md":              "---\ntitle: Second\n---\n",
		"name with spaces ’ — & é 日本 🙂.md": "---\ntitle: Odd\n---\n",
	})
	if len(l.Articles) != 4 {
		t.Fatalf("%d articles, want 4 (the .jpg ignored)", len(l.Articles))
	}
	if s := byTitle(t, l, "Bundle").Slug; s != "bundle" {
		t.Errorf("page bundle slug %q", s)
	}
	if s := byTitle(t, l, "Odd").Slug; s != "name-with-spaces-é-日本" {
		t.Errorf("odd name slug %q", s)
	}
	first, second := byTitle(t, l, "First"), byTitle(t, l, "Second")
	if first.Slug != "same" || second.Slug != "same-2" {
		t.Errorf("duplicate slugs: %q %q", first.Slug, second.Slug)
	}
	if msg := problemFor(l, "b/same.md"); !strings.Contains(msg, "same-2") {
		t.Errorf("duplicate slug not reported: %q", msg)
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
