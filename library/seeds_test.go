package library

import (
	"slices"
	"strings"
	"testing"

	"github.com/folio-reader/folio/articles"
)

func bundledLibrary(t testing.TB) *Library {
	t.Helper()
	l := Load(Options{}, Source{FS: articles.FS})
	if len(l.Problems) > 0 {
		t.Fatalf("bundled articles have problems: %v", l.Problems)
	}
	return l
}

func mustArticle(t testing.TB, l *Library, slug string) *Article {
	t.Helper()
	a, ok := l.Article(slug)
	if !ok {
		t.Fatalf("no article %q; have %v", slug, l.Slugs())
	}
	return a
}

func TestSeedFacts(t *testing.T) {
	t.Parallel()
	l := bundledLibrary(t)
	clinic := mustArticle(t, l, "exosomes-vs-prp")
	review := mustArticle(t, l, "do-exosomes-work-medicube-review")
	tests := []struct {
		name      string
		got, want any
	}{
		{"article count", len(l.Articles), 2},
		{"newest first", l.Articles[0].Slug, "exosomes-vs-prp"},
		{"clinic title", clinic.Title, "Exosomes vs PRP Treatment: Which Is Better for Skin Rejuvenation?"},
		{"clinic date", clinic.DateString(), "2026-02-02"},
		{"clinic tags", strings.Join(clinic.Tags, "|"), "Exosomes|PRP Treatment|Skin Rejuvenation|Regenerative Aesthetics|London Clinic"},
		{"clinic category", strings.Join(clinic.Categories, "|"), "Skin Rejuvenation"},
		{"clinic author", clinic.Author, "Jennifer Eze"},
		{"clinic reading time from readTime", clinic.ReadingMinutes, 11},
		{"clinic excerpt", clinic.Excerpt, "A practical comparison of exosomes vs PRP treatment, including how they work, who they suit, expected timelines, and consultation-led decision making."},
		{"clinic cover", clinic.Cover, "/images/blog/exosomes-vs-prp-cover-placeholder.jpeg"},
		{"clinic featured", clinic.Featured, false},
		{"clinic keywords", len(clinic.Keywords), 5},
		{"clinic headings", len(clinic.Headings), 47},
		{"clinic first heading", clinic.Headings[0].Text, "Exosomes vs PRP treatment: what should you choose?"},
		{"clinic first heading level", clinic.Headings[0].Level, 1},
		{"clinic FAQ sections", len(clinic.FAQs), 2},
		{"clinic FAQ 1 questions", len(clinic.FAQs[0].Questions), 8},
		{"clinic FAQ 2 questions", len(clinic.FAQs[1].Questions), 10},
		{"clinic first question", clinic.FAQs[0].Questions[0].Question, "Can one treatment replace all other skin therapies?"},
		{"clinic first answer starts", strings.SplitN(clinic.FAQs[0].Questions[0].Answer, "\n", 2)[0], "No."},
		{"clinic contents items", len(clinic.Contents), 11},
		{"clinic plain text", clinic.PlainText, false},
		{"review title", review.Title, "Do Exosomes Work? My Honest Review of the Medicube Exosome Shot"},
		{"review undated", review.DateString(), ""},
		{"review plain text", review.PlainText, true},
		{"review excerpt", review.Excerpt, "Curious about exosomes in topical skincare? I get into the science, the hype, and my non-sponsored experience using Medicube’s viral One Day Exosome Shot for a month."},
		{"review own tags", len(review.Tags), 0},
		{"review inferred tags", strings.Join(review.InferredTags, "|"), "Exosomes"},
		{"review list items", strings.Count(review.Body, "\n- "), 12},
		{"review reading time computed", review.ReadingMinutes > 0 && review.ReadingMinutes < 15, true},
	}
	for _, tc := range tests {
		if tc.got != tc.want {
			t.Errorf("%s: got %v, want %v", tc.name, tc.got, tc.want)
		}
	}
}

