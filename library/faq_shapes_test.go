package library

import (
	"reflect"
	"strings"
	"testing"
)

// faqOf parses a markdown fixture and returns its questions, in order,
// and the titles of its FAQ sections.
func faqOf(t *testing.T, md string) (questions, titles []string, a *Article) {
	t.Helper()
	a, _, err := Parse("post.md", []byte(md))
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range a.FAQs {
		titles = append(titles, s.Title)
		for _, q := range s.Questions {
			questions = append(questions, q.Question)
		}
	}
	return questions, titles, a
}

// Each shape of question an FAQ section holds, written small.
func TestFAQShapes(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, md string
		want     []string
		answer   string // the first question's answer, when checked
	}{
		{"sub-heading", "## FAQ\n\n### Is it safe?\n\nYes.\n\n### Does it sting?\n\nA little.\n",
			[]string{"Is it safe?", "Does it sting?"}, "Yes."},
		{"text after the question mark", "## FAQ\n\n### Is it safe? What to check first\n\nPatch test.\n",
			[]string{"Is it safe? What to check first"}, "Patch test."},
		{"same level", "## FAQ\n\n## Does it hurt?\n\nNo.\n\n## Is it quick?\n\nYes.\n\n## Verdict\n\nGood.\n",
			[]string{"Does it hurt?", "Is it quick?"}, "No."},
		{"bold", "## FAQ\n\n**How long do results last?**\n\nMonths.\n", []string{"How long do results last?"}, "Months."},
		{"italic star", "## FAQ\n\n*How long?*\n\nA week.\n", []string{"How long?"}, "A week."},
		{"italic underscore", "## FAQ\n\n_How long?_\n\nA week.\n", []string{"How long?"}, ""},
		{"bold italic stars", "## FAQ\n\n***How long?***\n\nA week.\n", []string{"How long?"}, ""},
		{"bold italic underscores", "## FAQ\n\n___How long?___\n\nA week.\n", []string{"How long?"}, ""},
		{"bold around italic", "## FAQ\n\n**_How long?_**\n\nA week.\n", []string{"How long?"}, ""},
		{"numbered, answer next line", "## FAQ\n\n1. How long?\nA week.\n\n2. How much?\n\nTen.\n",
			[]string{"How long?", "How much?"}, "A week."},
		{"numbered, answer indented", "## FAQ\n\n1. How long?\n   A week.\n", []string{"How long?"}, "A week."},
		{"numbered bold", "## FAQ\n\n2. **Can I use it daily?**\n\nYes.\n", []string{"Can I use it daily?"}, "Yes."},
		{"bold numbered", "## FAQ\n\n***3. Is it vegan?***\n\nYes.\n\n**4) Is it cheap?**\n\nNo.\n",
			[]string{"Is it vegan?", "Is it cheap?"}, "Yes."},
		{"bullet, answer on the line", "## FAQ\n\n- **Can I use it daily?** Yes, if it does not sting.\n",
			[]string{"Can I use it daily?"}, "Yes, if it does not sting."},
		{"bullet Q:", "## FAQ\n\n* Q: Is it vegan?\n  Yes.\n", []string{"Is it vegan?"}, "Yes."},
		{"Q: and A:", "## FAQ\n\nQ: Is it vegan?\nA: Yes.\n", []string{"Is it vegan?"}, "Yes."},
		{"Q. and A.", "## FAQ\n\nQ. Is it vegan?\nA. Yes.\n", []string{"Is it vegan?"}, "Yes."},
		{"bold Q:", "## FAQ\n\n**Q:** Is it vegan?\n**A:** Yes.\n", []string{"Is it vegan?"}, "Yes."},
		{"bold Q: question", "## FAQ\n\n**Q: Is it vegan?** <br>\nYes.\n", []string{"Is it vegan?"}, "Yes."},
		{"Q1:", "## FAQ\n\nQ1: Is it vegan?<br/>\nA1: Yes.\n", []string{"Is it vegan?"}, "Yes."},
		{"plain paragraph", "## FAQ\n\nHow often should I exfoliate?\n\nTwice a week.\n", []string{"How often should I exfoliate?"}, "Twice a week."},
		{"details", "## FAQ\n\n<details>\n<summary>Is it **vegan**?</summary>\n\nYes.\n\n</details>\n",
			[]string{"Is it vegan?"}, "Yes."},
		{"details on one line", "## FAQ\n\n<details><summary>Is it vegan?</summary>\n\nYes.\n</details>\n", []string{"Is it vegan?"}, "Yes."},
		{"html heading", "## FAQ\n\n<h3>Is it vegan?</h3>\n<p>Yes.</p>\n", []string{"Is it vegan?"}, "Yes."},
		{"dt and dd", "## FAQ\n\n<dl>\n<dt>Is it vegan?</dt>\n<dd>Yes.</dd>\n</dl>\n", []string{"Is it vegan?"}, "Yes."},
		{"container details", "## FAQ\n\n:::details Is it vegan?\nYes.\n:::\n", []string{"Is it vegan?"}, "Yes."},
		{"container FAQ", "Text.\n\n:::note[FAQ]\n**Is it vegan?**\n\nYes.\n:::\n\nAfter the box.\n", []string{"Is it vegan?"}, "Yes."},
		{"frontmatter", "---\ntitle: T\nfaq:\n  - question: Is it vegan?\n    answer: Yes.\n---\n\nBody.\n", []string{"Is it vegan?"}, "Yes."},
		{"frontmatter q/a", "---\nfaqs:\n  - q: Is it vegan?\n    a: Yes.\n---\n\nBody.\n", []string{"Is it vegan?"}, "Yes."},
		{"frontmatter title/content", "---\nquestions:\n  - title: Is it vegan?\n    content: Yes.\n---\n\nBody.\n", []string{"Is it vegan?"}, "Yes."},
		{"json-ld", "Body.\n\n<script type=\"application/ld+json\">\n" +
			`{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Is it vegan?","acceptedAnswer":{"@type":"Answer","text":"<p>Yes.</p>"}}]}` +
			"\n</script>\n", []string{"Is it vegan?"}, "Yes."},
		{"json-ld in a graph", "<script type=\"application/ld+json\">{\"@graph\":[{\"@type\":\"FAQPage\",\"mainEntity\":{\"name\":\"Is it vegan?\",\"acceptedAnswer\":{\"text\":\"Yes.\"}}}]}</script>\n",
			[]string{"Is it vegan?"}, "Yes."},
		{"json-ld repeating the body", "## FAQ\n\n### Is it vegan?\n\nYes.\n\n<script type=\"application/ld+json\">{\"@type\":\"FAQPage\",\"mainEntity\":[{\"name\":\"Is it vegan?\",\"acceptedAnswer\":{\"text\":\"Yes.\"}}]}</script>\n",
			[]string{"Is it vegan?"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, a := faqOf(t, tc.md)
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("questions %q, want %q\nbody:\n%s", got, tc.want, a.Body)
			}
			if tc.answer != "" && a.FAQs[0].Questions[0].Answer != tc.answer {
				t.Fatalf("first answer %q, want %q", a.FAQs[0].Questions[0].Answer, tc.answer)
			}
		})
	}
}

