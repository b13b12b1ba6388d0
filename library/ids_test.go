package library

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Translations and versions share a name and are each reachable by their
// path; a name only one has still works; links go to the nearest.
func TestSharedNames(t *testing.T) {
	t.Parallel()
	l := loadMap(t, Options{}, map[string]string{
		"i18n/en/guides/islands.md":     "---\ntitle: Islands\n---\nSee [[routing]] and [the other](../../de/guides/islands.md).\n",
		"i18n/de/guides/islands.md":     "---\ntitle: Inseln\n---\nSiehe [[routing]].\n",
		"i18n/fr/guides/islands.md":     "---\ntitle: Îles\n---\n",
		"i18n/en/guides/routing.md":     "---\ntitle: Routing\n---\n",
		"i18n/de/guides/routing.md":     "---\ntitle: Routing DE\n---\n",
		"i18n/en/reference/glossary.md": "---\ntitle: Glossary\nslug: words\n---\n",
		"posts/bundle/index.md":         "---\ntitle: Bundle\n---\n",
		"v1/words.md":                   "---\ntitle: Old words\nslug: old-words\n---\n",
	})
	if len(l.Problems) != 0 {
		t.Fatalf("problems: %v", l.Problems)
	}
	for id, title := range map[string]string{
		"i18n/en/guides/islands": "Islands", "i18n/de/guides/islands": "Inseln", "i18n/fr/guides/islands": "Îles",
		"posts/bundle": "Bundle", "i18n/en/reference/glossary": "Glossary",
	} {
		a, err := l.Find(id)
		if err != nil || a == nil || a.Title != title || a.ID != id {
			t.Errorf("Find(%q) = %v, %v; want %q", id, a, err, title)
		}
		if a, _ := l.Find(id + ".md"); id != "posts/bundle" && (a == nil || a.Title != title) {
			t.Errorf("Find(%q.md) = %v", id, a)
		}
	}
	// a shared name is ambiguous, and says which articles it could be
	_, err := l.Find("islands")
	var amb *AmbiguousError
	if !errors.As(err, &amb) || !slices.Equal(amb.IDs, []string{"i18n/de/guides/islands", "i18n/en/guides/islands", "i18n/fr/guides/islands"}) {
		t.Errorf("Find(islands) = %v", err)
	}
	if a, ok := l.Article("islands"); ok {
		t.Errorf("Article(islands) = %q, want none", a.ID)
	}
	// a name only one has: its slug
	for name, title := range map[string]string{"words": "Glossary", "bundle": "Bundle", "old-words": "Old words"} {
		if a, ok := l.Article(name); !ok || a.Title != title || a.Slug != name {
			t.Errorf("Article(%q) = %v", name, a)
		}
	}
	// links: [[routing]] from en goes to en, from de to de
	en, _ := l.Find("i18n/en/guides/islands")
	de, _ := l.Find("i18n/de/guides/islands")
	if got := l.ResolveFrom(en, "routing"); got == nil || got.Title != "Routing" {
		t.Errorf("routing from en: %v", got)
	}
	if got := l.ResolveFrom(de, "Routing"); got == nil || got.Title != "Routing DE" {
		t.Errorf("Routing from de: %v", got)
	}
	for _, link := range en.Links {
		tg := l.Resolve(en, link.URL)
		switch link.Text {
		case "routing":
			if tg.Article == nil || tg.Article.Title != "Routing" {
				t.Errorf("[[routing]] from en resolves to %+v", tg.Article)
			}
		case "the other":
			if tg.Article != de {
				t.Errorf("relative link resolves to %+v", tg.Article)
			}
		}
	}
}

// An article added to a library later (an edited or a new file, which
// Parse reads alone) takes its ID under the folder the others came from,
// and so keeps its slug.
func TestIDOfAnArticleAddedLater(t *testing.T) {
	t.Parallel()
	l := Load(Options{}, Source{FS: fstest.MapFS{
		"en/a.md": {Data: []byte("# A\n")},
		"de/a.md": {Data: []byte("# A\n")},
	}, Name: "/site"})
	arts := slices.Clone(l.Articles)
	b, _, err := Parse("/site/fr/a.md", []byte("# A\n"))
	if err != nil {
		t.Fatal(err)
	}
	l2 := New(append(arts, b))
	var got []string
	for _, a := range l2.Articles {
		got = append(got, a.Slug)
	}
	slices.Sort(got)
	if strings.Join(got, " ") != "de/a en/a fr/a" {
		t.Errorf("slugs %q", got)
	}
}

// Two folders holding the same path give two IDs.
func TestSamePathInTwoFolders(t *testing.T) {
	t.Parallel()
	l := Load(Options{},
		Source{FS: fstest.MapFS{"guide.md": {Data: []byte("# One\n")}}, Name: "one"},
		Source{FS: fstest.MapFS{"guide.md": {Data: []byte("# Two\n")}}, Name: "two"})
	var ids []string
	for _, a := range l.Articles {
		ids = append(ids, a.ID)
	}
	slices.Sort(ids)
	if len(ids) != 2 || ids[0] == ids[1] {
		t.Errorf("IDs %q", ids)
	}
}

func TestTreeDistance(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"en/guides/a", "en/guides/b", 0},
		{"en/guides/a", "en/b", 1},
		{"en/guides/a", "de/guides/b", 4},
		{"a", "b", 0},
	} {
		if got := treeDistance(c.a, c.b); got != c.want {
			t.Errorf("treeDistance(%q, %q) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
}

// The slugs' and IDs' maps are made by the first look-up, not by the
// load (a command printing a search never looks one up), and then find
// every article by its slug and its ID.
func TestLookupsMadeWhenFirstAsked(t *testing.T) {
	t.Parallel()
	l := loadMap(t, Options{}, map[string]string{
		"en/islands.md": "---\ntitle: Islands\n---\n",
		"de/islands.md": "---\ntitle: Inseln\n---\n",
		"routing.md":    "---\ntitle: Routing\n---\n",
	})
	if l.derived.bySlug != nil || l.derived.byID != nil {
		t.Fatal("the look-up maps were made by the load")
	}
	for _, a := range l.Articles {
		if got, ok := l.Article(a.Slug); !ok || got != a {
			t.Errorf("Article(%q) = %v, %v", a.Slug, got, ok)
		}
		if got, err := l.Find(a.ID); err != nil || got != a {
			t.Errorf("Find(%q) = %v, %v", a.ID, got, err)
		}
	}
	if len(l.derived.bySlug) != 3 || len(l.derived.byID) != 3 {
		t.Errorf("maps of %d slugs and %d IDs, want 3 each", len(l.derived.bySlug), len(l.derived.byID))
	}
}
