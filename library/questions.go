package library

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QuestionHit is one FAQ question of the library: where it is and, for a
// query, how well it matches.
type QuestionHit struct {
	Article  *Article
	Section  int // index into Article.FAQs
	Question int // index into that section's Questions
	Score    int // 0 without a query; higher is better
}

// FAQ is the question and its answer.
func (h QuestionHit) FAQ() FAQ { return h.Article.FAQs[h.Section].Questions[h.Question] }

// SectionTitle is the title of the FAQ section the question is in.
func (h QuestionHit) SectionTitle() string { return h.Article.FAQs[h.Section].Title }

// Questions lists every FAQ question of the library's articles (see
// QuestionsOf).
func (l *Library) Questions(query string) []QuestionHit {
	return QuestionsOf(l.Articles, query)
}

// QuestionsOf lists every FAQ question of arts, in their order and each
// article's, or, for a query, those matching all its words best match
// first: words of the question count before words of the answer, whole
// words before parts, and the question saying the whole query above all.
func QuestionsOf(arts []*Article, query string) []QuestionHit {
	words := strings.Fields(strings.ToLower(query))
	out := []QuestionHit{}
	for _, a := range arts {
		for s, sec := range a.FAQs {
			for q, fq := range sec.Questions {
				h := QuestionHit{Article: a, Section: s, Question: q}
				if len(words) > 0 {
					score, ok := scoreQuestion(fq, words, strings.Join(words, " "))
					if !ok {
						continue
					}
					h.Score = score
				}
				out = append(out, h)
			}
		}
	}
	if len(words) > 0 {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Score > out[j].Score })
	}
	return out
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
	if r := []rune(text); max > 0 && len(r) > max {
		text = strings.TrimSpace(string(r[:max-1])) + "…"
	}
	return text
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