// Each wording and form of an FAQ section's title.
func TestFAQTitles(t *testing.T) {
	t.Parallel()
	q := "\n\n### Is it vegan?\n\nYes.\n"
	for _, tc := range []struct{ md, want string }{
		{"## FAQ" + q, "FAQ"},
		{"## FAQs" + q, "FAQs"},
		{"## F.A.Q." + q, "F.A.Q."},
		{"## Frequently Asked Questions" + q, "Frequently Asked Questions"},
		{"## frequently asked questions" + q, "frequently asked questions"},
		{"## Common Questions About Retinol" + q, "Common Questions About Retinol"},
		{"## Questions & Answers" + q, "Questions & Answers"},
		{"## Questions and Answers" + q, "Questions and Answers"},
		{"## Q&A" + q, "Q&A"},
		{"## Your Questions Answered" + q, "Your Questions Answered"},
		{"## FAQs about retinol" + q, "FAQs about retinol"},
		{"FAQ\n---" + q, "FAQ"},
		{"Frequently asked questions\n===" + q, "Frequently asked questions"},
		{"<h2>Frequently Asked Questions</h2>\n\n<h3>Is it vegan?</h3>\n\nYes.\n", "Frequently Asked Questions"},
		{"Intro.\n\n**Frequently Asked Questions**\n\n**Is it vegan?**\n\nYes.\n", "Frequently Asked Questions"},
		{"Intro.\n\n__FAQ__\n\n**Is it vegan?**\n\nYes.\n", "FAQ"},
	} {
		t.Run(tc.want, func(t *testing.T) {
			got, titles, a := faqOf(t, tc.md)
			if !reflect.DeepEqual(got, []string{"Is it vegan?"}) || !reflect.DeepEqual(titles, []string{tc.want}) {
				t.Fatalf("questions %q under %q, want one under %q\nbody:\n%s", got, titles, tc.want, a.Body)
			}
		})
	}
}

