package library

import (
	"reflect"
	"strings"
	"testing"
)

// A review in the body: the rating lines, pros and cons and verdict
// sections of real sites, in English and the languages the FAQ reads.
func TestReviewBodyShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, title, body string
		rating            string
		pros, cons        []string
		verdict           string // a part of it
		parts             []string
	}{
		{name: "rating line and pros and cons headings", title: "Kettle Review",
			body:   "Rating: 4.5/5\n\n## Pros\n\n- Quiet\n- Fast\n\n## Cons\n\n- Dear\n\n## Verdict\n\nBuy it.\n",
			rating: "4.5/5", pros: []string{"Quiet", "Fast"}, cons: []string{"Dear"}, verdict: "Buy it."},
		{name: "bold rating out of ten", title: "Six months with the kettle",
			body:   "**Our rating: 9/10**\n\n### What we liked\n\n- Quiet\n\n### What we didn't like\n\n- Dear\n\n## The bottom line\n\nStill good.\n",
			rating: "9/10", pros: []string{"Quiet"}, cons: []string{"Dear"}, verdict: "Still good."},
		{name: "score out of a hundred", title: "Kettle", body: "Score: 87/100\n", rating: "87/100"},
		{name: "stars alone", title: "Kettle Review", body: "★★★★☆\n\n## Final thoughts\n\nGood.\n", rating: "4/5", verdict: "Good."},
		{name: "labelled half stars", title: "Kettle", body: "Rating: ★★★★½\n", rating: "4.5/5"},
		{name: "emoji stars with the figure", title: "Kettle", body: "**Rating:** ⭐⭐⭐⭐☆ (4/5)\n", rating: "4/5"},
		{name: "out of, in a quote", title: "Kettle", body: "> **Verdict:** 4 out of 5 stars\n", rating: "4/5"},
		{name: "stars as words", title: "Kettle", body: "Our rating: 4.5 stars\n", rating: "4.5/5"},
		{name: "bold labels over lists", title: "Desk Review",
			body: "**Pros:**\n- Stable\n- Quiet\n\n**Cons:**\n- Heavy\n\n**Bottom Line:** The desk to buy if you stand a lot.\n",
			pros: []string{"Stable", "Quiet"}, cons: []string{"Heavy"}, verdict: "The desk to buy"},
		{name: "the good and the bad", title: "Phone Review", body: "## The Good\n\n- Camera\n\n## The Bad\n\n- Battery\n\n## Should you buy it?\n\nYes.\n",
			pros: []string{"Camera"}, cons: []string{"Battery"}, verdict: "Yes."},
		{name: "marked items under one heading", title: "Mouse Review",
			body: "## Pros and cons\n\n- ✅ Light\n- ✅ Cheap\n- ❌ Loud clicks\n\n## Verdict\n\nA good mouse.\n",
			pros: []string{"Light", "Cheap"}, cons: []string{"Loud clicks"}, verdict: "A good mouse."},
		{name: "a pros and cons table", title: "Router Review",
			body: "| Pros | Cons |\n|---|---|\n| Fast | Big |\n| Cheap | |\n\n## Conclusion\n\nFine.\n",
			pros: []string{"Fast", "Cheap"}, cons: []string{"Big"}, verdict: "Fine."},
		{name: "pros as subheadings", title: "FlexiSpot E7 Review",
			body: "## What We Like\n\n### Stability\n\nSolid.\n\n### Motors\n\nSmooth.\n\n## What We Don't Like\n\n### Assembly\n\nSlow.\n\n## Verdict\n\nBuy it.\n",
			pros: []string{"Stability", "Motors"}, cons: []string{"Assembly"}, verdict: "Buy it."},
		{name: "a score table: parts and the overall", title: "FlexiSpot E7 Review",
			body:   "## Verdict\n\n| | Score |\n|---|---|\n| Build quality | 9/10 |\n| Value | 8/10 |\n| **Overall** | **8.5/10** |\n\n**Buy it if:** you stand a lot.\n",
			rating: "8.5/10", parts: []string{"Build quality 9/10", "Value 8/10"}, verdict: "Buy it if: you stand a lot."},
		{name: "section scores are parts", title: "Laptop Review",
			body:   "Overall score: 8/10\n\n## Screen\n\nScore: 9/10\n\n## Battery\n\nScore: 6/10\n",
			rating: "8/10", parts: []string{"Screen 9/10", "Battery 6/10"}},
		{name: "buy if and skip if lists", title: "IEM Review",
			body:   "Rating: 4/5\n\n## Verdict\n\n✅ **Buy if:**\n- you like bass\n- you travel\n\n❌ **Skip if:**\n- you want air\n\n**Where to buy**\n\n- [Shop](https://x)\n",
			rating: "4/5", verdict: "Buy if: you like bass; you travel\n\nSkip if: you want air"},
		{name: "the verdict of the bundled review's kind", title: "My Honest Review of the Shot",
			body: "## The Results\n\nSmoother.\n\n## The Verdict: Should You Try It?\n\nNot convinced.\n\n## About me\n\nHi.\n", verdict: "Not convinced."},
		{name: "German", title: "Wasserkocher im Test",
			body:   "Bewertung: 4,5/5\n\n## Vorteile\n\n- Leise\n\n## Nachteile\n\n- Teuer\n\n## Fazit\n\nEmpfehlenswert.\n",
			rating: "4.5/5", pros: []string{"Leise"}, cons: []string{"Teuer"}, verdict: "Empfehlenswert."},
		{name: "Spanish", title: "Análisis del hervidor",
			body:   "Puntuación: 8/10\n\n## Ventajas\n\n- Silencioso\n\n## Desventajas\n\n- Caro\n\n## Conclusión\n\nRecomendable.\n",
			rating: "8/10", pros: []string{"Silencioso"}, cons: []string{"Caro"}, verdict: "Recomendable."},
		{name: "French", title: "Test du Kettle",
			body:   "Note : 4/5\n\n## Points forts\n\n- Silencieux\n\n## Points faibles\n\n- Cher\n\n## Verdict\n\nÀ acheter.\n",
			rating: "4/5", pros: []string{"Silencieux"}, cons: []string{"Cher"}, verdict: "À acheter."},
		{name: "Portuguese", title: "Análise do Kettle",
			body:   "Nota: 9/10\n\n## Prós\n\n- Silencioso\n\n## Contras\n\n- Caro\n\n## Veredito\n\nVale a pena.\n",
			rating: "9/10", pros: []string{"Silencioso"}, cons: []string{"Caro"}, verdict: "Vale a pena."},
		{name: "Italian", title: "Recensione Kettle",
			body:   "Voto: 8/10\n\n## Pregi\n\n- Silenzioso\n\n## Difetti\n\n- Caro\n\n## Verdetto\n\nConsigliato.\n",
			rating: "8/10", pros: []string{"Silenzioso"}, cons: []string{"Caro"}, verdict: "Consigliato."},
		{name: "Dutch", title: "Kettle recensie",
			body:   "Beoordeling: 4/5\n\n## Pluspunten\n\n- Stil\n\n## Minpunten\n\n- Duur\n\n## Conclusie\n\nAanrader.\n",
			rating: "4/5", pros: []string{"Stil"}, cons: []string{"Duur"}, verdict: "Aanrader."},
		{name: "Japanese", title: "ケトルのレビュー",
			body:   "評価：4/5\n\n## メリット\n\n- 静か\n\n## デメリット\n\n- 高い\n\n## まとめ\n\nおすすめ。\n",
			rating: "4/5", pros: []string{"静か"}, cons: []string{"高い"}, verdict: "おすすめ。"},
		{name: "Chinese", title: "水壶评测",
			body:   "评分：9/10\n\n## 优点\n\n- 安静\n\n## 缺点\n\n- 贵\n\n## 总结\n\n值得买。\n",
			rating: "9/10", pros: []string{"安静"}, cons: []string{"贵"}, verdict: "值得买。"},
		{name: "Korean", title: "주전자 리뷰",
			body:   "평점: 4.5/5\n\n## 장점\n\n- 조용함\n\n## 단점\n\n- 비쌈\n\n## 결론\n\n추천.\n",
			rating: "4.5/5", pros: []string{"조용함"}, cons: []string{"비쌈"}, verdict: "추천."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, r := reviewOf(t, "---\ntitle: \""+tt.title+"\"\n---\n\n"+tt.body)
			if a.Rating != tt.rating {
				t.Errorf("Rating %q, want %q", a.Rating, tt.rating)
			}
			if r == nil {
				t.Fatal("no review")
			}
			if !reflect.DeepEqual(r.Pros, tt.pros) || !reflect.DeepEqual(r.Cons, tt.cons) {
				t.Errorf("pros %q cons %q, want %q %q", r.Pros, r.Cons, tt.pros, tt.cons)
			}
			if !strings.Contains(r.Verdict, tt.verdict) || tt.verdict == "" && r.Verdict != "" {
				t.Errorf("verdict %q, want it to hold %q", r.Verdict, tt.verdict)
			}
			if got := partsOfReview(r); !reflect.DeepEqual(got, tt.parts) {
				t.Errorf("parts %q, want %q", got, tt.parts)
			}
		})
	}
}

