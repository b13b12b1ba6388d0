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