// What must give no FAQ question, or no more than the one real one.
func TestFAQNegatives(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, md string
		want     []string
	}{
		{"questions in ordinary sections", "## Is retinol worth it?\n\nYes.\n\n## Tips\n\n**Why start slowly?**\n\nSkin needs time.\n\nQ: Is it vegan?\nA: Yes.\n", nil},
		{"a word containing faq", "## Faqir's notes\n\n**Was it worth it?**\n\nYes.\n", nil},
		{"a question in a code block", "## FAQ\n\n### Is it vegan?\n\nYes.\n\n```\nQ: is this a question?\n1. What about this?\n**Or this?**\n```\n",
			[]string{"Is it vegan?"}},
		{"a question in a code block, line shapes", "## FAQ\n\n**Is it vegan?**\n\nYes.\n\n```\nQ: is this a question?\n**Or this?**\n```\n",
			[]string{"Is it vegan?"}},
		{"a rhetorical question in an answer", "## FAQ\n\n**Is it vegan?**\n\nYes. Why would it not be?\n\nWho would doubt it?\n\n**Is it cheap?**\n\nNo.\n",
			[]string{"Is it vegan?", "Is it cheap?"}},
		{"a question-titled heading saying Q&A", "## Is Q&A worth it?\n\n**Maybe?**\n\nYes.\n", nil},
		{"bold line that is not alone", "Intro.\n**FAQ**\nStill intro.\n\n**Is it vegan?**\n\nYes.\n", nil},
		{"the FAQ ends at the next section", "## FAQ\n\n**Is it vegan?**\n\nYes.\n\n## Verdict\n\n**Should you buy it?**\n\nYes.\n",
			[]string{"Is it vegan?"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _, a := faqOf(t, tc.md)
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("questions %q, want %q\nbody:\n%s", got, tc.want, a.Body)
			}
		})
	}
}

// An answer runs to the next question, or the end of the FAQ: not into
// the section after it, nor past a container's fence.
func TestFAQAnswerBounds(t *testing.T) {
	t.Parallel()
	_, _, a := faqOf(t, "## FAQ\n\n## Does it hurt?\n\nA little.\n\n## Conclusion\n\nIt works for many.\n")
	if got := a.FAQs[0].Questions[0].Answer; got != "A little." {
		t.Fatalf("same-level answer %q ran on", got)
	}
	_, _, a = faqOf(t, ":::note[FAQ]\n**Is it vegan?**\n\nYes.\n:::\n\nAfter the box.\n")
	if got := a.FAQs[0].Questions[0].Answer; got != "Yes." {
		t.Fatalf("container answer %q ran past its fence", got)
	}
	_, _, a = faqOf(t, "<h2>FAQ</h2>\n\n<h3>Is it vegan?</h3>\n\nYes.\n\n<h2>Verdict</h2>\n\nBuy it.\n")
	if got := a.FAQs[0].Questions[0].Answer; got != "Yes." {
		t.Fatalf("HTML-headed answer %q ran into the next HTML section", got)
	}
}

