package library

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The words that mark the parts of a review in its body: the labels of
// rating lines, the headings (or bold lines) over pros, cons and the
// verdict, and the words of a title that say "review" or "best of". In
// English and the languages folio's FAQ reads: German, Spanish, French,
// Portuguese, Italian, Dutch, Japanese, Chinese and Korean. All lower
// case; a label is matched whole, after labelKey has cleaned it.

// ratingLabels name a review's rating; a line "label: 4.5/5" is one.
var ratingLabels = words(
	"rating", "our rating", "overall rating", "overall", "final rating", "total rating", "my rating", "editor's rating",
	"editor rating", "editors rating", "star rating", "stars", "score", "our score", "overall score", "final score",
	"total score", "total", "verdict", "our verdict", "rated", "grade", "review score",
	"bewertung", "gesamtbewertung", "unsere bewertung", "wertung", "gesamtwertung", "testnote", "punkte",
	"puntuación", "puntuacion", "valoración", "valoracion", "calificación", "calificacion", "nota", "nuestra valoración",
	"nuestra nota", "puntaje", "veredicto",
	"note", "notre note", "note globale", "note finale", "évaluation", "evaluation",
	"avaliação", "avaliacao", "classificação", "pontuação", "pontuacao", "nossa nota", "veredito",
	"voto", "valutazione", "punteggio", "giudizio", "il nostro voto", "voto finale", "verdetto",
	"beoordeling", "cijfer", "waardering", "eindcijfer", "ons oordeel", "eindoordeel", "oordeel",
	"評価", "総合評価", "点数", "スコア", "採点",
	"评分", "評分", "总评", "總評", "得分", "评级", "綜合評分", "综合评分",
	"평점", "점수", "별점", "총점", "평가",
)

// overallWords in a rating label mark the overall rating among several.
var overallWords = []string{"overall", "total", "final", "our", "verdict", "gesamt", "unsere", "nuestra", "globale",
	"finale", "notre", "nossa", "nostro", "eind", "ons ", "総合", "综合", "綜合", "总", "總", "총"}

var prosLabels = words(
	"pros", "the pros", "the good", "what we liked", "what we like", "what i liked", "what i like", "what we loved",
	"likes", "liked", "strengths", "advantages", "what's great", "whats great", "what's good", "upsides", "positives",
	"the positives", "plus points", "plusses", "pluses", "why we like it", "what works", "what reviewers like",
	"where it shines", "what it does well", "what we love", "what i love",
	"vorteile", "positiv", "stärken", "was uns gefällt", "was uns gefallen hat", "was gefällt",
	"ventajas", "lo bueno", "lo que nos gustó", "lo que nos gusta", "puntos fuertes", "a favor",
	"avantages", "points forts", "les plus", "on aime", "ce qu'on aime", "ce que nous avons aimé", "les points forts",
	"prós", "vantagens", "pontos positivos", "o que gostamos", "pontos fortes",
	"pregi", "vantaggi", "punti di forza", "cosa ci è piaciuto", "cosa ci piace",
	"pluspunten", "voordelen", "pluspunt", "wat we goed vonden", "sterke punten",
	"メリット", "良い点", "長所", "良いところ", "よかった点", "良かった点",
	"优点", "優點", "长处", "優勢", "优势",
	"장점", "좋은 점", "좋은점",
)

var consLabels = words(
	"cons", "the cons", "the bad", "what we didn't like", "what we did not like", "what we disliked",
	"what i didn't like", "what i did not like", "what we don't like", "what we do not like", "dislikes", "disliked",
	"weaknesses", "disadvantages", "what's not", "whats not", "what's not great", "what's bad", "downsides",
	"negatives", "the negatives", "minus points", "minuses", "drawbacks", "the ugly", "what could be better",
	"where it falls short", "where it falls down", "shortcomings", "what we'd change", "what i'd change",
	"nachteile", "negativ", "schwächen", "was uns nicht gefällt", "was uns nicht gefallen hat",
	"contras", "desventajas", "lo malo", "lo que no nos gustó", "lo que no nos gusta", "puntos débiles", "en contra",
	"inconvénients", "points faibles", "les moins", "on aime moins", "ce qu'on n'aime pas", "les points faibles",
	"desvantagens", "pontos negativos", "o que não gostamos", "pontos fracos",
	"contro", "difetti", "svantaggi", "punti deboli", "cosa non ci è piaciuto",
	"minpunten", "nadelen", "minpunt", "wat we minder vonden", "zwakke punten",
	"デメリット", "悪い点", "短所", "気になる点", "残念な点", "イマイチな点",
	"缺点", "缺點", "不足", "短处", "劣势",
	"단점", "아쉬운 점", "아쉬운점",
)

