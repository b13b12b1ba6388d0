package web

import (
	"net/url"
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// An FAQ becomes markdown headings: "## FAQ" (or the page's own FAQ
// heading) and a "### Question?" sub-heading for each question, the
// shape every FAQ reader of folio's library finds.

// faqHeading is the library's test for an FAQ section's heading.
var faqHeading = lazyre.New(`(?i)\bfaqs?\b|frequently asked`)

// foreignFAQ are the names of an FAQ section in other languages, lower
// case. The library knows only English ones (it has no exported test
// for others), so a heading with one of these is marked "(FAQ)" in the
// saved file, and every FAQ reader of folio finds it.
var foreignFAQ = []string{
	"häufig gestellte fragen", "häufige fragen", "oft gestellte fragen", // de
	"questions fréquentes", "foire aux questions", "questions fréquemment posées", // fr
	"preguntas frecuentes", "perguntas frequentes", "domande frequenti", // es, pt, it
	"veelgestelde vragen", "veel gestelde vragen", "vanliga frågor", // nl, sv
	"ofte stillede spørgsmål", "ofte stilte spørsmål", "usein kysytyt kysymykset", // da, no, fi
	"często zadawane pytania", "najczęściej zadawane pytania", "často kladené otázky", // pl, cs
	"часто задаваемые вопросы", "часті запитання", "sıkça sorulan sorular", // ru, uk, tr
	"よくある質問", "常见问题", "常見問題", "자주 묻는 질문", // ja, zh, ko
}

// markForeignFAQ adds " (FAQ)" to each heading that names an FAQ in
// another language.
func markForeignFAQ(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if headingAtoms[n.DataAtom] == 0 {
			return true
		}
		t := strings.ToLower(textOf(n))
		if faqHeading.MatchString(t) || len(t) > 120 {
			return false
		}
		for _, p := range foreignFAQ {
			if strings.Contains(t, p) {
				n.AppendChild(&html.Node{Type: html.TextNode, Data: " (FAQ)"})
				break
			}
		}
		return false
	})
}

var headingAtoms = map[atom.Atom]int{atom.H1: 1, atom.H2: 2, atom.H3: 3, atom.H4: 4, atom.H5: 5, atom.H6: 6}

// detailsToHeadings turns each <details> into a heading and its
// content. A question (its <summary> ends in "?") becomes a sub-heading
// of the FAQ heading before it. When the heading before it is no FAQ
// heading, it is marked "(FAQ)" if the questions follow it at once,
// else an "FAQ" heading is put before the first question of the run. Any other <details> keeps its summary as a bold line. Without
// this, readability and markdown would keep only loose text.
func detailsToHeadings(doc *html.Node) {
	var order []*html.Node // headings and details, in document order
	walk(doc, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Details || headingAtoms[n.DataAtom] > 0) {
			order = append(order, n)
		}
		return true
	})
	var heading *html.Node   // the last heading seen
	level, isFAQ := 1, false // its level, and whether it names an FAQ
	inserted := false        // an FAQ heading was put before this run of questions
	for _, n := range order {
		if l := headingAtoms[n.DataAtom]; l > 0 {
			heading, level, isFAQ, inserted = n, l, faqHeading.MatchString(textOf(n)), false
			continue
		}
		if n.Parent == nil || hasDetailsAncestor(n) {
			continue
		}
		summary := findChild(n, atom.Summary)
		q := ""
		if summary != nil {
			q = textOf(summary)
			n.RemoveChild(summary)
		}
		var repl *html.Node
		switch {
		case strings.HasSuffix(q, "?"):
			if !isFAQ && heading != nil && previousElement(n) == heading {
				// "Questions readers ask" right above the questions:
				// the heading is the FAQ's; say so rather than add another.
				heading.AppendChild(&html.Node{Type: html.TextNode, Data: " (FAQ)"})
				isFAQ = true
			}
			if !isFAQ && !inserted {
				l := max(level, 2)
				n.Parent.InsertBefore(element(headingAtom(l), "FAQ"), n)
				level, inserted = l, true
			}
			repl = element(headingAtom(min(level+1, 6)), q)
		case q != "":
			repl = &html.Node{Type: html.ElementNode, DataAtom: atom.P, Data: "p"}
			repl.AppendChild(element(atom.Strong, q))
		}
		if repl != nil {
			n.Parent.InsertBefore(repl, n)
		}
		for c := n.FirstChild; c != nil; c = n.FirstChild {
			n.RemoveChild(c)
			n.Parent.InsertBefore(c, n)
		}
		n.Parent.RemoveChild(n)
	}
}

