package library

import (
	"reflect"
	"testing"
	"testing/fstest"
)

func reviewLibrary(t *testing.T, files map[string]string) *Library {
	t.Helper()
	fsys := fstest.MapFS{}
	for name, src := range files {
		fsys[name] = &fstest.MapFile{Data: []byte(src)}
	}
	lib := Load(Options{}, Source{FS: fsys, Name: "t"})
	for _, p := range lib.Problems {
		t.Fatalf("problem: %s", p)
	}
	return lib
}

// Alternatives link to the library's article by slug, by the product it
// reviews, or by title, and take its rating when they give none.
func TestReviewAlternativesLinked(t *testing.T) {
	t.Parallel()
	lib := reviewLibrary(t, map[string]string{
		"aero.md":   "---\ntitle: Aero V9 Review\nrating: 4.7\nalternatives:\n  - breeze-s5-review\n  - Quiet Kettle\n  - {name: Nowhere X, price: $5}\n---\nText.\n",
		"breeze.md": "---\ntitle: Breeze S5 Review\nslug: breeze-s5-review\nproduct: Breeze S5\nrating: 4.3\n---\nText.\n",
		"kettle.md": "---\ntitle: Quiet Kettle Review\n---\n\nRating: ★★★★☆\n",
	})
	a, _ := lib.Article("aero")
	r := lib.Review(a)
	var got []string
	for _, x := range r.Alternatives {
		rating := ""
		if x.Rating != nil {
			rating = formatRating(x.Rating.Value, x.Rating.Scale)
		}
		got = append(got, x.Name+"|"+x.Slug+"|"+rating+"|"+x.Price)
	}
	want := []string{"Breeze S5|breeze-s5-review|4.3/5|", "Quiet Kettle|kettle|4/5|", "Nowhere X|||$5"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("alternatives %q, want %q", got, want)
	}
}

// Products gathers one product from several sources by name — case,
// punctuation, a brand one writes and another not — with the mean of
// their ratings on five, and a listing's picks with theirs.
func TestProducts(t *testing.T) {
	t.Parallel()
	lib := reviewLibrary(t, map[string]string{
		"a.md": "---\ntitle: A\nproduct: {name: Aero V9, brand: Aero}\nrating: 4.7\n---\nx\n",
		"b.md": "---\ntitle: Six months\n---\n\n**Product:** aero-v9\n**Our rating: 9/10**\n",
		"c.md": "---\ntitle: C\nproduct: {name: V9, brand: Aero}\nrating: 4.2\n---\nx\n",
		"d.md": "---\ntitle: Breeze S5 Review\nproduct: Breeze S5\n---\n\n## Pros\n\n- cheap\n",
		"e.md": "---\ntitle: Best stick vacuums\n---\n\n### 1. Aero V9 – Best overall\n\nRating: 5/5\n\n### 2. Zip Z1\n\nRating: 3/5\n",
	})
	type row struct {
		name    string
		rating  float64
		rated   bool
		reviews int
	}
	var got []row
	for _, p := range Products(lib.Articles) {
		got = append(got, row{p.Name, float64(int(p.Rating*100+0.5)) / 100, p.Rated, len(p.Reviews)})
	}
	want := []row{{"Aero V9", 4.6, true, 4}, {"Zip Z1", 3, true, 1}, {"Breeze S5", 0, false, 1}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("products %+v, want %+v", got, want)
	}
	if m := MatchProducts(Products(lib.Articles), "aero"); len(m) != 1 || m[0].Name != "Aero V9" {
		t.Errorf("match aero: %+v", m)
	}
}

// A comparison's short name ("Hexa") links to the one review of a
// product ending so ("Truthear Hexa").
func TestReviewAlternativeByShortName(t *testing.T) {
	t.Parallel()
	lib := reviewLibrary(t, map[string]string{
		"vs.md":   "---\ntitle: Truthear Nova vs Hexa\n---\n\n## Verdict\n\nNova.\n",
		"hexa.md": "---\ntitle: Truthear Hexa Review\nproduct: Truthear Hexa\nrating: 4.7\n---\nx\n",
	})
	a, _ := lib.Article("vs")
	r := lib.Review(a)
	if r == nil || len(r.Alternatives) != 2 || r.Alternatives[1].Slug != "hexa" || r.Alternatives[0].Slug != "" {
		t.Errorf("alternatives %+v", r)
	}
}