// Questions kept as data are written into the body, so the reader shows
// them and the index keeps them; the body's own text is untouched.
func TestFAQDataInBody(t *testing.T) {
	t.Parallel()
	md := "---\nfaq:\n  - question: Is it vegan?\n    answer: Yes.\n---\n\nBody text.\n"
	_, _, a := faqOf(t, md)
	if !strings.HasPrefix(a.Body, "Body text.\n") || !strings.Contains(a.Body, "\n## FAQ\n\n### Is it vegan?\n\nYes.\n") {
		t.Fatalf("body:\n%s", a.Body)
	}
	if q := a.FAQs[0].Questions[0]; q.Heading < 0 || a.Headings[q.Heading].Text != "Is it vegan?" {
		t.Fatalf("the question is not its heading: %+v", q)
	}
}

// Every question lies inside its section: after its title, before the
// next section's title, and its heading (when it has one) at its offset.
func checkFAQBounds(t *testing.T, a *Article) {
	t.Helper()
	for si, s := range a.FAQs {
		if s.Heading < -1 || s.Heading >= len(a.Headings) {
			t.Fatalf("section %d heading %d of %d", si, s.Heading, len(a.Headings))
		}
		start := 0
		if s.Heading >= 0 {
			start = a.Headings[s.Heading].Offset
		}
		end := len(a.Body)
		if si+1 < len(a.FAQs) {
			end = a.FAQs[si+1].Questions[0].Offset
		}
		prev := -1
		for _, q := range s.Questions {
			if q.Offset < start || q.Offset > end || q.Offset <= prev {
				t.Fatalf("section %q: question %q at %d, outside [%d, %d] or out of order", s.Title, q.Question, q.Offset, start, end)
			}
			if q.Offset > 0 && a.Body[q.Offset-1] != '\n' {
				t.Fatalf("question %q does not start a line", q.Question)
			}
			if q.Heading >= 0 && (q.Heading >= len(a.Headings) || a.Headings[q.Heading].Offset != q.Offset) {
				t.Fatalf("question %q: heading %d is not at its offset", q.Question, q.Heading)
			}
			prev = q.Offset
		}
	}
}

func FuzzFAQ(f *testing.F) {
	for _, s := range []string{
		"## FAQ\n\n### Is it?\n\nYes.\n",
		"## Q&A\n\nQ: Is it vegan?\nA: Yes.\n\n**Q:** Why?\n**A:** So.\n",
		"**FAQ**\n\n1. **Is it?**\nYes.\n\n- *Why?* Because.\n",
		":::note[FAQ]\n:::details Is it?\nYes.\n:::\n:::\n",
		"<h2>FAQ</h2>\n<details><summary>Is it?</summary>\nYes.</details>\n<dl><dt>Why?</dt><dd>So.</dd></dl>\n",
		"---\nfaq:\n  - q: Is it?\n    a: Yes.\n---\n<script type=\"application/ld+json\">{\"@type\":\"FAQPage\",\"mainEntity\":[{\"name\":\"Why?\"}]}</script>\n",
		"## FAQ\n\n## Is it?\n\nYes.\n\nWhy?\n\n## End\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, md string) {
		a, _, err := Parse("post.md", []byte(md))
		if err != nil {
			return
		}
		checkFAQBounds(t, a)
	})
}