// previousElement is the element before n among its siblings, skipping
// white space and comments.
func previousElement(n *html.Node) *html.Node {
	for p := n.PrevSibling; p != nil; p = p.PrevSibling {
		if p.Type == html.ElementNode {
			return p
		}
		if p.Type == html.TextNode && strings.TrimSpace(p.Data) != "" {
			return nil
		}
	}
	return nil
}

func hasDetailsAncestor(n *html.Node) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.DataAtom == atom.Details {
			return true
		}
	}
	return false
}

func findChild(n *html.Node, a atom.Atom) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == a {
			return c
		}
	}
	return nil
}

func headingAtom(level int) atom.Atom {
	for a, l := range headingAtoms {
		if l == level {
			return a
		}
	}
	return atom.H6
}

func element(a atom.Atom, text string) *html.Node {
	n := &html.Node{Type: html.ElementNode, DataAtom: a, Data: a.String()}
	n.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return n
}

// questionsToHeadings makes, under an FAQ heading of the markdown, each
// paragraph that is a lone question (one line ending in "?", plain or
// bold, as pages write an FAQ with <p><strong>, <dt> or accordion
// buttons) a sub-heading.
func questionsToHeadings(md string) string {
	lines := strings.Split(md, "\n")
	faqLevel := 0 // the level of the FAQ heading we are under, 0 outside one
	fence := ""
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		if lv := atxLevel(l); lv > 0 {
			if faqLevel > 0 && lv <= faqLevel || faqLevel == 0 {
				faqLevel = 0
				if faqHeading.MatchString(l) {
					faqLevel = lv
				}
			}
			continue
		}
		if faqLevel == 0 || !isLoneQuestion(lines, i) {
			continue
		}
		lines[i] = strings.Repeat("#", min(faqLevel+1, 6)) + " " + strings.Trim(t, "*_ ")
	}
	return strings.Join(lines, "\n")
}

func atxLevel(l string) int {
	n := 0
	for n < len(l) && l[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(l) && l[n] != ' ' {
		return 0
	}
	return n
}

// isLoneQuestion: line i is a paragraph of its own ending in "?".
func isLoneQuestion(lines []string, i int) bool {
	t := strings.TrimSpace(lines[i])
	if t == "" || len(t) > 200 || lines[i] != strings.TrimLeft(lines[i], " \t") {
		return false
	}
	if strings.ContainsAny(t[:1], "-*+>|![0123456789") && !strings.HasPrefix(t, "**") {
		return false
	}
	q := strings.Trim(t, "*_ ")
	if !strings.HasSuffix(q, "?") || strings.ContainsAny(q, "*_[`") {
		return false
	}
	blank := func(j int) bool { return j < 0 || j >= len(lines) || strings.TrimSpace(lines[j]) == "" }
	return blank(i-1) && blank(i+1)
}

// appendFAQ adds the questions of the page's FAQPage JSON-LD that the
// article does not already hold as headings, under an "FAQ" heading at
// its end. Sites often mark up an FAQ the page shows in a widget that
// readability drops.
func appendFAQ(md string, faq []qa, base *url.URL) string {
	have := map[string]bool{}
	for l := range strings.SplitSeq(md, "\n") {
		if lv := atxLevel(l); lv > 0 {
			have[normal(l[lv:])] = true
		}
	}
	var b strings.Builder
	for _, q := range faq {
		if have[normal(q.question)] {
			continue
		}
		have[normal(q.question)] = true
		if b.Len() == 0 {
			b.WriteString("\n\n## FAQ\n")
		}
		b.WriteString("\n### " + strings.Join(strings.Fields(q.question), " ") + "\n")
		if ans := answerMarkdown(q.answer, base); ans != "" {
			b.WriteString("\n" + ans + "\n")
		}
	}
	if b.Len() == 0 {
		return md
	}
	return strings.TrimRight(md, "\n") + strings.TrimRight(b.String(), "\n") + "\n"
}

func normal(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

// answerMarkdown converts an FAQPage answer, which may be HTML, to markdown.
func answerMarkdown(s string, base *url.URL) string {
	n, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return strings.TrimSpace(s)
	}
	fixLinks(n, base)
	md, err := toMarkdown(n)
	if err != nil {
		return strings.TrimSpace(s)
	}
	return strings.TrimSpace(md)
}
