package library

import (
	"errors"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuestionHit is one FAQ question of the library: where it is and, for a
// query, how well it matches.
type QuestionHit struct {
	Article  *Article
	Section  int // index into the whole article's FAQs
	Question int // index into that section's Questions
	Score    int // 0 without a query; higher is better

	faq   FAQ    // the question; its answer when read (see QuestionsOf)
	title string // the section's title
	first string // the answer's first sentence (FirstSentence)
}

// FAQ is the question and, when it was read, its answer (QuestionsOf).
func (h QuestionHit) FAQ() FAQ { return h.faq }

// SectionTitle is the title of the FAQ section the question is in.
func (h QuestionHit) SectionTitle() string { return h.title }

// FirstSentence is the first sentence of the answer as one line of plain
// text, cut to about max runes (0: whole), as FirstSentence makes it.
func (h QuestionHit) FirstSentence(max int) string { return cutRunes(h.first, max) }

// Questions lists every FAQ question of the library's articles (see
// QuestionsOf).
func (l *Library) Questions(query string) ([]QuestionHit, error) {
	return QuestionsOf(l.Articles, query)
}

// QuestionsOf lists every FAQ question of arts, in their order and each
// article's, or, for a query, those matching all its words best match
// first: words of the question count before words of the answer, whole
// words before parts, and the question saying the whole query above all.
//
// The answers of summaries are read only for a query, which is matched
// against them: without one, a summary's hits come from its FAQ outline
// (the questions and each answer's first sentence, kept apart in the
// index), and their FAQ().Answer is empty until WithAnswers reads it.
// An article whose text cannot be read is left out, and the error says
// which; the hits of the others are returned.
func QuestionsOf(arts []*Article, query string) ([]QuestionHit, error) {
	words := strings.Fields(strings.ToLower(query))
	out := []QuestionHit{}
	if len(words) == 0 {
		err := EachQuestion(arts, func(h QuestionHit) bool {
			out = append(out, h)
			return true
		})
		return out, err
	}
	var errs []error
	var tr textReader
	for _, a := range arts {
		if !hasFAQ(a) {
			continue
		}
		w, err := tr.whole(a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		phrase := strings.Join(words, " ")
		for s, sec := range w.FAQs {
			for q, fq := range sec.Questions {
				score, ok := scoreQuestion(fq, words, phrase)
				if !ok {
					continue
				}
				fq.Question, fq.Answer = strings.Clone(fq.Question), strings.Clone(fq.Answer) // w's strings last until the next read
				out = append(out, QuestionHit{Article: a, Section: s, Question: q, Score: score, faq: fq,
					title: strings.Clone(sec.Title), first: FirstSentence(fq.Answer, 0)})
			}
		}
	}
	if len(words) > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	}
	return out, errors.Join(errs...)
}

// EachQuestion hands yield every FAQ question of arts, in their order
// and each article's, as QuestionsOf lists them without a query, an
// article's at a time: a caller that prints them holds none but the
// article's at hand (at 100,000 articles, QuestionsOf's 75,000 hits and
// their strings were 25 MB of `folio questions --json`'s peak). It stops
// when yield returns false. The error says which articles' texts could
// not be read; the questions of the others are handed out.
func EachQuestion(arts []*Article, yield func(QuestionHit) bool) error {
	var errs []error
	for _, a := range arts {
		if !hasFAQ(a) {
			continue
		}
		secs, err := outline(a)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for s, sec := range secs {
			for q, oq := range sec.questions {
				h := QuestionHit{Article: a, Section: s, Question: q, title: sec.title, first: oq.first,
					faq: FAQ{Question: oq.question, Heading: oq.heading, Offset: oq.offset, Answer: answerOf(a, s, q)}}
				if !yield(h) {
					return errors.Join(errs...)
				}
			}
		}
	}
	return errors.Join(errs...)
}

// answerOf is the answer of a whole article's question, "" for a summary.
func answerOf(a *Article, s, q int) string {
	if a.text != nil {
		return ""
	}
	return a.FAQs[s].Questions[q].Answer
}

// WithAnswers gives every hit its answer (FAQ().Answer), reading the
// texts of the summaries whose answers were not read. An article whose
// text cannot be read keeps its hits without answers, and the error says
// which.
func WithAnswers(hits []QuestionHit) ([]QuestionHit, error) {
	var errs []error
	var tr textReader
	var last *Article
	var w *Article
	var err error
	for i := range hits {
		h := &hits[i]
		if h.faq.Answer != "" || h.Article.text == nil {
			continue
		}
		if h.Article != last {
			last = h.Article
			if w, err = tr.whole(h.Article); err != nil {
				errs = append(errs, err)
			}
		}
		if err == nil && h.Section < len(w.FAQs) && h.Question < len(w.FAQs[h.Section].Questions) {
			h.faq.Answer = strings.Clone(w.FAQs[h.Section].Questions[h.Question].Answer)
		}
	}
	return hits, errors.Join(errs...)
}

// scoreQuestion scores a question for the query words: each word must be
// in the question or its answer.
func scoreQuestion(fq FAQ, words []string, phrase string) (int, bool) {
	q := strings.ToLower(fq.Question)
	a := strings.ToLower(fq.Answer)
	score := 0
	for _, w := range words {
		switch {
		case hasWord(q, w):
			score += 100
		case strings.Contains(q, w):
			score += 60
		case hasWord(a, w):
			score += 10
		case strings.Contains(a, w):
			score += 5
		default:
			return 0, false
		}
	}
	if len(words) > 1 && strings.Contains(q, phrase) {
		score += 50
	}
	return score - min(len(q)/20, 9), true // a shorter question says it more plainly
}

// hasWord reports w in s as a whole word.
func hasWord(s, w string) bool {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		e := i + len(w)
		if (i == 0 || !isWordRuneBefore(s, i)) && (e == len(s) || !isWordRuneAt(s, e)) {
			return true
		}
		from = i + 1
	}
	return false
}

func isWordRuneBefore(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	return n > 0 && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

func isWordRuneAt(s string, i int) bool {
	for _, r := range s[i:] {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// FirstSentence is the first sentence of a markdown answer, as one line
// of plain text, cut to about max runes.
func FirstSentence(answer string, max int) string {
	text := ""
	for p := range eachParagraph(answer) {
		first := strings.TrimSpace(p[0])
		if first == "" || fenceOf(first) != "" {
			continue
		}
		text = inlineText(stripTags(strings.Join(p, " ")))
		text = strings.TrimLeft(text, "-*+>#| ")
		if text != "" {
			break
		}
	}
	for i := 0; i < len(text); i++ {
		if c := text[i]; (c == '.' || c == '!' || c == '?') && (i+1 == len(text) || text[i+1] == ' ') && !abbreviationBefore(text, i) {
			text = text[:i+1]
			break
		}
	}
	return cutRunes(text, max)
}

// cutRunes cuts text to max runes, the last an ellipsis; 0: whole.
func cutRunes(text string, max int) string {
	if max <= 0 || utf8.RuneCountInString(text) <= max {
		return text
	}
	r := []rune(text)
	return strings.TrimSpace(string(r[:max-1])) + "…"
}

// abbreviationBefore: the "." at i ends "e.g", "i.e", "approx" or a
// single letter or digit, not a sentence.
func abbreviationBefore(s string, i int) bool {
	if s[i] != '.' {
		return false
	}
	j := strings.LastIndexByte(s[:i], ' ') + 1
	w := strings.ToLower(s[j:i])
	switch w {
	case "e.g", "i.e", "approx", "vs", "etc", "dr", "mr", "mrs", "ms", "no":
		return true
	}
	return len(w) == 1
}
