package library

import "strings"

// FAQs in other languages: the question marks that end a question (the
// full-width ？ of Chinese and Japanese, Arabic's ؟), and the headings that
// name an FAQ section in the languages real sites are written in.

// questionMarks are the marks a question ends with.
const questionMarks = "?？؟"

// hasQuestionMark reports a question mark anywhere in s.
func hasQuestionMark(s string) bool { return strings.ContainsAny(s, questionMarks) }

// questionMarkAt is the index of the first question mark in s, or -1:
// an ASCII "?" looked for first, the others only in text that is not
// ASCII (this runs on every heading).
func questionMarkAt(s string) int {
	i := strings.IndexByte(s, '?')
	if isASCII(s) {
		return i
	}
	if j := strings.IndexAny(s, "？؟"); j >= 0 && (i < 0 || j < i) {
		return j
	}
	return i
}

// endsWithQuestionMark reports s ending in a question mark.
func endsWithQuestionMark(s string) bool {
	return strings.HasSuffix(s, "?") || strings.HasSuffix(s, "？") || strings.HasSuffix(s, "؟")
}

// faqForeignTitles name an FAQ section, lower case, in German, Spanish,
// French, Portuguese, Italian, Dutch, Japanese, Chinese, Korean and the
// other languages of the docs sites folio reads.
var faqForeignTitles = []string{
	"häufig gestellte fragen", "häufige fragen", // German
	"preguntas frecuentes",                                                        // Spanish
	"questions fréquentes", "foire aux questions", "questions fréquemment posées", // French
	"perguntas frequentes",                        // Portuguese
	"domande frequenti",                           // Italian
	"veelgestelde vragen", "veel gestelde vragen", // Dutch
	"よくある質問", "よくあるご質問", // Japanese
	"常见问题", "常見問題", "常见问答", // Chinese
	"자주 묻는 질문", "자주 하는 질문", // Korean
	"часто задаваемые вопросы", "частые вопросы", "поширені запитання", // Russian, Ukrainian
	"najczęściej zadawane pytania", "często zadawane pytania", // Polish
	"sıkça sorulan sorular",                                                                         // Turkish
	"vanliga frågor", "ofte stillede spørgsmål", "ofte stilte spørsmål", "usein kysytyt kysymykset", // Nordic
	"často kladené otázky", "gyakran ismételt kérdések", "întrebări frecvente", // Czech, Hungarian, Romanian
	"câu hỏi thường gặp", "pertanyaan yang sering diajukan", "คำถามที่พบบ่อย", // Vietnamese, Indonesian, Thai
	"الأسئلة الشائعة", "שאלות נפוצות", "سوالات متداول", "συχνές ερωτήσεις", // Arabic, Hebrew, Persian, Greek
	"preguntes freqüents", "প্রায়শই জিজ্ঞাসিত প্রশ্ন", "সাধারণ প্রশ্ন", // Catalan, Bengali
}

// isForeignFAQTitle reports a heading naming an FAQ section in another
// language than English.
// Most headings are English: an ASCII one is looked at only when it
// holds a word of the ASCII titles (it runs on every heading at load).
func isForeignFAQTitle(s string) bool {
	if isASCII(s) {
		if !mayNameForeignFAQ(s) {
			return false
		}
		l := strings.ToLower(s)
		for _, p := range faqForeignTitles {
			if isASCII(p) && strings.Contains(l, p) {
				return true
			}
		}
		return false
	}
	l := strings.ToLower(s)
	for _, p := range faqForeignTitles {
		if strings.Contains(l, p) {
			return true
		}
	}
	return false
}

// mayNameForeignFAQ is the one-pass look before the ASCII titles: each
// holds "fre", "vra", "foi" or "seri", in any case.
func mayNameForeignFAQ(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		switch lowerASCII(s[i]) {
		case 'f':
			if c := lowerASCII(s[i+1]); c == 'r' && lowerASCII(s[i+2]) == 'e' || c == 'o' && lowerASCII(s[i+2]) == 'i' {
				return true
			}
		case 'v':
			if lowerASCII(s[i+1]) == 'r' && lowerASCII(s[i+2]) == 'a' {
				return true
			}
		case 's':
			if i+4 <= len(s) && lowerASCII(s[i+1]) == 'e' && lowerASCII(s[i+2]) == 'r' && lowerASCII(s[i+3]) == 'i' {
				return true
			}
		}
	}
	return false
}