// shortProsLabels and shortConsLabels are labels only when a colon
// follows ("Pro: light"): as a heading, "Pro" is as often a price plan.
var (
	shortProsLabels = words("pro", "plus", "+", "strength", "upside", "advantage", "positive", "vorteil", "ventaja", "avantage")
	shortConsLabels = words("con", "contra", "kontra", "minus", "-", "weakness", "downside", "drawback", "disadvantage",
		"negative", "nachteil", "desventaja", "inconvénient")
)

// prosConsLabels name a section holding both.
var prosConsLabels = words(
	"pros and cons", "pros & cons", "pros/cons", "pros + cons", "the good and the bad", "the good, the bad",
	"likes and dislikes", "strengths and weaknesses", "advantages and disadvantages", "pros and cons at a glance",
	"vor- und nachteile", "vorteile und nachteile", "pro und contra", "pro & contra",
	"ventajas y desventajas", "pros y contras", "avantages et inconvénients", "points forts et points faibles",
	"prós e contras", "vantagens e desvantagens", "pro e contro", "pregi e difetti", "vantaggi e svantaggi",
	"voor- en nadelen", "plus- en minpunten", "メリット・デメリット", "メリットとデメリット", "良い点・悪い点",
	"优缺点", "優缺點", "优点和缺点", "장단점", "장점과 단점",
)

// verdictWords name the verdict section, by strength: a heading holding a
// stronger one wins, and among equals the last.
var verdictWords = [...][]string{
	{"verdict", "fazit", "urteil", "testurteil", "veredicto", "veredito", "verdetto", "eindoordeel", "総評", "总评", "總評", "총평"},
	{"bottom line", "should you buy", "is it worth", "worth buying", "worth it?", "who should buy", "buy or skip",
		"final recommendation", "final recommendations", "our recommendation", "our recommendations", "which should you buy", "which one should you buy", "which to buy",
		"the winner", "final word", "the final word",
		"lohnt sich", "vale la pena", "faut-il l'acheter", "vaut-il", "vale a pena", "ne vale la pena", "de moeite waard",
		"买不买", "値段に見合う", "살 만한"},
	{"conclusion", "conclusions", "final thoughts", "final words", "wrap-up", "wrapping up", "in summary", "summary",
		"final take", "the takeaway", "our take", "schlussfolgerung", "zusammenfassung", "conclusión", "conclusiones",
		"en resumen", "en résumé", "notre avis", "conclusão", "conclusione", "conclusioni", "in conclusione", "conclusie",
		"まとめ", "結論", "总结", "總結", "结论", "결론", "마무리"},
}

// verdictListLabels open the lists a verdict is often written as:
// "Buy if:" over who should buy it, "Skip if:" over who should not.
var verdictListLabels = words("buy if", "buy it if", "skip if", "skip it if", "get it if", "avoid if", "avoid it if",
	"who should buy", "who should buy it", "who should skip", "who should skip it", "best for", "not for",
	"kaufen, wenn", "kaufen wenn", "cómpralo si", "achetez-le si", "compre se", "compralo se", "koop als")

// alternativeLabels name a section of other products to consider.
var alternativeLabels = words("alternatives", "alternatives to consider", "the alternatives", "competitors", "compared to",
	"how it compares", "the competition", "other options", "consider instead", "similar products",
	"alternativen", "alternativas", "alternative", "alternatieven", "代替案", "替代品", "대안")

