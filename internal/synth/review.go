package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// The review library: the shape the scaling goals are stated on
// (docs/scaling.md). Articles of 1.4 to 6.5 KB, each a review or a guide
// in prose drawn from a vocabulary of a few thousand words of which a
// few are common and most rare, as in real text; three in ten end with
// an FAQ, two in three carry a rating and a product. Two marker words
// measure search at both ends: RareWord is in one article in a
// thousand, CommonWord in seven in ten. Neither can appear by chance:
// the vocabulary's words are made of syllables that cannot spell them.

const (
	RareWord   = "zephyrine"  // in articles i with i%1000 == 500
	CommonWord = "hyaluronic" // in articles i with i%10 < 7
)

// HasRareWord and HasCommonWord say which review articles hold the marker words.
func HasRareWord(i int) bool   { return i%1000 == 500 }
func HasCommonWord(i int) bool { return i%10 < 7 }

// HasFAQ says whether review article i ends with an FAQ.
func HasFAQ(i int) bool { return i%10 == 3 || i%10 == 6 || i%10 == 9 }

// vocabulary is 4,000 made-up words, each two to four syllables, drawn
// with a Zipf distribution: the first few make most of the text.
var vocabulary = func() []string {
	onsets := strings.Fields("b c d f g k l m n p r s t v w br cl dr fl gr pl pr st tr")
	vowels := strings.Fields("a e i o u ai ea oo")
	codas := []string{"", "", "", "n", "r", "s", "t", "l", "m"}
	r := rand.New(rand.NewPCG(7, 7))
	seen := map[string]bool{}
	out := append([]string(nil), words...) // the domain's own words first: the most used
	for _, w := range out {
		seen[w] = true
	}
	for len(out) < 4000 {
		var b strings.Builder
		for range 2 + r.IntN(3) {
			b.WriteString(onsets[r.IntN(len(onsets))])
			b.WriteString(vowels[r.IntN(len(vowels))])
			b.WriteString(codas[r.IntN(len(codas))])
		}
		w := b.String()
		if !seen[w] && !strings.Contains(w, "zeph") && !strings.Contains(w, "hyal") {
			seen[w] = true
			out = append(out, w)
		}
	}
	return out
}()

var ratings = []string{"4.5/5", "3/5", "8/10", "4/5", "2.5/5", "5/5", "7/10", "3.5/5", "9/10", "1/5"}

// ReviewArticle returns the text of review article i.
func ReviewArticle(i int) string {
	r := rand.New(rand.NewPCG(uint64(i), 23))
	zipf := rand.NewZipf(r, 1.1, 2, uint64(len(vocabulary)-1))
	say := func(n int) string {
		out := make([]string, n)
		for k := range out {
			out[k] = vocabulary[zipf.Uint64()]
		}
		out[0] = strings.ToUpper(out[0][:1]) + out[0][1:]
		return strings.Join(out, " ")
	}
	size := 1400 + r.IntN(4500) // and up to a paragraph more: 1.4 to 6.5 KB
	var b strings.Builder
	title := say(3 + r.IntN(5))
	product := ""
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %04d-%02d-%02d\ncategory: %s\ntags: [%s, %s]\nauthor: Author %d\nexcerpt: %q\n",
		title, 2010+i%16, 1+i%12, 1+(i/12)%28, categories[i%len(categories)], tags[i%len(tags)], tags[(i/7+3)%len(tags)], i%97, say(14))
	if i%3 != 0 {
		product = say(2)
		fmt.Fprintf(&b, "product: %q\nrating: %s\n", product, ratings[(i/3)%len(ratings)])
	}
	b.WriteString("---\n\n")
	marks := []string{}
	if HasCommonWord(i) {
		marks = append(marks, CommonWord)
	}
	if HasRareWord(i) {
		marks = append(marks, RareWord)
	}
	body := size * 8 / 10
	if !HasFAQ(i) {
		body = size
	}
	for s := 0; b.Len() < body || len(marks) > 0; s++ {
		fmt.Fprintf(&b, "## %s\n\n", say(2+r.IntN(4)))
		for k := 0; k < 1+r.IntN(2) && (b.Len() < body || len(marks) > 0); k++ {
			var p []string
			for range 2 + r.IntN(4) {
				sent := say(6 + r.IntN(12))
				if len(marks) > 0 && r.IntN(3) == 0 {
					sent += " " + marks[0]
					marks = marks[1:]
				}
				p = append(p, sent+".")
			}
			b.WriteString(strings.Join(p, " ") + "\n\n")
		}
		if r.IntN(2) == 0 && b.Len() < body {
			fmt.Fprintf(&b, "- %s\n- %s\n- [%s](/reviews/post-%d)\n\n", say(4), say(5), say(3), r.IntN(1000))
		}
	}
	if HasFAQ(i) {
		b.WriteString("## Frequently asked questions\n\n")
		for q := 0; q < 2 || b.Len() < size; q++ {
			fmt.Fprintf(&b, "### %s?\n\n%s. %s.\n\n", say(4+r.IntN(5)), say(8+r.IntN(12)), say(6+r.IntN(10)))
		}
	}
	return b.String()
}

// WriteReviews writes n review articles into dir, 100 to a folder.
func WriteReviews(dir string, n int) error {
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%04d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("review-%06d.md", i)), []byte(ReviewArticle(i)), 0o644); err != nil {
			return err
		}
	}
	return nil
}
