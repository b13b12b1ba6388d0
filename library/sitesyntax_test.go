package library

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// Each unit of the site rewriter, on the smallest input that shows it.
func TestRewriteSiteSyntax(t *testing.T) {
	t.Parallel()
	fence := containerFence(0)
	cases := []struct{ name, in, want string }{
		// htmlcomment.go
		{"comment alone", "a\n<!-- b -->\nc\n", "a\n\nc\n"},
		{"comment inline", "a <!-- b --> c\n", "a  c\n"},
		{"comment over lines holding a heading", "a\n\n<!--\n## H\n\ntext\n-->\n\nc\n", "a\n\n\n\nc\n"},
		{"comment never closed, opening a line", "a\n\n<!-- rest\n## H\n", "a\n\n\n"},
		{"comment never closed, in a line", "a <!-- b\n", "a <!-- b\n"},
		{"comment in a code span", "`<!-- x -->` y\n", "`<!-- x -->` y\n"},
		{"comment in a fenced block", "```\n<!-- x -->\n```\n", "```\n<!-- x -->\n```\n"},
		{"comment in indented code", "a\n\n    <!-- x -->\n", "a\n\n    <!-- x -->\n"},
		{"comment holding a fence", "<!--\n```\n-->\n<!-- y -->\n", "\n\n"},
		{"comment in a paragraph, a fence after", "a <!-- b\n```\nc\n```\n-->\n", "a <!-- b\n```\nc\n```\n-->\n"},
		{"removal leaves backticks", "``%%c%%`\n", "\\```\n"},
		{"%% comment over a fence", "a %% b\n```\nc %%\n```\n", "a %% b\n```\nc %%\n```\n"},
		{"shortcode tag over a fence", "{{< a\n```\nb\n```\n>}}\n", "{{< a\n```\nb\n```\n>}}\n"},
		{"quoted fence ends with its quote", "> ```\n{{< a >}}\n", "> ```\n"},
		{"a quoted fence inside code closes nothing", "```\n>```\n{{< a >}}\n```\n", "```\n>```\n{{< a >}}\n```\n"},
		{"shortcode comment opener and closer sharing a star", "{{%/*/%}}\n", "{{%/*/%}}\n"},
		{"a fence the rest of a line would be", "0{{< figure src=\"a.png\" >}}```\n", "0\n![](a.png)\n\\```\n"},
		{"a fence the rest of a shortcode's last line would be", "{{<figure\nsrc=\"a.png\">}}```\n", "![](a.png)\n\\```\n"},
		{"an HTML block the rest of a line would open", "{{<x>}}<figure\n```\ncode\n```\n", "\\<figure\n```\ncode\n```\n"},
		{"an HTML block the line opened already", "<div>{{<x>}}\n\ntext\n", "<div>\n\ntext\n"},
		{"a comment line inside an HTML block", "<figure \n{/* c */}\n<!-- d -->\n```\n", "<figure \n```\n"},
		{"a comment line after an HTML block", "<div>\n\n{/* c */}\ntext\n", "<div>\n\n\ntext\n"},
		{"PyMdown block leaving a fence open", "/// note\n```\nx\n", "/// note\n```\nx\n"},
		{"admonition leaving a fence open", "!!! note\n    ```\n    x\n", "!!! note\n    ```\n    x\n"},
		// shortcodes.go
		{"figure", `{{< figure src="a b.png" alt="A" >}}` + "\n", "![A](a%20b.png)\n"},
		{"figure with caption", `{{< figure src="a.png" caption="C" >}}` + "\n", "![C](a.png)\n"},
		{"figure alt and caption", `{{< figure src="a.png" alt="A" caption="C" >}}` + "\n", "![A](a.png)\n\n*C*\n"},
		{"highlight", "{{< highlight go >}}\nx := 1\n\ny := 2\n{{< /highlight >}}\n", "```go\nx := 1\n\ny := 2\n```\n"},
		{"code with lang", "{{< code lang=\"js\" >}}\nlet a\n{{< /code >}}\n", "```js\nlet a\n```\n"},
		{"self-closing code-toggle", "{{< code-toggle config=build />}}\n\n`a`\n: b\n\n{{< code-toggle >}}\nx = 1\n{{< /code-toggle >}}\n", "\n`a`\n: b\n\n```toml\nx = 1\n```\n"},
		{"code-toggle", "{{< code-toggle >}}\n[a]\nb = 1\n{{< /code-toggle >}}\n", "```toml\n[a]\nb = 1\n```\n"},
		{"code in a definition", "`a`\n: text\n\n  {{< code-toggle >}}\n  [b]\n    c = 1\n  {{< /code-toggle >}}\n", "`a`\n: text\n\n  ```toml\n  [b]\n    c = 1\n  ```\n"},
		{"code body with a fence", "{{< highlight md >}}\n```\nx\n```\n{{< /highlight >}}\n", "````md\n```\nx\n```\n````\n"},
		{"notice", "{{% notice warning %}}\nBody\n{{% /notice %}}\n", fence + "warning\nBody\n" + fence + "\n"},
		{"note with title", "{{< note title=\"T\" >}}\nBody\n{{< /note >}}\n", fence + "note[T]\nBody\n" + fence + "\n"},
		{"callout never closed", "{{< tip >}}\nBody\n", "Body\n"},
		{"youtube", "{{< youtube abc >}}\n", "[YouTube video abc](https://www.youtube.com/watch?v=abc)\n"},
		{"youtube by id", "{{< youtube id=\"abc\" >}}\n", "[YouTube video abc](https://www.youtube.com/watch?v=abc)\n"},
		{"vimeo", "{{< vimeo 146022717 >}}\n", "[Vimeo video 146022717](https://vimeo.com/146022717)\n"},
		{"tweet", "{{< tweet user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}\n", "[post 1453110110599868418](https://x.com/SanDiegoZoo/status/1453110110599868418)\n"},
		{"gist", "{{< gist spf13 7896402 >}}\n", "[gist spf13/7896402](https://gist.github.com/spf13/7896402)\n"},
		{"new-in", ": {{< new-in 0.160.0 />}}\n", ": *New in v0.160.0*\n"},
		{"ref in a link", "[a]({{< ref \"b.md\" >}})\n", "[a](b.md)\n"},
		{"unknown paired keeps its content", "{{< box >}}Kept{{< /box >}}\n{{< wrap >}}\nAlso kept\n{{< /wrap >}}\n", fence + "box\nKept\n" + fence + "\nAlso kept\n"},
		{"unknown alone shows nothing", "a\n\n{{< widget mode=\"dark\" >}}\n\nb\n", "a\n\n\nb\n"},
		{"unknown inline shows nothing", "a {{< param x >}} b\n", "a  b\n"},
		{"escaped shortcode is text", "{{</* figure src=\"x\" */>}}\n", "{{< figure src=\"x\" >}}\n"},
		{"tag over lines", "{{< figure\n  src=\"a.png\"\n  alt=\"A\"\n>}}\n", "![A](a.png)\n"},
		{"tag not closed before a blank line", "a {{< figure\n\nb >}}\n", "a {{< figure\n\nb >}}\n"},
		{"shortcode in code", "```\n{{< figure src=\"a\" >}}\n```\n", "```\n{{< figure src=\"a\" >}}\n```\n"},
		// liquid.go
		{"raw", "{% raw %}\n{{ x }} {% if %}\n{% endraw %}\n", "{{ x }} {% if %}\n"},
		{"raw inline", "a {% raw %}{{ x }}{% endraw %} b\n", "a {{ x }} b\n"},
		{"highlight tag", "{% highlight ruby %}\nputs 1\n{% endhighlight %}\n", "```ruby\nputs 1\n```\n"},
		{"include", "a\n{% include x.html %}\nb\n", "a\nb\n"},
		{"if keeps its content", "{% if a %}Yes{% endif %}\n", "Yes\n"},
		{"comment tag", "a\n{% comment %}\nx\n{% endcomment %}\nb\n", "a\nb\n"},
		{"post_url", "[p]({% post_url 2020-01-01-x %})\n", "[p](2020-01-01-x)\n"},
		{"relative_url", "![l]({{ '/a.png' | relative_url }})\n", "![l](/a.png)\n"},
		{"baseurl", "[d]({{ site.baseurl }}/docs/)\n", "[d](/docs/)\n"},
		{"output in a definition", "[roadmap]: {{ site.repository }}/issues/9\n", "[roadmap]: /issues/9\n"},
		{"output in an address", "[#97]({{ site.repository }}/issues/97) and {{ page.x }}\n", "[#97](/issues/97) and {{ page.x }}\n"},
		{"loop variables show nothing", "{% for s in site.sponsors %}\n<a title=\"{{ s.title }}\">x</a>\n{% endfor %} {{ s.y }}\n", "<a title=\"\">x</a>\n {{ s.y }}\n"},
		{"other output kept", "Use {{ page.title }}.\n", "Use {{ page.title }}.\n"},
		// admonitions.go
		{"admonition", "!!! warning \"Careful\"\n    Text.\n\n    More.\n\nAfter.\n", fence + "warning[Careful]\nText.\n\nMore.\n" + fence + "\n\nAfter.\n"},
		{"admonition with no title", "!!! note \"\"\n    Text.\n", fence + "note\nText.\n" + fence + "\n"},
		{"collapsible", "???+ tip\n    Text.\n", fence + "tip\nText.\n" + fence + "\n"},
		{"nested admonitions", "!!! note\n    !!! tip\n        In.\n", fence + "note\n" + containerFence(1) + "tip\nIn.\n" + containerFence(1) + "\n" + fence + "\n"},
		{"not an admonition", "!!! hello world!\n", "!!! hello world!\n"},
		{"pymdown block", "/// note | Title\nText.\n///\n", fence + "note[Title]\nText.\n" + fence + "\n"},
		{"pymdown options", "/// admonition | T\n    type: warning\nText.\n///\n", fence + "warning[T]\nText.\n" + fence + "\n"},
		{"pymdown tab", "/// tab | Go\nText.\n///\n", "**Go**\n\nText.\n"},
		// wikilinks.go
		{"wiki link", "[[Some note]]\n", "[Some note](Some%20note)\n"},
		{"wiki link with text", "[[Some note|shown]]\n", "[shown](Some%20note)\n"},
		{"wiki link in a table", "| [[Note\\|shown]] |\n", "| [shown](Note) |\n"},
		{"wiki link to a heading", "[[Note#A heading]]\n", "[Note › A heading](Note#a-heading)\n"},
		{"wiki link to a block of the page", "[[#^fmt|the format]] and [[Note#^b]]\n", "the format and [Note](Note)\n"},
		{"a block link's text is text, not code or a heading", "[[|```]]\n[[#^b|# Not a heading]]\n", "\\`\\`\\`\n\\# Not a heading\n"},
		{"wiki link in the page", "[[#A heading]]\n", "[A heading](#a-heading)\n"},
		{"wiki picture", "![[a b.png|300]]\n", "![a b](a%20b.png)\n"},
		{"wiki embed of a note", "![[Note]]\n", "[Note](Note)\n"},
		{"wiki link after a word", "Server[[Sync regions|region]] a[[0]]\n", "Server[region](Sync%20regions) a[[0]]\n"},
		{"wiki link in a quoted fence", "> ```md\n> [[Note]]\n> ```\n> [[Note]]\n", "> ```md\n> [[Note]]\n> ```\n> [Note](Note)\n"},
		{"wiki link before a remark in parentheses", "[[Keys|system keys]](e.g. `Ctrl+C`) and [[A]]( b c)\n", "[system keys](Keys)(e.g. `Ctrl+C`) and [A](A)( b c)\n"},
		{"not a wiki link, titled", "[[1]](https://x \"t\") [[2]](<a b>) [[3]]( x )\n", "[[1]](https://x \"t\") [[2]](<a b>) [[3]]( x )\n"},
		{"not a wiki link", "[[1]](https://x) and a[[0]]\n", "[[1]](https://x) and a[[0]]\n"},
		{"obsidian comment", "a %%b%% c\n%%\nblock\n%%\nd\n", "a  c\nd\n"},
		{"obsidian comment never closed", "50%% off\n", "50%% off\n"},
		// attrlists.go
		{"attribute list alone", "Text.\n{: .note .info}\n\nMore.\n", "Text.\n\nMore.\n"},
		{"attribute list after a link", "[a](b){:target=\"_blank\"} c\n", "[a](b) c\n"},
		{"attribute list on a heading stays for it", "## H {: #h}\n", "## H {: #h}\n"},
		{"not an attribute list", "a {: b} c\n", "a {: b} c\n"},
		{"mdx comment over blank lines", "a\n\n{/* x\n\n<details>\n*/}\n\nb {/* y */} c\n", "a\n\n\n\nb  c\n"},
		{"mdx comment naming a heading's anchor", "## Hooks {/*hooks*/}\n", "## Hooks {#hooks}\n"},
		// mdc.go
		{"mdc callout", "::note\nText.\n::\n", fence + "note\nText.\n" + fence + "\n"},
		{"four-colon callout keeps its label", "::::note[Deep dive]\nText.\n::::\n", fence + "note[Deep dive]\nText.\n" + fence + "\n"},
		{"mdc callout in a group", "::card-group\n  ::card{title=\"Box\" to=\"/x\"}\n  Text.\n  ::\n::\n", "  **Box**\n\n  Text.\n"},
		{"mdc read-more", "::read-more{to=\"/docs/x\"}\n::\n", "[/docs/x](/docs/x)\n"},
		{"mdc read-more with text", "::read-more{to=\"https://e.com\" target=\"_blank\"}\nRead more.\n::\n", "Read more.\n[https://e.com](https://e.com)\n"},
		{"mdc code group", "::code-group\n```js\nx\n```\n::\n", "```js\nx\n```\n"},
		{"mdc inline", "New :badge[v4.3]{color=\"info\"} and :icon{name=\"x\"} see :read-more{to=\"/y\"}.\n", "New v4.3 and  see [/y](/y).\n"},
		{"not mdc", "a:hover{color: red} and std::vector{1}\n", "a:hover{color: red} and std::vector{1}\n"},
		{"a container the renderer reads", ":::tip\nText.\n:::\n", ":::tip\nText.\n:::\n"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			if got := rewriteSiteSyntax(c.in, 0); got != c.want {
				t.Errorf("rewriteSiteSyntax(%q)\n got %q\nwant %q", c.in, got, c.want)
			}
		})
	}
}