// productLabels, brandLabels, modelLabels and priceLabels name the lines of
// a review's product ("**Product:** Aero V9").
var (
	productLabels = words("product", "product name", "item", "produkt", "producto", "produit", "produto", "prodotto",
		"製品", "商品", "产品", "產品", "제품", "상품")
	brandLabels = words("brand", "maker", "manufacturer", "marke", "hersteller", "marca", "marque", "fabricant",
		"marchio", "merk", "ブランド", "メーカー", "品牌", "브랜드", "제조사")
	modelLabels = words("model", "modell", "modelo", "modèle", "modello", "型番", "型号", "型號", "모델")
	priceLabels = words("price", "our price", "current price", "msrp", "rrp", "list price", "preis", "precio",
		"prix", "preço", "prezzo", "prijs", "価格", "值段", "价格", "價格", "售价", "가격")
)

// reviewTitleWords in a title say that the article reviews something.
var reviewTitleWords = []string{"review", "reviewed", "hands-on", "hands on", "tested", "im test", "testbericht",
	"erfahrungsbericht", "análisis", "analisis", "reseña", "test du", "avis sur", "recensione", "prova",
	"análise", "recensie", "レビュー", "评测", "評測", "测评", "測評", "리뷰", "후기"}

// listingTitleWords in a title say that the article weighs several products.
var listingTitleWords = []string{"best", "top 3", "top 5", "top 7", "top 10", "top ten", "top five", "picks", " vs ",
	" vs. ", "versus", "compared", "comparison", "alternatives", "die besten", "beste", "bestenliste", "vergleich",
	"mejores", "comparativa", "meilleurs", "meilleures", "comparatif", "melhores", "migliori", "おすすめ", "ランキング",
	"比較", "推荐", "推薦", "最佳", "排行", "对比", "對比", "추천", "최고의", "비교"}

// wordSet is a set of lower-case phrases.
type wordSet map[string]bool

func words(ws ...string) wordSet {
	s := make(wordSet, len(ws))
	for _, w := range ws {
		s[w] = true
	}
	return s
}

// labelKey cleans a label for matching: inline markup and a trailing
// colon or question mark gone, emoji and bullets before it dropped,
// lower case, spaces single, curly apostrophes straight.
func labelKey(s string) string {
	s = strings.ToLower(inlineText(s))
	s = strings.ReplaceAll(s, "’", "'")
	s = strings.TrimLeftFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return r == ':' || r == '：' || r == '?' || r == '？' || r == '!' || r == '.' || r == ' ' || r == '*' || r == '_' || r == '-'
	})
	return strings.TrimSpace(s)
}

// hasLabel reports whether the cleaned text is one of set's phrases, or
// starts with one followed by words naming what it is about ("Pros of
// the Aero V9", "Cons (for gamers)").
func (set wordSet) hasLabel(key string) bool {
	if set[key] {
		return true
	}
	for i := 1; i < len(key); i++ { // each head ending at a space or colon, looked up without copying
		if key[i] != ' ' && key[i] != ':' || !set[key[:i]] {
			continue
		}
		for _, sep := range labelSeps {
			if strings.HasPrefix(key[i:], sep) {
				return true
			}
		}
	}
	return false
}

// labelSeps end a label's phrase before the words that say what it is about.
var labelSeps = []string{" of ", " for ", " (", " – ", " — ", " - ", ": ", " 的", " über "}

// containsPhrase reports whether s (lower case) holds the phrase as
// whole words; a phrase in a script without spaces matches anywhere.
func containsPhrase(s, p string) bool {
	if r, _ := utf8.DecodeRuneInString(p); r >= 0x2E80 { // CJK and Hangul: no spaces between words
		return strings.Contains(s, p)
	}
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], p)
		if i < 0 {
			return false
		}
		i += from
		e := i + len(p)
		if (i == 0 || !letterAt(s, i-1, true)) && (e == len(s) || !letterAt(s, e, false)) {
			return true
		}
		from = i + 1
	}
	return false
}

