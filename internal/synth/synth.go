// Package synth writes realistic synthetic article libraries for
// benchmarks and scaling measurements: YAML frontmatter, headings, lists,
// links and an FAQ, at a chosen count and size. Nothing it writes is
// committed; benchmarks generate into a temporary folder.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

var (
	words = strings.Fields(`skin treatment clinic protocol recovery barrier collagen texture
		review session outcome planning assessment indication response tolerance regenerative
		aftercare inflammation product serum research evidence result routine practitioner`)
	tags       = []string{"Exosomes", "PRP Treatment", "Skin Rejuvenation", "Microneedling", "Peels", "Acne", "Ageing", "Laser", "Hydration", "Retinoids", "Sunscreen", "Barrier Repair"}
	categories = []string{"Skin Rejuvenation", "Reviews", "Guides", "Clinic News", "Science"}
)

// Article returns the text of synthetic article i, about size bytes.
func Article(i, size int) string {
	r := rand.New(rand.NewPCG(uint64(i), 42))
	var b strings.Builder
	title := sentence(r, 6)
	fmt.Fprintf(&b, "---\ntitle: %q\ndate: %04d-%02d-%02d\ncategory: %s\ntags: [%s, %s]\nauthor: Author %d\nexcerpt: %q\n---\n\n",
		title, 2015+i%11, 1+i%12, 1+i%28, categories[i%len(categories)], tags[i%len(tags)], tags[(i/7+3)%len(tags)], i%40, sentence(r, 20))
	fmt.Fprintf(&b, "# %s\n\n", title)
	for s := 0; b.Len() < size*8/10; s++ {
		fmt.Fprintf(&b, "## Section %d: %s\n\n%s\n\n", s+1, sentence(r, 4), paragraph(r))
		fmt.Fprintf(&b, "- %s\n- %s\n- [%s](/blog/post-%d)\n\n", sentence(r, 5), sentence(r, 6), sentence(r, 3), r.IntN(1000))
	}
	b.WriteString("## Frequently asked questions\n\n")
	for q := 0; b.Len() < size; q++ {
		fmt.Fprintf(&b, "### %s?\n\n%s\n\n", sentence(r, 6), sentence(r, 25))
	}
	return b.String()
}

// Write writes n articles of about size bytes into dir, 100 to a folder.
func Write(dir string, n, size int) error {
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("d%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(filepath.Join(sub, fmt.Sprintf("post-%05d.md", i)), []byte(Article(i, size)), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func sentence(r *rand.Rand, n int) string {
	out := make([]string, n)
	for i := range out {
		out[i] = words[r.IntN(len(words))]
	}
	out[0] = strings.ToUpper(out[0][:1]) + out[0][1:]
	return strings.Join(out, " ")
}

func paragraph(r *rand.Rand) string {
	var s []string
	for range 3 + r.IntN(3) {
		s = append(s, sentence(r, 8+r.IntN(10))+".")
	}
	return strings.Join(s, " ")
}
