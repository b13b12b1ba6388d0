package library

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFrontmatterShapesRealSitesUse: each row is a frontmatter shape
// from issue 13, read without a problem.
func TestFrontmatterShapesRealSitesUse(t *testing.T) {
	t.Parallel()
	day := func(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name, fm string
		check    func(a *Article) bool
	}{
		{"cover map with image and alt", "cover:\n  image: images/flag.png\n  alt: A flag\n  relative: true\n", func(a *Article) bool { return a.Cover == "images/flag.png" }},
		{"cover map with src", "cover: {src: /c.jpg, caption: Hills}\n", func(a *Article) bool { return a.Cover == "/c.jpg" }},
		{"image map with url", "image:\n  url: https://e.com/i.webp\n", func(a *Article) bool { return a.Cover == "https://e.com/i.webp" }},
		{"thumbnail string", "thumbnail: thumb.png\n", func(a *Article) bool { return a.Cover == "thumb.png" }},
		{"featured_image string", "featured_image: f.png\n", func(a *Article) bool { return a.Cover == "f.png" }},
		{"cover settings without a picture", "cover:\n  hidden: true\n", func(a *Article) bool { return a.Cover == "" }},
		{"keywords a number", "keywords: 2023\n", func(a *Article) bool { return slices.Equal(a.Keywords, []string{"2023"}) }},
		{"title a number", "title: 1984\n", func(a *Article) bool { return a.Title == "1984" }},
		{"description true", "description: true\n", func(a *Article) bool { return a.Excerpt == "true" }},
		{"tags of numbers", "tags: [2023, 1.5, true]\n", func(a *Article) bool { return slices.Equal(a.Tags, []string{"2023", "1.5", "true"}) }},
		{"author map", "author: {name: Ada, url: x}\n", func(a *Article) bool { return a.Author == "Ada" }},
		{"ms.date M/D/YYYY", "ms.date: 1/18/2026\n", func(a *Article) bool { return a.Date.Equal(day(2026, 1, 18)) }},
		{"ms.date MM/DD/YYYY", "ms.date: 01/18/2026\n", func(a *Article) bool { return a.Date.Equal(day(2026, 1, 18)) }},
		{"date M/D/YYYY", "date: 1/1/2023\n", func(a *Article) bool { return a.Date.Equal(day(2023, 1, 1)) }},
		{"date D/M/YYYY when the day is over 12", "date: 25/3/2023\n", func(a *Article) bool { return a.Date.Equal(day(2023, 3, 25)) }},
		{"date D.M.YYYY", "date: 4.3.2024\n", func(a *Article) bool { return a.Date.Equal(day(2024, 3, 4)) }},
		{"date YYYY/MM/DD", "date: 2022/07/09\n", func(a *Article) bool { return a.Date.Equal(day(2022, 7, 9)) }},
		{"date YYYY/M/D", "date: 2022/7/9\n", func(a *Article) bool { return a.Date.Equal(day(2022, 7, 9)) }},
		{"date M/D/YYYY with a time", "date: 1/18/2026 3:04 PM\n", func(a *Article) bool { return a.Date.Equal(time.Date(2026, 1, 18, 15, 4, 0, 0, time.UTC)) }},
		{"Unix seconds", "date: 1700000000\n", func(a *Article) bool { return a.Date.Equal(time.Unix(1700000000, 0)) }},
		{"Unix seconds quoted", "date: \"1700000000\"\n", func(a *Article) bool { return a.Date.Equal(time.Unix(1700000000, 0)) }},
		{"lastmod alone", "lastmod: 2021-05-06\n", func(a *Article) bool { return a.Date.Equal(day(2021, 5, 6)) }},
		{"updated alone", "updated: 2021-05-07\n", func(a *Article) bool { return a.Date.Equal(day(2021, 5, 7)) }},
		{"date before lastmod", "lastmod: 2021-05-06\ndate: 2020-01-02\n", func(a *Article) bool { return a.Date.Equal(day(2020, 1, 2)) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			src := "---\n" + tt.fm + "---\nBody.\n"
			a, warnings, err := Parse("a.md", []byte(src))
			if err != nil || len(warnings) != 0 {
				t.Fatalf("%q: err %v, warnings %q", src, err, warnings)
			}
			if !tt.check(a) {
				t.Errorf("%q: cover %q title %q excerpt %q author %q tags %q keywords %q date %v", src, a.Cover, a.Title, a.Excerpt, a.Author, a.Tags, a.Keywords, a.Date)
			}
		})
	}
}

