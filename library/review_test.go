package library

import (
	"reflect"
	"strings"
	"testing"
)

// reviewOf parses src (a whole file) and reads its review; the test
// fails on a parse error or a warning.
func reviewOf(t *testing.T, src string) (*Article, *Review) {
	t.Helper()
	a, warnings, err := Parse("review.md", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if len(warnings) > 0 {
		t.Fatalf("warnings: %q", warnings)
	}
	return a, ReviewOf(a)
}

func fm(yaml, body string) string { return "---\ntitle: T\n" + yaml + "---\n\n" + body }

// partsOfReview is a review's parts as "name value/scale".
func partsOfReview(r *Review) []string {
	if r == nil || r.Rating == nil {
		return nil
	}
	var out []string
	for _, p := range r.Rating.Parts {
		out = append(out, p.Name+" "+formatRating(p.Value, p.Scale))
	}
	return out
}

func TestReviewFrontmatterShapes(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, yaml   string
		rating       string // Article.Rating
		product      string
		parts        []string
		pros, cons   []string
		verdict      string
		brand, price string
	}{
		{name: "rating as a number", yaml: "rating: 4.5\n", rating: "4.5/5"},
		{name: "rating as text out of five", yaml: "rating: \"4.5/5\"\n", rating: "4.5/5"},
		{name: "rating out of ten keeps its scale", yaml: "rating: \"9/10\"\n", rating: "9/10"},
		{name: "a bare number over five is out of ten", yaml: "rating: 8.7\n", rating: "8.7/10"},
		{name: "rating as words", yaml: "rating: \"4.5 out of 5\"\n", rating: "4.5/5"},
		{name: "rating as stars", yaml: "rating: \"★★★★☆\"\n", rating: "4/5"},
		{name: "a map of overall and parts", yaml: "rating:\n  overall: 4.7\n  suction: 5.0\n  noise: 3.9\n",
			rating: "4.7/5", parts: []string{"noise 3.9/5", "suction 5/5"}},
		{name: "part names keep their words", yaml: "rating:\n  overall: 8\n  ease_of_use: 9\n  Build-Quality: 7\n",
			rating: "8/10", parts: []string{"Build Quality 7/10", "ease of use 9/10"}},
		{name: "schema.org values", yaml: "rating:\n  ratingValue: 8\n  bestRating: 10\n  worstRating: 1\n", rating: "8/10"},
		{name: "a list of parts with an overall", yaml: "ratings:\n  - {name: Overall, score: 8.5}\n  - {name: Battery, score: 9}\n",
			rating: "8.5/10", parts: []string{"Battery 9/10"}},
		{name: "a breakdown of metrics without an overall", yaml: "ratingBreakdown:\n  metrics:\n    - {name: Sound, score: 9.2}\n    - {name: Value, score: 7.6}\n",
			parts: []string{"Sound 9.2/10", "Value 7.6/10"}},
		{name: "score out of a hundred", yaml: "score: 87\n", rating: "87/100"},
		{name: "stars", yaml: "stars: 4\n", rating: "4/5"},
		{name: "inside review:", yaml: "review:\n  rating: 4\n  pros: [Cheap]\n  cons: [Slow]\n  verdict: Fine.\n",
			rating: "4/5", pros: []string{"Cheap"}, cons: []string{"Slow"}, verdict: "Fine."},
		{name: "pros and cons lists", yaml: "pros:\n  - Light\n  - Quiet\ncons: [Small bin]\n", pros: []string{"Light", "Quiet"}, cons: []string{"Small bin"}},
		{name: "pros_cons map", yaml: "pros_cons:\n  pros: [Light]\n  cons: [Dear]\n", pros: []string{"Light"}, cons: []string{"Dear"}},
		{name: "the good and the bad", yaml: "the_good: [Light]\nthe_bad: [Dear]\n", pros: []string{"Light"}, cons: []string{"Dear"}},
		{name: "pros as lines of text", yaml: "pros: |\n  - Light\n  - Quiet\n", pros: []string{"Light", "Quiet"}},
		{name: "verdict", yaml: "verdict: Buy it.\n", verdict: "Buy it."},
		{name: "bottom line", yaml: "bottom_line: Buy it.\n", verdict: "Buy it."},
		{name: "summary is the verdict of a review", yaml: "rating: 4\nsummary: Buy it.\n", rating: "4/5", verdict: "Buy it."},
		{name: "product as text", yaml: "product: Breeze S5\n", product: "Breeze S5"},
		{name: "product as a map", yaml: "product:\n  name: Aero V9\n  brand: Aero\n  price: 649.99\n  salePrice: 599.99\n",
			product: "Aero V9", brand: "Aero", price: "649.99"},
		{name: "itemReviewed", yaml: "itemReviewed: {name: Kettle, brand: Quietco}\nrating: 4\n", product: "Kettle", brand: "Quietco", rating: "4/5"},
		{name: "one product in products", yaml: "products:\n  - name: APEC ROES-50\n    brand: APEC\n", product: "APEC ROES-50", brand: "APEC"},
		{name: "price with its currency", yaml: "product: {name: X, price: {amount: 30, currency: EUR}}\n", product: "X", price: "30 EUR"},
		{name: "top-level price and brand beside a rating", yaml: "rating: 4.0\nprice: \"35.00\"\nbrand: KZ\n", rating: "4/5", brand: "KZ", price: "35.00"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			a, r := reviewOf(t, fm(tt.yaml, "Some text.\n"))
			if a.Rating != tt.rating {
				t.Errorf("Rating %q, want %q", a.Rating, tt.rating)
			}
			if r == nil {
				t.Fatalf("no review")
			}
			if r.Product.Name != tt.product || r.Product.Brand != tt.brand || r.Product.Price != tt.price {
				t.Errorf("product %+v, want name %q brand %q price %q", r.Product, tt.product, tt.brand, tt.price)
			}
			if got := partsOfReview(r); !reflect.DeepEqual(got, tt.parts) {
				t.Errorf("parts %q, want %q", got, tt.parts)
			}
			if !reflect.DeepEqual(r.Pros, tt.pros) || !reflect.DeepEqual(r.Cons, tt.cons) {
				t.Errorf("pros %q cons %q, want %q %q", r.Pros, r.Cons, tt.pros, tt.cons)
			}
			if r.Verdict != tt.verdict {
				t.Errorf("verdict %q, want %q", r.Verdict, tt.verdict)
			}
		})
	}
}