// The product: a "Product:" line, else the review's title.
func TestReviewProductName(t *testing.T) {
	t.Parallel()
	tests := []struct{ title, body, want string }{
		{"Six Months with the Aero V9", "**Product:** Aero V9\n**Our rating: 9/10**\n", "Aero V9"},
		{"Quiet Kettle Review", "Rating: ★★★★☆\n", "Quiet Kettle"},
		{"Aero V9 Review: A Vacuum That Finds the Dust", "Rating: 4/5\n", "Aero V9"},
		{"OpenAI o4-mini Review 2026: Fast, Cheap Reasoning", "Rating: 4/5\n", "OpenAI o4-mini"},
		{"Aider Review (2026): The Terminal Agent", "Rating: 4/5\n", "Aider"},
		{"Canon EOS R5 Mark II: Expert Review with Testing", "Rating: 4/5\n", "Canon EOS R5 Mark II"},
		{"Do Exosomes Work? My Honest Review of the Medicube Exosome Shot.", "## The Verdict\n\nMeh.\n", "Medicube Exosome Shot"},
		{"Sony WH-1000XM5: Still the ANC King", "Rating: 9/10\n", "Sony WH-1000XM5"},
		{"Wasserkocher X im Test", "Bewertung: 4/5\n", "Wasserkocher X"},
		{"ケトルXレビュー", "評価：4/5\n", "ケトルX"},
		{"A Perfect 10: an incredible knife", "Rating: 5/5\n", ""},
		{"Why I switched: a story", "Rating: 5/5\n", ""},
		{"Release notes", "**Product:** Folio\n\nFixed a bug.\n", ""}, // a product line alone is no review
	}
	for _, tt := range tests {
		a, _ := reviewOf(t, "---\ntitle: \""+tt.title+"\"\n---\n\n"+tt.body)
		if a.Product != tt.want {
			t.Errorf("%q: product %q, want %q", tt.title, a.Product, tt.want)
		}
	}
}