// The fixtures of testdata/syntax, one a unit, parsed whole: what a
// reader of the site sees, and none of the syntax.
func TestSiteSyntaxFixtures(t *testing.T) {
	t.Parallel()
	cases := []struct {
		file       string
		kept, gone []string
		headings   []string // text#anchor
	}{
		{"hugo.md", []string{"![Zion National Park at dawn](zion.jpg)", "*Zion at dawn*", "```go\npackage main\n\nfunc main() {}\n```",
			"warning[Careful]\nUnplug the charger", "watch?v=w7Ft2ymGmfc", "```toml\n[params]\ncolor = \"blue\"\n```", "**Linux**",
			"Install with apt.", "[the guide](guide.md)", "Write {{< figure src=\"x.png\" >}} to show", "Closing paragraph."},
			[]string{"{{< figure src=\"zion", "highlight", "{{% notice", "youtube w7", "{{< tab", "/*", "unknown-widget", "{{< param"}, nil},
		{"liquid.md", []string{"```ruby\nputs \"hello\"\n```", "Use {{ page.title }} in a template, and {% if x %} too.",
			"Shown either way.", "(2020-01-01-hello)", "](/assets/logo.png)", "](/docs/)", "End of the Liquid page."},
			[]string{"include", "endhighlight", "A note to the author", "endif", "site.baseurl"}, nil},
		{"mkdocs.md", []string{"warning[Mind the cable]\nKeep the cable away", "tip\nA nested tip.", "note[Collapsed detail]",
			"example\nOpen by default.", "note[Technical details]\nText of a PyMdown block.", "details[Why?]\nBecause.",
			"**Python 3.10+**", "```python", "After."},
			[]string{"!!!", "???", "///", "type: warning", "    Keep"}, nil},
		{"comments.md", []string{"Visible opening paragraph.", "Visible second paragraph with an inline  comment.",
			"`<!-- in code -->`", "<!-- a comment in a code block -->", "Last paragraph."},
			[]string{"Hidden heading", "commented out", "secret", "markdownlint"}, nil},
		{"obsidian.md", []string{"[Internal links](Internal%20links)", "[the links page](Internal%20links)",
			"[Internal links › Link to a heading](Internal%20links#link-to-a-heading)", "[Embed files](#embed-files)",
			"![Engelbart](Engelbart.jpg)", "[Other note](Other%20note)", "A  word", "[[1]](https://example.com/ref)"},
			[]string{"[[Internal", "![[", "hidden", "block comment", "%%"}, nil},
		{"attrs.md", []string{"## Install the tool\n", "## Configure it\n", "Setext heading\n---", "## Using {braces} in text", "[Install](#install)"},
			[]string{"{#", "{.", "{:"},
			[]string{"Install the tool#install", "Configure it#configure", "Setext heading#setext", "Using {braces} in text#using-braces-in-text", "Kramdown#kram", "Leading attribute#lead"}},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			t.Parallel()
			data, err := os.ReadFile(filepath.Join("testdata", "syntax", c.file))
			if err != nil {
				t.Fatal(err)
			}
			a, warnings, err := Parse(c.file, data)
			if err != nil || len(warnings) > 0 {
				t.Fatalf("Parse: %v %v", err, warnings)
			}
			for _, k := range c.kept {
				if !strings.Contains(a.Body, k) {
					t.Errorf("%q missing from:\n%s", k, a.Body)
				}
			}
			for _, g := range c.gone {
				if strings.Contains(a.Body, g) {
					t.Errorf("%q left in:\n%s", g, a.Body)
				}
			}
			if len(a.Headings) == 0 && c.file != "attrs.md" {
				return
			}
			var got []string
			for _, h := range a.Headings {
				got = append(got, h.Text+"#"+h.Anchor)
			}
			if c.headings != nil && strings.Join(got, "|") != strings.Join(c.headings, "|") {
				t.Errorf("headings %q, want %q", got, c.headings)
			}
			if c.headings == nil && len(got) > 0 {
				t.Errorf("headings %q, want none (a commented-out one?)", got)
			}
		})
	}
}

