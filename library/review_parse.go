package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// readBodyReview completes at parse what the frontmatter said of a
// review with what lists need from the body: the rating, and the
// product's name (a "Product:" line, else the title of a review of one
// product). The rest of the card is read when it is shown (ReviewOf).
func readBodyReview(a *Article, lines []line) {
	b := scanReviewBody(a, lines)
	if b.listing || a.Review != nil && a.Review.Listing {
		return
	}
	if a.Rating == "" {
		a.Rating = b.rating
	}
	if a.Product != "" || !reviewSignals(a, a.Review, &b) {
		return // a "Product:" line alone, in release notes say, is no review
	}
	a.Product = b.product
	if a.Product == "" {
		a.Product = productFromTitle(a.Title)
	}
}

var (
	// "Aero V9 Review", "Aero V9 review: …", "Aero V9 Review (2026)",
	// "Aero V9 im Test", "Aero V9 recensione", "Aero V9 レビュー"
	titleBeforeWord = lazyre.New(`(?i)^(.{2,80}?)[\s:–—-]*\b(?:hands[- ]on\s+)?(?:(?:expert|honest|in-depth|full|detailed|complete|long-term|first|quick|our|my)\s+)*(?:review|reviewed|im test|test|testbericht|recensione|recensie|análisis|analisis|reseña|avis|teste|análise)\b`)
	titleBeforeCJK  = lazyre.New(`^(.{2,60}?)\s*(?:レビュー|评测|評測|测评|測評|리뷰|후기)`)
	// "Review: Aero V9", "My Honest Review of the Aero V9", "Test du …"
	titleAfterWord = lazyre.New(`(?i)\b(?:review|reviewed|hands[- ]on|test|testbericht|recensione|recensie|análisis de(?:l)?|analisis de(?:l)?|reseña de(?:l)?|test du|test de la|test de l'|avis sur(?: le| la| les)?|prova|análise d[oa])\b(?:\s+of)?(?:\s+the)?\s*[:–—-]?\s*(.{2,80})$`)
	titleTrailer   = lazyre.New(`(?i)\s*(?:[(\[]\s*(?:19|20)\d\d\s*[)\]]|(?:in\s+)?(?:19|20)\d\d|[.!?]+)\s*$`)
	questionWord   = lazyre.New(`(?i)^(?:why|how|what|when|where|who|which|is|are|do|does|can|should|will)\b`)
	titleLeadIn    = lazyre.New(`(?i)^(?:the|a|an|my|our|an honest|my honest|our honest|in-depth|full)\s+`)
)

// productFromTitle reads the product's name off a review's title: the
// words before "Review" ("Quiet Kettle Review"), else those after
// "Review of" ("My Honest Review of the Medicube Exosome Shot"), else a
// short head before a colon ("Sony WH-1000XM5: Still the King"). "" when
// none reads as a name.
func productFromTitle(title string) string {
	t := strings.TrimSpace(title)
	var name string
	if m := titleBeforeCJK.FindStringSubmatch(t); m != nil {
		name = m[1]
	} else if m := titleBeforeWord.FindStringSubmatch(t); m != nil && !strings.ContainsAny(m[1], "?!") {
		name = m[1]
		if head, _, ok := strings.Cut(name, ": "); ok { // "X: Expert Review"
			name = head
		}
	} else if m := titleAfterWord.FindStringSubmatch(t); m != nil {
		name = m[1]
		if head, _, ok := cutLabel(name); ok { // "X: the good and the bad"
			name = head
		}
	} else if head, _, ok := cutLabel(t); ok && !titleSaysListing(head) && !titleLeadIn.MatchString(head) && !questionWord.MatchString(head) {
		name = head // "Sony WH-1000XM5: Still the King", not "A Perfect 10: …"
	}
	for range 2 {
		name = strings.TrimSpace(titleTrailer.ReplaceAllString(name, ""))
		name = strings.TrimSpace(titleLeadIn.ReplaceAllString(name, ""))
		name = strings.TrimRight(name, " :–—-,")
	}
	if name == "" || len(strings.Fields(name)) > 8 || len(name) > 80 || titleSaysListing(name) {
		return ""
	}
	return name
}