// A "best X" listing: its picks, each with its rating and pros and cons.
func TestReviewBodyListing(t *testing.T) {
	t.Parallel()
	body := "## Our Top Picks\n\n### 1. Anker A40 - Best Overall\n\n**Rating: 9/10**\n\n**Pros:**\n- ANC\n\n**Cons:**\n- Case\n\n" +
		"### 2. JBL Live Pro 2 – Best for Features ($99)\n\n**Rating: 8.5/10**\n\n**Pros:**\n- Apps\n\n## Final Verdict\n\nGet the Anker.\n"
	a, r := reviewOf(t, "---\ntitle: Best Earbuds Under $100\n---\n\n"+body)
	if a.Rating != "" || a.Product != "" {
		t.Errorf("a listing's own rating %q product %q, want none", a.Rating, a.Product)
	}
	if r == nil || !r.Listing {
		t.Fatalf("review %+v, want a listing", r)
	}
	want := []Alternative{
		{Name: "Anker A40", Rating: &Rating{Value: 9, Scale: 10}, Pros: []string{"ANC"}, Cons: []string{"Case"}},
		{Name: "JBL Live Pro 2", Price: "$99", Rating: &Rating{Value: 8.5, Scale: 10}, Pros: []string{"Apps"}},
	}
	if !reflect.DeepEqual(r.Alternatives, want) {
		t.Errorf("picks %+v, want %+v", r.Alternatives, want)
	}
	if len(r.Pros)+len(r.Cons) > 0 || r.Verdict != "Get the Anker." {
		t.Errorf("pros %q cons %q verdict %q", r.Pros, r.Cons, r.Verdict)
	}
}