// {{ page.x }} shows the article's own frontmatter.
func TestLiquidPageVariables(t *testing.T) {
	t.Parallel()
	a, _, err := Parse("p.md", []byte("---\ntitle: Hi\nexcerpt: 'Mine'\n---\nThe excerpt: <q>{{page.excerpt}}</q>, {{ page.title | upcase }}, {{ page.none }}.\n"))
	if err != nil || !strings.Contains(a.Body, "The excerpt: <q>Mine</q>, Hi, {{ page.none }}.") {
		t.Errorf("%v %q", err, a.Body)
	}
}

// The MDX clean-up is for .mdx files and real statements: prose that
// begins with "import" or "export" is kept. In an .md file only an
// import whole on its line goes (Docusaurus reads .md as MDX).
func TestMDXStatementsOnlyInMDX(t *testing.T) {
	t.Parallel()
	prose := "import these readings into a spreadsheet.\n\nexport the data as CSV.\n\nimport { A } from 'a'\n"
	md, _, _ := Parse("p.md", []byte(prose+"import Tabs from \"@theme/Tabs\";\nexport const x = 1\n"))
	if md.Body != "import these readings into a spreadsheet.\n\nexport the data as CSV.\n\nexport const x = 1\n" {
		t.Errorf(".md body:\n%q", md.Body)
	}
	mdx, _, _ := Parse("p.mdx", []byte(prose))
	if !strings.Contains(mdx.Body, "import these readings") || !strings.Contains(mdx.Body, "export the data") || strings.Contains(mdx.Body, "from 'a'") {
		t.Errorf(".mdx body:\n%s", mdx.Body)
	}
	for s, want := range map[string]bool{
		"import X from 'x'": true, "import {A} from \"a\"": true, "import 'side-effect'": true, "import X, {Y} from 'x'": true,
		"import X": true, "export const a = 1": true, "export default X": true, "export { a }": true, "export async function f() {}": true,
		"import these readings": false, "export the data": false, "import from here": false, "exporting": false,
	} {
		if got := isMDXStatement(s); got != want {
			t.Errorf("isMDXStatement(%q) = %v, want %v", s, got, want)
		}
	}
}

