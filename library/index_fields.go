package library

// The fields of an article as the index stores them. Each line codes one
// field both ways (see coder), so a field is added in one place:
//
//   - a field a list of articles shows goes in summaryFields, one that
//     points into the body (an offset, a part of the text) in textFields;
//   - a field of a new type of list gets a codeList line and a function
//     for its element, like heading below;
//   - indexVersion (index_file.go) is bumped, so that older indexes are
//     rebuilt rather than read with the new layout.
//
// TestIndexRestoresEveryField fills every field of Article, and of the
// types it holds, by reflection and fails when one does not come back
// from the index. Path and InferredTags are not stored: Load sets them.
// The index keeps each article as parsed: the slug the whole library
// gives it (newLibrary, on a copy: libraryArts) is made again by each
// load, and the encoder reads only the fields listed here.

// summaryFields codes what a list of articles needs: every field but
// Path, InferredTags and those of textFields. Its strings are stored
// whole, even those that are part of the body, which it does not hold.
// What a summary must know of its text without reading it follows, in
// textFacts (text.go).
func (c *coder) summaryFields(a *Article) {
	c.slug(&a.Slug)
	c.str(&a.Title)
	c.str(&a.Excerpt)
	c.time(&a.Date)
	c.strs(&a.Categories)
	c.strs(&a.Tags)
	c.strs(&a.Keywords)
	c.str(&a.Author)
	c.str(&a.Cover)
	c.str(&a.Rating)
	c.str(&a.Product)
	c.reviewFacts(&a.Review)
	c.int(&a.ReadingMinutes)
	c.bool(&a.Featured)
	c.bool(&a.Draft)
	c.bool(&a.PlainText)
}

func heading(c *coder, h *Heading) {
	c.int(&h.Level)
	c.str(&h.Text)
	c.str(&h.Anchor)
	c.int(&h.Offset)
	c.int(&h.Line)
}

// textFields codes the body and the fields that point into it; their
// strings that are part of the body are stored as offsets into it.
func (c *coder) textFields(a *Article) {
	c.body(&a.Body)
	codeList(c, &a.Headings, &c.slabs().headings, heading)
	codeList(c, &a.FAQs, &c.slabs().sections, faqSection)
	codeList(c, &a.Links, &c.slabs().links, link)
	codeList(c, &a.Contents, &c.slabs().contents, contentsItem)
}

func faqSection(c *coder, s *FAQSection) {
	c.str(&s.Title)
	c.int(&s.Heading)
	codeList(c, &s.Questions, &c.slabs().questions, faq)
}

func faq(c *coder, q *FAQ) {
	c.str(&q.Question)
	c.str(&q.Answer)
	c.int(&q.Heading)
	c.int(&q.Offset)
}

func link(c *coder, l *Link) {
	c.str(&l.Text)
	c.str(&l.URL)
	c.int(&l.Offset)
	c.bool(&l.Image)
	c.int(&l.Heading)
}

func contentsItem(c *coder, ci *ContentsItem) {
	c.str(&ci.Text)
	c.int(&ci.Heading)
}

// slug codes the article's slug as parsed, which its writer was given:
// the slug a library gives it may be another's (newLibrary renames
// clashing slugs, on copies).
func (c *coder) slug(p *string) {
	if c.dec {
		*p = c.d.str()
	} else {
		c.e.str(c.e.slug)
	}
}

// body codes the article's body, which the strings coded after it may
// then point into.
func (c *coder) body(p *string) {
	c.e.body, c.d.body = "", ""
	c.str(p)
	c.e.body, c.d.body = *p, *p
}

// slabs are where decoded lists are carved from (an unused, empty set
// when encoding).
func (c *coder) slabs() *slabs {
	if c.d.slabs == nil {
		c.d.slabs = new(slabs)
	}
	return c.d.slabs
}