// letterAt reports whether the rune ending (before) or starting at i
// is a letter or digit.
func letterAt(s string, i int, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s[:i+1])
	} else {
		r, _ = utf8.DecodeRuneInString(s[i:])
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// containsAny reports whether s (lower case) holds one of the phrases.
func containsAny(s string, phrases []string) bool {
	for _, p := range phrases {
		if containsPhrase(s, p) {
			return true
		}
	}
	return false
}

// verdictStrength is how strongly a heading names the verdict: 3 for
// "Verdict", 2 for "Bottom line" and "Should you buy it?", 1 for
// "Conclusion" and "Final thoughts", 0 for none.
func verdictStrength(heading string) int { return verdictStrengthOf(labelKey(heading)) }

// verdictStrengthOf is verdictStrength of a label cleaned already.
func verdictStrengthOf(key string) int {
	if len(key) > 120 {
		return 0
	}
	return verdictIndex.best(key)
}

// phraseIndex finds whole-word phrases in text without searching the
// text once per phrase: phrases are kept by their first word. It runs on
// every heading and title at load.
type phraseIndex struct {
	byFirst   map[string][]phrase
	spaceless []phrase // phrases in scripts without spaces, found anywhere
}

// phrase is one phrase of an index, as words, and its class.
type phrase struct {
	text  string
	words []string
	class int
}

func newPhraseIndex(phrases []string) *phraseIndex {
	x := &phraseIndex{byFirst: map[string][]phrase{}}
	x.add(phrases, 1)
	return x
}

func (x *phraseIndex) add(phrases []string, class int) {
	for _, p := range phrases {
		if r, _ := utf8.DecodeRuneInString(p); r >= 0x2E80 {
			x.spaceless = append(x.spaceless, phrase{text: p, class: class})
			continue
		}
		if ws := phraseWords(p); len(ws) > 0 {
			x.byFirst[ws[0]] = append(x.byFirst[ws[0]], phrase{text: p, words: ws, class: class})
		}
	}
}

// phraseWords splits lower-case text into its words.
func phraseWords(s string) []string {
	var out []string
	for i := 0; ; {
		start, end := nextWord(s, i)
		if start < 0 {
			return out
		}
		out = append(out, s[start:end])
		i = end
	}
}

// nextWord is the word (letters and digits) starting at or after i;
// start is -1 when there is none.
func nextWord(s string, i int) (start, end int) {
	start = -1
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		word := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r >= 'A' && r <= 'Z') ||
			r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r))
		switch {
		case word && start < 0:
			start = i
		case !word && start >= 0:
			return start, i
		}
		i += n
	}
	return start, len(s)
}

// match reports whether text (lower case) holds one of the phrases as
// whole words. It splits nothing: it runs on every heading at load.
func (x *phraseIndex) match(text string) bool { return x.best(text) > 0 }

// best is the highest class of the phrases text holds, 0 for none.
func (x *phraseIndex) best(text string) int {
	best := 0
	for i := 0; ; {
		start, end := nextWord(text, i)
		if start < 0 {
			break
		}
		for _, p := range x.byFirst[text[start:end]] {
			if p.class > best && wordsAt(text, end, p.words[1:]) {
				best = p.class
			}
		}
		i = end
	}
	if len(x.spaceless) > 0 && !isASCII(text) {
		for _, p := range x.spaceless {
			if p.class > best && strings.Contains(text, p.text) {
				best = p.class
			}
		}
	}
	return best
}

// wordsAt reports whether the words of text after byte i are ws, in order.
func wordsAt(text string, i int, ws []string) bool {
	for _, w := range ws {
		start, end := nextWord(text, i)
		if start < 0 || text[start:end] != w {
			return false
		}
		i = end
	}
	return true
}

var (
	verdictIndex = func() *phraseIndex {
		x := &phraseIndex{byFirst: map[string][]phrase{}}
		for i, ws := range verdictWords {
			x.add(ws, len(verdictWords)-i)
		}
		return x
	}()
	reviewTitleIndex  = newPhraseIndex(reviewTitleWords)
	listingTitleIndex = newPhraseIndex(listingTitleWords)
)

// labelWords hold a word of every label phrase (pros, cons, verdict,
// alternatives), its longest, the least common: a heading with none of
// them labels nothing.
var labelWords = func() map[string]bool {
	m := map[string]bool{}
	add := func(phrases ...string) {
		for _, p := range phrases {
			longest := ""
			for _, w := range phraseWords(p) {
				if len(w) > len(longest) {
					longest = w
				}
			}
			m[longest] = true
		}
	}
	for _, set := range []wordSet{prosLabels, consLabels, prosConsLabels, alternativeLabels} {
		for p := range set {
			add(p)
		}
	}
	for _, ws := range verdictWords {
		add(ws...)
	}
	return m
}()