// FuzzSiteSyntax runs every unit of the rewriter on any input: it never
// panics, never grows a body past a small multiple of its size, and
// keeps valid UTF-8 valid; where no construct can span lines (no
// comment, shortcode, Liquid tag, admonition or block), fenced code
// comes out as it went in.
func FuzzSiteSyntax(f *testing.F) {
	for _, name := range []string{"hugo.md", "liquid.md", "mkdocs.md", "comments.md", "obsidian.md", "attrs.md"} {
		data, err := os.ReadFile(filepath.Join("testdata", "syntax", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(string(data))
	}
	f.Add("<!--\n```\n-->\n{{< a >}}\n{{< /a >}}\n!!! note\n    {{% b %}}\n    [[x]]\n    %%c%%\n")
	f.Add("[[a]] ```\n[[b|c]]\n```\n![[d.png]] %%e\n```\n")
	f.Fuzz(func(t *testing.T, body string) {
		out := rewriteSiteSyntax(body, 0)
		if len(out) > 4*len(body)+256 {
			t.Fatalf("grew from %d to %d bytes", len(body), len(out))
		}
		if utf8.ValidString(body) && !utf8.ValidString(out) {
			t.Fatalf("invalid UTF-8 from valid input %q: %q", body, out)
		}
		for _, m := range []string{"<!--", "{{", "{%", "!!!", "???", "///", "%%"} {
			if strings.Contains(body, m) {
				return
			}
		}
		if in, got := codeLines(body), codeLines(out); !slices.Equal(in, got) {
			t.Fatalf("code lines changed:\n in %q\nout %q", in, got)
		}
	})
}

// A JSX tag in a code span is what the text is about: it is kept.
func TestJSXTagInACodeSpanIsKept(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"Shows [`<SiteTitle />`](#x) and <Badge text=\"y\" /> here.\n": "Shows [`<SiteTitle />`](#x) and y here.\n",
		"`<A/>` <Bx/> `` <C/> `` <Dx>\n":                               "`<A/>`  `` <C/> `` \n",
		"Unclosed ` <E/>\n":                                            "Unclosed ` \n",
	} {
		if got := cleanBody(in); got != want {
			t.Errorf("cleanBody(%q) = %q, want %q", in, got, want)
		}
	}
}

// The MDX components whose attributes carry text show it (jsxtext.go).
func TestJSXTagText(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		"<LinkCard\n\ttitle=\"Static sites\"\n\thref=\"https://e.com/x\"\n\tdescription=\"An interview.\"\n/>\n": "[**Static sites**](https://e.com/x) — An interview.\n",
		"<Card title=\"Box\">\nText.\n</Card>\n":                 "**Box**\nText.\n",
		"New <Badge text=\"beta\" variant=\"tip\" /> feature.\n": "New beta feature.\n",
		"<TabItem label=\"npm\">\n\nnpm i\n\n</TabItem>\n":       "**npm**\n\nnpm i\n\n",
		"<p><Since v=\"4.10.3\" /></p>\n":                        "*Added in: 4.10.3*\n",
		"<YouTubeGrid\n\tvideos={[\n\t\t{\n\t\t\thref: 'https://y.com/1',\n\t\t\ttitle: \"Launch\",\n\t\t\tdescription: 'Watch it',\n\t\t},\n\t\t{ label: 'Orion', link: '' },\n\t]}\n/>\n": "\n- [**Launch**](https://y.com/1) — Watch it\n- **Orion**\n\n",
		"<img src=\"/a.png\" width=\"300\" style={{margin: '0 auto'}} />\n<span style={{ color: 'red' }}>Red</span>\n":                                                                      "![](/a.png)\nRed\n",
		"<Listing number=\"1-1\" caption=\"Hello\">\n": "*Hello*\n",
		"<Image src=\"/a.png\" alt=\"A\" />\n":         "![A](/a.png)\n",
		"<Icon name=\"x\" />\n<Tabs>\n":                "\n",
		"<Pitfall>\n\nCareful.\n\n</Pitfall>\n":        "::::caution\n\nCareful.\n\n::::\n",
		"<DeepDive>\n\nMore.\n\n</DeepDive>\n":         "::::note[Deep dive]\n\nMore.\n\n::::\n",
	} {
		if got := cleanBody(in); got != want {
			t.Errorf("cleanBody(%q)\n got %q\nwant %q", in, got, want)
		}
	}
}

// BenchmarkParseSiteSyntax parses the fixtures of every unit, each
// repeated to about 100 KB: the rewriter's cost grows with the body, not
// with the count of tags times the body (a Liquid page of 2,000 tags
// took 120 ms when each tag's pattern ran on the 2 KB after it).
func BenchmarkParseSiteSyntax(b *testing.B) {
	for _, name := range []string{"hugo.md", "liquid.md", "mkdocs.md", "comments.md", "obsidian.md", "attrs.md"} {
		data, err := os.ReadFile(filepath.Join("testdata", "syntax", name))
		if err != nil {
			b.Fatal(err)
		}
		_, body, _ := strings.Cut(string(data[3:]), "---\n")
		big := string(data) + strings.Repeat("\n"+body, (100<<10)/len(body))
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(big)))
			for b.Loop() {
				if _, _, err := Parse(name, []byte(big)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
