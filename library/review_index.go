package library

// The index codec of a review's frontmatter facts (index_fields.go codes
// Article.Review with it): a byte saying whether there are any, then
// each field.

func (c *coder) reviewFacts(p **ReviewFacts) {
	present := *p != nil
	c.bool(&present)
	if !present {
		*p = nil
		return
	}
	if c.dec {
		*p = new(ReviewFacts)
	}
	f := *p
	c.str(&f.Brand)
	c.str(&f.Model)
	c.str(&f.Price)
	c.str(&f.SalePrice)
	c.str(&f.URL)
	codeList(c, &f.Parts, nil, ratingPart)
	c.strs(&f.Pros)
	c.strs(&f.Cons)
	c.str(&f.Verdict)
	c.str(&f.Summary)
	codeList(c, &f.Alternatives, nil, alternativeFacts)
	c.bool(&f.Listing)
}

func ratingPart(c *coder, p *RatingPart) {
	c.str(&p.Name)
	c.str(&p.Rating)
}

func alternativeFacts(c *coder, a *AlternativeFacts) {
	c.str(&a.Name)
	c.str(&a.Slug)
	c.str(&a.Rating)
	c.str(&a.Price)
}
