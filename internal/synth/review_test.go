package synth

import (
	"strings"
	"testing"
)

// The review library has the shape the scaling goals are stated on: the
// marker words where HasRareWord and HasCommonWord say and nowhere else,
// an FAQ in three articles of ten, and 1.4 to 6.5 KB an article.
func TestReviewShape(t *testing.T) {
	const n = 3000
	rare, common, faqs, least, most := 0, 0, 0, 1<<20, 0
	for i := range n {
		a := ReviewArticle(i)
		if got := strings.Contains(a, RareWord); got != HasRareWord(i) {
			t.Errorf("article %d: has %q %v, want %v", i, RareWord, got, HasRareWord(i))
		}
		if got := strings.Contains(a, CommonWord); got != HasCommonWord(i) {
			t.Errorf("article %d: has %q %v, want %v", i, CommonWord, got, HasCommonWord(i))
		}
		if got := strings.Contains(a, "## Frequently asked questions"); got != HasFAQ(i) {
			t.Errorf("article %d: FAQ %v, want %v", i, got, HasFAQ(i))
		}
		if len(a) < 1400 || len(a) > 6656 {
			t.Errorf("article %d: %d bytes", i, len(a))
		}
		least, most = min(least, len(a)), max(most, len(a))
		if HasRareWord(i) {
			rare++
		}
		if HasCommonWord(i) {
			common++
		}
		if HasFAQ(i) {
			faqs++
		}
	}
	t.Logf("%d to %d bytes", least, most)
	if rare != n/1000 || common != n*7/10 || faqs != n*3/10 {
		t.Errorf("rare %d, common %d, FAQ %d of %d", rare, common, faqs, n)
	}
}
