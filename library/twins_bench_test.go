package library

import (
	"strings"
	"testing"

	"github.com/folio-reader/folio/internal/synth"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"
	"gopkg.in/yaml.v2"
)

// The hand-written twins of libraries against the libraries, on the
// synthetic articles the load benchmarks read (issue 14: each twin pays
// its way or goes). Run with -count 6 and read with benchstat.

// synthFrontmatter is the YAML of n synthetic articles' frontmatter.
func synthFrontmatter(n int) []string {
	out := make([]string, n)
	for i := range out {
		a := synth.Article(i, 4096)
		end := strings.Index(a[4:], "\n---\n")
		out[i] = a[4 : 4+end+1]
	}
	return out
}

// BenchmarkFrontmatterYAML decodes the frontmatter of 1,000 articles with
// quickYAML and with yaml.v2, which it stands in front of.
func BenchmarkFrontmatterYAML(b *testing.B) {
	fms := synthFrontmatter(1000)
	b.Run("quickYAML", func(b *testing.B) {
		for b.Loop() {
			for _, s := range fms {
				if _, ok := quickYAML(s); !ok {
					b.Fatal("refused")
				}
			}
		}
	})
	b.Run("yaml.v2", func(b *testing.B) {
		for b.Loop() {
			for _, s := range fms {
				m := map[string]any{}
				if err := yaml.Unmarshal([]byte(s), &m); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
}

// synthLines are the lines of 1,000 synthetic articles.
func synthLines(n int) []string {
	var lines []string
	for i := range n {
		lines = append(lines, strings.Split(synth.Article(i, 4096), "\n")...)
	}
	return lines
}

// BenchmarkLinksOfLines finds every link of every line of 1,000 articles
// with the hand matcher and with the expression it mirrors.
func BenchmarkLinksOfLines(b *testing.B) {
	lines := synthLines(1000)
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			for _, l := range lines {
				f := newLinkFinder(l)
				for m, ok := f.next(0); ok; m, ok = f.next(m.end) {
				}
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, l := range lines {
				linkPatternRE.FindAllStringSubmatchIndex(l, -1)
			}
		}
	})
}

// BenchmarkFAQHeadings tests every heading of 1,000 articles.
func BenchmarkFAQHeadings(b *testing.B) {
	var heads []string
	for _, l := range synthLines(1000) {
		if strings.HasPrefix(l, "#") {
			heads = append(heads, strings.TrimLeft(l, "# "))
		}
	}
	b.Run("hand", func(b *testing.B) {
		for b.Loop() {
			for _, h := range heads {
				isFAQHeading(h)
			}
		}
	})
	b.Run("regexp", func(b *testing.B) {
		for b.Loop() {
			for _, h := range heads {
				faqHeadingRE.MatchString(h)
			}
		}
	})
}

// BenchmarkBodyBlocks finds the headings, links, FAQ sections and
// contents list of 1,000 article bodies with blocks.go's scanners, and
// only parses them with goldmark (the parser glamour renders with),
// without yet walking its tree for the same things: a lower bound for
// goldmark in blocks.go's place.
func BenchmarkBodyBlocks(b *testing.B) {
	bodies := make([]string, 1000)
	for i := range bodies {
		a := synth.Article(i, 4096)
		bodies[i] = a[strings.Index(a[4:], "\n---\n")+9:]
	}
	b.Run("blocks.go", func(b *testing.B) {
		sc := new(scratch)
		for b.Loop() {
			for _, body := range bodies {
				a := Article{Body: body}
				indexBodyLines(&a, splitLinesInto(sc.lines[:0], body), nil, sc)
			}
		}
	})
	b.Run("goldmark-parse-only", func(b *testing.B) {
		p := goldmark.New().Parser()
		for b.Loop() {
			for _, body := range bodies {
				p.Parse(text.NewReader([]byte(body)))
			}
		}
	})
}