// mayLabel is a first look at a heading before it is cleaned and matched:
// false when it is ASCII and holds no word of labelWords. It runs on
// every heading at load (wordFilter.may).
func mayLabel(text string) bool { return labelFilter.may(text) }

// mayLabelLine is mayLabel for a line that may read "Label: …", where
// the short labels count too ("Weakness: …"), and the ones that are no
// word ("+", "-"); emphasis marks inside a word ("Pro**s**") are
// dropped first, as cleaning the line drops them.
func mayLabelLine(text string) bool {
	if strings.ContainsAny(text, "+-") {
		return true
	}
	if strings.ContainsAny(text, "*_`") {
		text = emphasisMarks.Replace(text)
	}
	return lineLabelFilter.may(text)
}

var emphasisMarks = strings.NewReplacer("*", "", "_", "", "`", "")

// wordFilter finds whether a text holds one of a set of ASCII words.
type wordFilter struct {
	words  map[string]bool
	shapes wordShapes
}

var (
	labelFilter     = newWordFilter(labelWords)
	lineLabelFilter = newWordFilter(labelWords, shortProsLabels, shortConsLabels)
)

// newWordFilter is the filter of the words of the sets' phrases, one
// map.
func newWordFilter(sets ...map[string]bool) *wordFilter {
	f := &wordFilter{words: map[string]bool{}}
	for _, set := range sets {
		for p := range set {
			for _, w := range phraseWords(p) {
				f.words[w] = true
				if len(w) < len(f.shapes) && isASCII(w) {
					f.shapes[len(w)][int(shapeByte[w[0]])*36+int(shapeByte[w[len(w)-1]])] = true
				}
			}
		}
	}
	return f
}

// may reports whether text is not ASCII or holds one of the filter's
// words, whole. Each byte costs a table lookup and little else: a word
// is looked at only when it ends, by its shape (length, first and last
// letter) in an array, and only a word of a shape of the filter's is
// lower-cased into a buffer and looked up; nothing is allocated.
func (f *wordFilter) may(text string) bool {
	for i := 0; i < len(text); {
		for i < len(text) && wordByte[text[i]] == 0 { // between words
			i++
		}
		start := i
		for i < len(text) && wordByte[text[i]]-1 < 0xFE { // a letter or digit: neither 0 nor 0xFF
			i++
		}
		if i < len(text) && wordByte[text[i]] == 0xFF { // not ASCII: matched in full
			return true
		}
		if n := i - start; n > 0 && n < len(f.shapes) && f.shapes[n][int(shapeByte[text[start]])*36+int(shapeByte[text[i-1]])] &&
			f.has(text[start:i]) {
			return true
		}
	}
	return false
}

// has reports whether the ASCII word w, lower-cased, is one of the
// filter's words.
func (f *wordFilter) has(w string) bool {
	var buf [24]byte
	for j := range len(w) {
		buf[j] = wordByte[w[j]]
	}
	return f.words[string(buf[:len(w)])]
}

// wordByte is an ASCII letter or digit in lower case, 0 for a byte
// that ends a word, 0xFF for a byte of a longer rune.
var wordByte = func() (t [256]byte) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			t[c] = byte(c)
		case c >= 'A' && c <= 'Z':
			t[c] = byte(c + 'a' - 'A')
		case c >= utf8.RuneSelf:
			t[c] = 0xFF
		}
	}
	return t
}()

// wordShapes is a set of words' shapes: their length and their first
// and last letters, looked up in an array before a word is looked up in
// a map.
type wordShapes [25][36 * 36]bool

// shapeByte numbers an ASCII letter (either case) or digit from 0 to 35.
var shapeByte = func() (t [256]byte) {
	for c := range 256 {
		switch l := wordByte[c]; {
		case l >= 'a' && l <= 'z':
			t[c] = l - 'a'
		case l >= '0' && l <= '9':
			t[c] = 26 + l - '0'
		}
	}
	return t
}()