func TestReviewFrontmatterAlternatives(t *testing.T) {
	t.Parallel()
	_, r := reviewOf(t, fm("rating: 4\nalternatives:\n  - Breeze S5\n  - breeze-s5-review\n  - {name: Kettle, rating: 9/10, price: $30}\n", ""))
	want := []Alternative{{Name: "Breeze S5"}, {Slug: "breeze-s5-review"}, {Name: "Kettle", Price: "$30", Rating: &Rating{Value: 9, Scale: 10}}}
	if !reflect.DeepEqual(r.Alternatives, want) {
		t.Errorf("alternatives %+v, want %+v", r.Alternatives, want)
	}
}

// A listing's products in the frontmatter are its picks, not its product.
func TestReviewFrontmatterListing(t *testing.T) {
	t.Parallel()
	a, r := reviewOf(t, fm("products:\n  - {name: One, brand: A}\n  - {name: Two}\n", "## Final verdict\n\nTake One.\n"))
	if a.Product != "" || r == nil || !r.Listing || r.Product.Name != "" {
		t.Fatalf("product %q review %+v: want a listing without a product", a.Product, r)
	}
	if len(r.Alternatives) != 2 || r.Alternatives[0].Name != "One" || r.Verdict != "Take One." {
		t.Errorf("picks %+v verdict %q", r.Alternatives, r.Verdict)
	}
}

// Fields that say nothing of a review alone make none, and a rating that
// is no rating is reported.
func TestReviewFrontmatterNegatives(t *testing.T) {
	t.Parallel()
	for _, yaml := range []string{"summary: A post.\n", "price: 10\n", "brand: Acme\n", "amazon_rating: 4.2\n", "score: high\n"} {
		if _, r := reviewOf(t, fm(yaml, "Text.\n")); r != nil {
			t.Errorf("%q: a review %+v, want none", yaml, r)
		}
	}
	a, warnings, err := Parse("r.md", []byte(fm("rating: PG-13\n", "Text.\n")))
	if err != nil || len(warnings) != 1 || !strings.Contains(warnings[0], "rating:") || a.Rating != "" {
		t.Errorf("rating: PG-13: rating %q warnings %q err %v, want one warning", a.Rating, warnings, err)
	}
}

func TestBoldLabelLine(t *testing.T) {
	t.Parallel()
	for line, want := range map[string]bool{
		"**Pros**":          true,
		"✅ **Buy if:**":     true,
		"__Where to buy__:": true,
		"*** :":             false, // a rule's marks, nothing inside (FuzzReviewBody found it slicing past its end)
		"****":              false,
		"**Pros** and more": false,
		"plain text here":   false,
	} {
		if got := boldLabelLine(line); got != want {
			t.Errorf("boldLabelLine(%q) = %v, want %v", line, got, want)
		}
	}
}