func TestReviewBodyAlternatives(t *testing.T) {
	t.Parallel()
	for name, section := range map[string]string{
		"subheadings": "### vs. Moondrop Chu 2 ($20)\n\nCheaper.\n\n### vs. Simgot EW200 ($40)\n\nBetter.\n",
		"a table":     "| Tool | Price | Best for |\n|---|---|---|\n| **Moondrop Chu 2** | $20 | x |\n| Simgot EW200 | $40 | y |\n",
		"a list":      "- **Moondrop Chu 2** ($20): cheaper\n- [Simgot EW200 ($40)](https://x): better\n",
	} {
		_, r := reviewOf(t, "---\ntitle: KZ Castor Review\nrating: 4\n---\n\n## Compared to\n\n"+section+"\n## Verdict\n\nGood.\n")
		var got []string
		for _, x := range r.Alternatives {
			got = append(got, x.Name+" "+x.Price)
		}
		if want := []string{"Moondrop Chu 2 $20", "Simgot EW200 $40"}; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: alternatives %q, want %q", name, got, want)
		}
	}
}

// No review where there is none: the words of a review in other senses,
// fractions that are no ratings, and notes weighing options.
func TestReviewBodyNegatives(t *testing.T) {
	t.Parallel()
	for name, src := range map[string]string{
		"rating of chores":       "---\ntitle: How to Empty a Vacuum Bin\n---\n\n## Why it matters\n\nIn our rating of chores, this one is the easiest.\n",
		"a film rating":          "---\ntitle: Film night\n---\n\nRating: PG-13\n",
		"a football score":       "---\ntitle: Match report\n---\n\nScore: 3-1 to the home side.\n",
		"a recipe":               "---\ntitle: Pancakes\n---\n\n- 3/4 cup flour\n- 1/2 cup milk\n\nOpen 24/7.\n",
		"a how-to's conclusion":  "---\ntitle: Setting up Go\n---\n\n## Steps\n\nInstall it.\n\n## Conclusion\n\nThat is all.\n",
		"design notes with pros": "---\ntitle: Cache placement\n---\n\n## Local\n\n- Pros:\n  - fast\n- Cons:\n  - small\n\n## Distributed\n\n- Pros:\n  - shared\n- Cons:\n  - slow\n\n## Summary\n\nUse both.\n",
		"best practices":         "---\ntitle: Go best practices\n---\n\n## Errors\n\n**Pros:**\n- clear\n\n## Panics\n\n**Pros:**\n- short\n",
		"stars as a divider":     "---\ntitle: A poem\n---\n\nOne.\n\n★ ★\n\nTwo.\n",
		"a code block":           "---\ntitle: Config\n---\n\n```\nRating: 4/5\n## Pros\n- a\n## Cons\n- b\n```\n",
	} {
		a, r := reviewOf(t, src)
		if r != nil || a.Rating != "" || a.Product != "" {
			t.Errorf("%s: read a review: rating %q product %q %+v", name, a.Rating, a.Product, r)
		}
	}
}

