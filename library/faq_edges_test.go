package library

import (
	"strings"
	"testing"
)

// The edges of FAQ sections real sites showed: where a section ends,
// headings in capitals and in other languages, full-width question
// marks, Q:/A: labels on headings.
func TestFAQEdges(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, body string
		want       []string // question — answer
	}{
		{"a heading at the title's level ends it", "## FAQ\n\n### Fits under a bed?\n\nYes.\n\n## Buying guide\n\nLook at suction.\n",
			[]string{"Fits under a bed? — Yes."}},
		{"so does one that asks, when the questions are below", "## FAQ\n\n### Fits?\n\nYes.\n\n## Need help?\n\nCall us.\n",
			[]string{"Fits? — Yes."}},
		{"questions at the title's level go on", "## FAQ\n\n## Does it hurt?\n\nNo.\n\n## Is it fast?\n\nYes.\n\n## Buying guide\n\nText.\n",
			[]string{"Does it hurt? — No.", "Is it fast? — Yes."}},
		{"an HTML heading in a div ends a markdown FAQ", "## FAQ\n\n### Fits?\n\nYes.\n\n<div><h2>Need Help with Your Vacuum?</h2><p>Call us.</p></div>\n",
			[]string{"Fits? — Yes."}},
		{"an HTML heading in a div ends an HTML FAQ", "<h2>Error codes FAQ</h2>\n\n<h4>What is E3?</h4>\n> Blocked vent.\n\n<div><h2>Need Help?</h2>\n<p>Find a technician.</p></div>\n",
			[]string{"What is E3? — > Blocked vent."}},
		{"an answer ends at a heading above its question", "## FAQ\n\n### Fits?\n\nYes.\n\n#### Detail\n\nMore.\n\n## After\n\nNo.\n",
			[]string{"Fits? — Yes.\n\n#### Detail\n\nMore."}},
		{"capital HTML title", "Intro.\n\n<H2>FAQs</H2>\n\n### Washable?\n\nYes.\n", []string{"Washable? — Yes."}},
		{"capital HTML questions", "## FAQ\n\n<H3>Washable?</H3>\n\nYes.\n", []string{"Washable? — Yes."}},
		{"full-width question marks", "## よくある質問\n\n### 洗えますか？\n\nはい。\n", []string{"洗えますか？ — はい。"}},
		{"German", "## Häufig gestellte Fragen\n\n### Wie laut?\n\n70 dB.\n", []string{"Wie laut? — 70 dB."}},
		{"Spanish", "## Preguntas frecuentes\n\n### ¿Es seguro?\n\nSí.\n", []string{"¿Es seguro? — Sí."}},
		{"French", "## Foire aux questions\n\n### Est-ce lavable ?\n\nOui.\n", []string{"Est-ce lavable ? — Oui."}},
		{"Portuguese", "## Perguntas frequentes\n\n### É seguro?\n\nSim.\n", []string{"É seguro? — Sim."}},
		{"Italian", "## Domande frequenti\n\n### È sicuro?\n\nSì.\n", []string{"È sicuro? — Sì."}},
		{"Dutch", "## Veelgestelde vragen\n\n### Is het veilig?\n\nJa.\n", []string{"Is het veilig? — Ja."}},
		{"Chinese", "## 常见问题\n\n### 可以水洗吗？\n\n可以。\n", []string{"可以水洗吗？ — 可以。"}},
		{"Korean", "## 자주 묻는 질문\n\n### 세탁할 수 있나요?\n\n네.\n", []string{"세탁할 수 있나요? — 네."}},
		{"Q: and A: on heading questions", "## FAQ\n\n#### Q: Is it cordless?\n\nA: Yes, it runs on a battery.\n\n#### Q: Does it mop?\n\n**A:** No.\n",
			[]string{"Is it cordless? — Yes, it runs on a battery.", "Does it mop? — No."}},
		{"not an FAQ: a question about frequencies", "## Frequent flyers?\n\n### Really?\n\nYes.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			a, _, err := Parse("f.md", []byte(c.body))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range a.FAQs {
				for _, q := range s.Questions {
					got = append(got, q.Question+" — "+q.Answer)
				}
			}
			if strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("questions\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