func TestSeedPlainTextHeadings(t *testing.T) {
	t.Parallel()
	review := mustArticle(t, bundledLibrary(t), "do-exosomes-work-medicube-review")
	var texts []string
	for _, h := range review.Headings {
		texts = append(texts, h.Text)
	}
	for _, want := range []string{
		"What Are Exosomes?", "How Exosomes May Work in Skincare", "What the Research Says (and Doesn’t)",
		"My Honest Review of the Medicube One Day Exosome Shot", "Lacto Exosomes", "Spicules",
		"AHA / BHA / PHA blend", "How to Use It", "The Results", "The Verdict: Should You Try Exosome Skincare?",
	} {
		if !slices.Contains(texts, want) {
			t.Errorf("heading %q missing; have %q", want, texts)
		}
	}
	for _, h := range texts {
		for _, bad := range []string{"Basically, exosomes", "Glycerin & Panthenol", "And that", "In theory"} {
			if strings.HasPrefix(h, bad) {
				t.Errorf("body text %q became a heading", h)
			}
		}
	}
	if review.Title == review.Headings[0].Text {
		t.Error("the title was also made a heading")
	}
}

func TestSeedContentsResolveToHeadings(t *testing.T) {
	t.Parallel()
	clinic := mustArticle(t, bundledLibrary(t), "exosomes-vs-prp")
	for _, c := range clinic.Contents {
		if c.Heading < 0 {
			t.Errorf("contents item %q names no heading", c.Text)
			continue
		}
		if got := clinic.Headings[c.Heading].Text; !strings.EqualFold(got, c.Text) {
			t.Errorf("contents item %q resolved to %q", c.Text, got)
		}
	}
}

func TestSeedLeadBlockBecomesALink(t *testing.T) {
	t.Parallel()
	clinic := mustArticle(t, bundledLibrary(t), "exosomes-vs-prp")
	if strings.Contains(clinic.Body, "[LEAD|") {
		t.Error("raw [LEAD| block left in the body")
	}
	found := false
	for _, l := range clinic.Links {
		if l.URL == "/downloads/exosomes-vs-prp-treatment-checklist.pdf" && strings.HasPrefix(l.Text, "Download the Exosomes") {
			found = true
		}
	}
	if !found {
		t.Errorf("LEAD link missing from %v", clinic.Links)
	}
	if !slices.ContainsFunc(clinic.Links, func(l Link) bool { return l.Image && strings.HasPrefix(l.Text, "Luxury regenerative") }) {
		t.Error("image lost its alt text")
	}
}

func TestTagsCountInferred(t *testing.T) {
	t.Parallel()
	l := bundledLibrary(t)
	var ex Term
	for _, tg := range l.Tags() {
		if strings.EqualFold(tg.Name, "exosomes") {
			ex = tg
		}
	}
	if ex.Count != 2 {
		t.Errorf("tag Exosomes counts %d, want 2", ex.Count)
	}
	if got := len(l.WithTag("EXOSOMES")); got != 2 {
		t.Errorf("WithTag ignores case badly: %d articles", got)
	}
	if got := len(l.InCategory("skin rejuvenation")); got != 1 {
		t.Errorf("InCategory: %d articles, want 1", got)
	}
}

func TestSearchRanksTitleAboveBody(t *testing.T) {
	t.Parallel()
	l := bundledLibrary(t)
	hits := l.Search("marine sponges")
	if len(hits) != 1 || hits[0].Article.Slug != "do-exosomes-work-medicube-review" {
		t.Fatalf("marine sponges: %v", hits)
	}
	if !strings.Contains(hits[0].Snippet, "marine sponges") || hits[0].Offset < 0 {
		t.Errorf("snippet %q offset %d", hits[0].Snippet, hits[0].Offset)
	}
	hits = l.Search("prp")
	if len(hits) == 0 || hits[0].Article.Slug != "exosomes-vs-prp" || hits[0].Field != "title" {
		t.Errorf("prp: first hit %+v", hits)
	}
	if len(l.Search("zzzz-no-such-word")) != 0 {
		t.Error("a word found nowhere matched")
	}
}

func TestSuggest(t *testing.T) {
	t.Parallel()
	got := Suggest("exosome-vs-prp", []string{"exosomes-vs-prp", "do-exosomes-work-medicube-review", "zebra"}, 3)
	if len(got) == 0 || got[0] != "exosomes-vs-prp" {
		t.Errorf("Suggest: %v", got)
	}
	if slices.Contains(got, "zebra") {
		t.Errorf("far-off candidate suggested: %v", got)
	}
}