// A comparison whose title names its products, with a verdict: a
// listing of those products; a "how to" with a conclusion stays none.
func TestReviewComparison(t *testing.T) {
	t.Parallel()
	_, r := reviewOf(t, "---\ntitle: \"Moondrop Blessing 3 vs Truthear Nova: $319 vs $149 compared\"\n---\n\n## Sound\n\nx\n\n## Verdict\n\nNova for most.\n")
	if r == nil || !r.Listing || len(r.Alternatives) != 2 || r.Alternatives[0].Name != "Moondrop Blessing 3" ||
		r.Alternatives[1].Name != "Truthear Nova" || r.Verdict != "Nova for most." {
		t.Errorf("comparison: %+v", r)
	}
	if _, r := reviewOf(t, "---\ntitle: Vim vs Emacs\n---\n\n## Conclusion\n\nUse both.\n"); r != nil {
		t.Errorf("a conclusion is no verdict enough for a comparison: %+v", r)
	}
}

// Picks numbered "#2 —", priced in brackets, a role after a dash, with
// one-line pros and cons labels ("**Weakness**: …").
func TestReviewPickShapes(t *testing.T) {
	t.Parallel()
	body := "### #1 — Simgot EW300 ($69) — Best entry tribrid\n\n**Strengths**:\n- air\n\n**Weakness**: artificial treble.\n\n" +
		"### #2 — Letshuoer Cadenza 4 ($299) — Best mid-tier\n\n**Strengths**:\n- refined\n\n**Weakness**: the price.\n"
	_, r := reviewOf(t, "---\ntitle: Best tribrid IEMs\n---\n\n"+body)
	want := []Alternative{
		{Name: "Simgot EW300", Price: "$69", Pros: []string{"air"}, Cons: []string{"artificial treble."}},
		{Name: "Letshuoer Cadenza 4", Price: "$299", Pros: []string{"refined"}, Cons: []string{"the price."}},
	}
	if r == nil || !reflect.DeepEqual(r.Alternatives, want) {
		t.Errorf("picks %+v, want %+v", r, want)
	}
}

// An FAQ's question that sounds like a verdict ("Is it worth it?") is
// not the verdict; the review's own is.
func TestReviewVerdictNotAnFAQQuestion(t *testing.T) {
	t.Parallel()
	src := "---\ntitle: Kettle Review\nrating: 4\nfaq:\n  - {question: \"Is it worth it?\", answer: Yes.}\n---\n\n## Final recommendation\n\nBuy it.\n"
	a, r := reviewOf(t, src)
	if r == nil || r.Verdict != "Buy it." || a.Headings[r.Verdicts].Text != "Final recommendation" {
		t.Errorf("verdict %+v", r)
	}
}

// A pick named in the frontmatter and again, longer, in a heading is one pick.
func TestReviewPicksMerged(t *testing.T) {
	t.Parallel()
	_, r := reviewOf(t, "---\ntitle: Best deals\naffiliateProducts:\n  - {name: Meta Ray-Ban Glasses, url: x}\n  - {name: Ninja Creami}\n---\n\n"+
		"### Meta Ray-Ban Glasses - The \"It\" Gadget\n\n**Rating: 9/10**\n\n### Ninja Creami – The Viral Hit\n\n**Rating: 9.9/10**\n")
	if r == nil || len(r.Alternatives) != 2 || r.Alternatives[0].Rating == nil || r.Alternatives[1].Rating == nil {
		t.Errorf("picks %+v, want two, rated", r)
	}
}

func TestPickName(t *testing.T) {
	t.Parallel()
	for in, want := range map[string][2]string{
		"#3 — Letshuoer Cadenza 12 ($1,999) — Flagship benchmark": {"Letshuoer Cadenza 12", "$1,999"},
		"1. Anker A40 - Best Overall":                             {"Anker A40", ""},
		"Best value: iSpring WGB32BM":                             {"iSpring WGB32BM", ""},
		"vs. Moondrop Chu 2 ($20)":                                {"Moondrop Chu 2", "$20"},
		"JBL Live Pro 2 – Best for Features ($99)":                {"JBL Live Pro 2", "$99"},
		"Tin HiFi T4 Plus ($150) — Budget surprise":               {"Tin HiFi T4 Plus", "$150"},
	} {
		if n, p := pickName(in); n != want[0] || p != want[1] {
			t.Errorf("%q: %q %q, want %q %q", in, n, p, want[0], want[1])
		}
	}
}