func TestFrontmatterReallyBrokenIsReported(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ fm, want string }{
		{"date: 31/31/2023\n", "date: cannot read"},
		{"date: 2/30/2023\n", "date: cannot read"},
		{"date: 2023\n", "date: cannot read"}, // a year alone is no day
		{"title: [a, b]\n", "title: expected text, got a list"},
		{"tags: {a: 1}\n", "tags: expected a list or a string, got a map"},
		{"draft: maybe\n", "draft: expected true or false"},
	} {
		_, warnings, err := Parse("a.md", []byte("---\n"+tt.fm+"---\nBody.\n"))
		if err != nil || !strings.Contains(strings.Join(warnings, "\n"), tt.want) {
			t.Errorf("%q: err %v, warnings %q, want one saying %q", tt.fm, err, warnings, tt.want)
		}
	}
}

func TestCoverInTOMLAndJSON(t *testing.T) {
	t.Parallel()
	for name, src := range map[string]string{
		"toml": "+++\ntitle = \"T\"\n[cover]\nimage = \"c.png\"\nalt = \"A\"\n+++\nBody\n",
		"json": ";;;\n{\"title\": \"T\", \"cover\": {\"url\": \"c.png\"}, \"keywords\": 7}\n;;;\nBody\n",
	} {
		a, warnings, err := Parse("a.md", []byte(src))
		if err != nil || len(warnings) != 0 || a.Cover != "c.png" {
			t.Errorf("%s: cover %q, err %v, warnings %q", name, a.Cover, err, warnings)
		}
	}
}

// tagsFile is frontmatter with n distinct tags, as YAML flow list.
func tagsFile(n int) []byte {
	var b strings.Builder
	b.WriteString("---\ntitle: Many\ntags: [")
	for i := range n {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "tag%d", i)
	}
	b.WriteString("]\n---\nBody.\n")
	return []byte(b.String())
}

func TestTagsPerArticleCapped(t *testing.T) {
	t.Parallel()
	a, warnings, err := Parse("many.md", tagsFile(MaxTermsPerArticle+5))
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Tags) != MaxTermsPerArticle || a.Tags[0] != "tag0" {
		t.Errorf("%d tags kept, first %q; want the first %d", len(a.Tags), a.Tags[0], MaxTermsPerArticle)
	}
	if w := strings.Join(warnings, "\n"); !strings.Contains(w, "tags: 1005 given") {
		t.Errorf("warnings %q do not report the tags left out", warnings)
	}
	a, _, _ = Parse("dup.md", []byte("---\ntags: [Go, go, GO, \u212aelvin, kelvin, Rust]\n---\nx\n"))
	if !slices.Equal(a.Tags, []string{"Go", "\u212aelvin", "Rust"}) {
		t.Errorf("duplicates kept: %q", a.Tags)
	}
}

func TestUniqueListAgreesWithEqualFold(t *testing.T) {
	t.Parallel()
	var items []string
	for i := range 200 {
		items = append(items, fmt.Sprintf("T%d", i%70), fmt.Sprintf("t%d", i%90), "ſ", "S", "s", "\u212a", "k", "Été", "éTÉ")
	}
	var want []string
	for _, it := range items {
		if !slices.ContainsFunc(want, func(h string) bool { return strings.EqualFold(h, it) }) {
			want = append(want, it)
		}
	}
	if got := appendUnique(nil, items...); !slices.Equal(got, want) {
		t.Errorf("appendUnique = %q\nwant %q", got, want)
	}
}

// BenchmarkParseManyTags: one file with 20,000 tags (22 s before issue
// 16 §3 made tag handling linear).
func BenchmarkParseManyTags(b *testing.B) {
	data := tagsFile(20000)
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Parse("many.md", data); err != nil {
			b.Fatal(err)
		}
	}
}
