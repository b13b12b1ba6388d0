package main

import (
	"fmt"
	"strings"
)

// A shape is a crafted article: gen writes one of about size bytes.
// Each starts with a short paragraph holding marker, the text the
// reader's first screen is timed to.
type shape struct {
	name, what string
	first      string // text its first screen shows, besides the marker
	gen        func(b *strings.Builder, size int)
	pictures   bool // needs pic.png beside it, and is shown with pictures drawn too
}

const marker = "hostile-first-screen"

// fill writes unit(i) for i = 0, 1, … until b holds size bytes.
func fill(b *strings.Builder, size int, unit func(i int) string) {
	for i := 0; b.Len() < size; i++ {
		s := unit(i)
		if b.Len()+len(s) > size {
			s = s[:size-b.Len()]
		}
		b.WriteString(s)
	}
}

// fillCount writes unit(i) for i in [0, n), then pad until size bytes.
func fillCount(b *strings.Builder, size, n int, unit func(i int) string, pad string) {
	for i := 0; i < n && b.Len() < size; i++ {
		b.WriteString(unit(i))
	}
	fill(b, size, func(int) string { return pad })
}

var shapes = []shape{
	{"table-long", "one table of 4 columns, a row a line", "cell", func(b *strings.Builder, size int) {
		b.WriteString("| a | b | c | d |\n|---|---|---|---|\n")
		fill(b, size, func(i int) string { return fmt.Sprintf("| %d | cell | more | text |\n", i) })
	}, false},
	{"table-5000cols", "one table of 5,000 columns, rows until full", "h0", func(b *strings.Builder, size int) {
		row := func(cell string) string {
			var r strings.Builder
			for j := range 5000 {
				fmt.Fprintf(&r, "| %s%d ", cell, j)
			}
			return r.String() + "|\n"
		}
		b.WriteString(row("h"))
		b.WriteString(strings.Repeat("|---", 5000) + "|\n")
		fill(b, size, func(i int) string { return row("c") })
	}, false},
	{"tables-many", "tables of 3 rows, one after another", "a0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string {
			return fmt.Sprintf("| a%d | b |\n|---|---|\n| 1 | 2 |\n| 3 | 4 |\n\n", i)
		})
	}, false},
	{"headings-100k", "100,000 headings with a line of text each, padded with prose", "Heading 0", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string { return fmt.Sprintf("## Heading %d\n\nText %d.\n\n", i, i) }, "Some prose to fill the rest. ")
	}, false},
	{"headings-all", "headings and nothing else, until full", "h0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return fmt.Sprintf("# h%d\n", i) })
	}, false},
	{"faq-100k", "an FAQ heading and 100,000 question headings", "Is this question 0?", func(b *strings.Builder, size int) {
		b.WriteString("## Frequently asked questions\n\n")
		fillCount(b, size, 100_000, func(i int) string { return fmt.Sprintf("### Is this question %d?\n\nYes.\n\n", i) }, "More. ")
	}, false},
	{"word", "one word without spaces, the whole file", "abcdefghijklmnopqrstuvwxyz", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "abcdefghijklmnopqrstuvwxyz" })
	}, false},
	{"word-cjk", "CJK text without a space, the whole file", "漢字かな", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "漢字かな交じり文の長い行" })
	}, false},
	{"line", "one line of words, the whole file", "lorem ipsum dolor", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "lorem ipsum dolor sit amet " })
	}, false},
	{"codeblock", "one fenced code block of long lines", "func f0()", func(b *strings.Builder, size int) {
		b.WriteString("```go\n")
		fill(b, size-4, func(i int) string {
			return fmt.Sprintf("func f%d() { return strings.Repeat(\"x\", %d) } // a comment\n", i, i)
		})
		b.WriteString("\n```")
	}, false},
	{"code-longline", "one fenced code block holding one line", "x = 1; x = 1;", func(b *strings.Builder, size int) {
		b.WriteString("```\n")
		fill(b, size-4, func(int) string { return "x = 1; " })
		b.WriteString("\n```")
	}, false},
	{"list-flat", "one list of short items", "item 0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return fmt.Sprintf("- item %d\n", i) })
	}, false},
	{"list-deep", "list items each indented deeper, to 2,000 levels, again and again", "item", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return strings.Repeat("  ", i%2000) + "- item\n" })
	}, false},
	{"quote-list", "lines of > - > - … 150 deep", "•", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return strings.Repeat("> - ", 150) + "x\n" })
	}, false},
	{"quotes-deep", "a line of 10,000 > markers, again and again", "x", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return strings.Repeat(">", 10_000) + " x\n\n" })
	}, false},
	{"links-100k", "100,000 inline links in paragraphs of ten, padded with prose", "link 0", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string {
			s := fmt.Sprintf("[link %d](https://example.com/page/%d) ", i, i)
			if i%10 == 9 {
				s += "\n\n"
			}
			return s
		}, "Some prose to fill the rest. ")
	}, false},
	{"reflinks-100k", "up to 100,000 reference links, their definitions at the end", "text 0", func(b *strings.Builder, size int) {
		var defs strings.Builder
		n := min(100_000, size/50)
		for i := range n {
			fmt.Fprintf(&defs, "[r%d]: https://example.com/%d\n", i, i)
		}
		fillCount(b, size-defs.Len()-2, n, func(i int) string {
			s := fmt.Sprintf("[text %d][r%d] ", i, i)
			if i%10 == 9 {
				s += "\n\n"
			}
			return s
		}, "Prose. ")
		b.WriteString("\n\n")
		b.WriteString(defs.String())
	}, false},
	{"footnotes-100k", "up to 100,000 footnote references and their definitions", "Claim 0.", func(b *strings.Builder, size int) {
		var defs strings.Builder
		n := min(100_000, size/40)
		for i := range n {
			fmt.Fprintf(&defs, "[^%d]: Note %d.\n", i, i)
		}
		fillCount(b, size-defs.Len()-2, n, func(i int) string {
			s := fmt.Sprintf("Claim %d.[^%d] ", i, i)
			if i%10 == 9 {
				s += "\n\n"
			}
			return s
		}, "Prose. ")
		b.WriteString("\n\n")
		b.WriteString(defs.String())
	}, false},
	{"pictures-10k", "10,000 pictures of one file, padded with prose", "picture 0", func(b *strings.Builder, size int) {
		fillCount(b, size, 10_000, func(i int) string { return fmt.Sprintf("![picture %d](pic.png)\n\n", i) }, "Some prose to fill the rest. ")
	}, true},
	{"pictures-inline", "pictures of one file, ten in a paragraph, until full", "p0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string {
			s := fmt.Sprintf("![p%d](pic.png) ", i)
			if i%10 == 9 {
				s += "\n\n"
			}
			return s
		})
	}, true},
	{"comments-100k", "100,000 HTML comments, block and inline, padded with prose", "Text", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string {
			if i%2 == 0 {
				return fmt.Sprintf("<!-- comment %d\n## hidden heading\n-->\n\n", i)
			}
			return fmt.Sprintf("Text <!-- inline %d --> more.\n\n", i)
		}, "Some prose to fill the rest. ")
	}, false},
	{"comment-open", "one HTML comment opened and never closed", "", func(b *strings.Builder, size int) {
		b.WriteString("<!-- never closed\n")
		fill(b, size, func(i int) string { return fmt.Sprintf("## heading %d\n\ntext\n\n", i) })
	}, false},
	{"shortcodes-100k", "100,000 Hugo shortcodes, standalone, paired and unknown", "Notice 1.", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string {
			switch i % 4 {
			case 0:
				return fmt.Sprintf("{{< figure src=\"pic%d.png\" alt=\"alt %d\" >}}\n\n", i, i)
			case 1:
				return fmt.Sprintf("{{< notice note >}}\nNotice %d.\n{{< /notice >}}\n\n", i)
			case 2:
				return fmt.Sprintf("{{%% unknown-%d %%}}inner %d{{%% /unknown-%d %%}}\n\n", i, i, i)
			}
			return fmt.Sprintf("Text {{< youtube id%d >}} and {{< ref \"x%d\" >}}.\n\n", i, i)
		}, "Some prose to fill the rest. ")
	}, false},
	{"shortcode-open", "paired shortcodes opened and never closed", "line 0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return fmt.Sprintf("{{< highlight go >}}\nline %d\n\n", i) })
	}, false},
	{"liquid-100k", "100,000 Liquid tags, raw bodies and highlights", "value 0", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string {
			switch i % 3 {
			case 0:
				return fmt.Sprintf("{%% raw %%}{{ value %d }}{%% endraw %%}\n\n", i)
			case 1:
				return fmt.Sprintf("{%% highlight ruby %%}\nputs %d\n{%% endhighlight %%}\n\n", i)
			}
			return fmt.Sprintf("Text {%% include x%d.html %%} more.\n\n", i)
		}, "Prose. ")
	}, false},
	{"containers-nested", "::: containers nested 1,000 deep, again and again", "Note", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string {
			return strings.Repeat(":::note\n", 1000) + "text\n" + strings.Repeat(":::\n", 1000) + "\n"
		})
	}, false},
	{"admonitions-100k", "100,000 MkDocs admonitions", "Title 0", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string { return fmt.Sprintf("!!! note \"Title %d\"\n    Body %d.\n\n", i, i) }, "Prose. ")
	}, false},
	{"alerts-100k", "100,000 GitHub alerts", "Alert 0.", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string { return fmt.Sprintf("> [!NOTE]\n> Alert %d.\n\n", i) }, "Prose. ")
	}, false},
	{"details-nested", "<details> nested 1,000 deep, again and again", "", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string {
			return strings.Repeat("<details><summary>q</summary>\n\n", 1000) + "a\n" + strings.Repeat("</details>\n", 1000) + "\n"
		})
	}, false},
	{"html-table", "one HTML table of 4 columns", "cell", func(b *strings.Builder, size int) {
		b.WriteString("<table>\n<tr><th>a</th><th>b</th><th>c</th><th>d</th></tr>\n")
		fill(b, size-9, func(i int) string {
			return fmt.Sprintf("<tr><td>%d</td><td>cell</td><td>more</td><td>text</td></tr>\n", i)
		})
		b.WriteString("</table>\n")
	}, false},
	{"html-nested", "<div> opened 100,000 times, text between", "text", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return fmt.Sprintf("<div class=\"c%d\">text\n", i) })
	}, false},
	{"wikilinks-100k", "100,000 Obsidian links and embeds", "alias", func(b *strings.Builder, size int) {
		fillCount(b, size, 100_000, func(i int) string {
			if i%10 == 9 {
				return fmt.Sprintf("![[pic%d.png]]\n\n", i)
			}
			return fmt.Sprintf("[[Note %d|alias]] ", i)
		}, "Prose. ")
	}, false},
	{"heading-attrs", "headings with {#id .class} attributes, until full", "Head 0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return fmt.Sprintf("## Head %d {#id-%d .c key=v}\n\n", i, i) })
	}, false},
	{"emphasis-soup", "unmatched emphasis and code markers, one paragraph", "a _b", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "*a _b **c __d `e " })
	}, false},
	{"bracket-soup", "unclosed brackets and parentheses, one paragraph", "[a ](b", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "[a ](b ![c [d]( " })
	}, false},
	{"bracket-word", "brackets without a space, one word", "[](([]", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "[](([]" })
	}, false},
	{"autolinks", "bare web addresses, until full", "example.com/0", func(b *strings.Builder, size int) {
		fill(b, size, func(i int) string { return fmt.Sprintf("https://example.com/%d ", i) })
	}, false},
	{"tabs", "lines of tabs and text", "x", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return strings.Repeat("\t", 200) + "x\n" })
	}, false},
	{"escapes", "escape sequences in prose, until full", "title", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string {
			return "Some words of prose \x1b]0;title\x07 and \x1b[31mred\x1b[0m text, \u009b2J and more words of prose here. "
		})
	}, false},
	{"blank-lines", "blank lines, until full", "", func(b *strings.Builder, size int) {
		fill(b, size, func(int) string { return "\n" })
	}, false},
}
