package library

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"gopkg.in/yaml.v2"
)

// adrgFormats are folio's formats with the plain decoders: adrg/frontmatter
// given the whole text with these is the reference for extractFrontmatter,
// which gives it only the frontmatter block and decodes YAML through
// quickYAML first.
var adrgFormats = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", yaml.Unmarshal),
	frontmatter.NewFormat("---yaml", "---", yaml.Unmarshal),
	frontmatter.NewFormat("+++", "+++", toml.Unmarshal),
	frontmatter.NewFormat("---toml", "---", toml.Unmarshal),
	frontmatter.NewFormat(";;;", ";;;", json.Unmarshal),
	frontmatter.NewFormat("---json", "---", json.Unmarshal),
	{Start: "{", End: "}", Unmarshal: json.Unmarshal, UnmarshalDelims: true, RequiresNewLine: true},
}

// FuzzFrontmatterMatchesAdrg checks extractFrontmatter against
// adrg/frontmatter reading the whole text: the same fields, the same
// rest, an error for the same inputs. It is what shows frontmatterCut
// stops where adrg/frontmatter does.
func FuzzFrontmatterMatchesAdrg(f *testing.F) {
	addSeeds(f)
	for _, s := range []string{
		"{\n\"a\": 1\n}\nx\n", "{\n\"a\": 1\n}\n}\n\nx", "\n\n---\na: b\n  ---  \nrest", "---\na: b\n---", ";;;\n{\"a\":1}\n;;;\n",
		"---json\n{\"a\": [1]}\n---\n", "---toml\na = 1\n---\n", "+++\na = 1\n+++\n", "---\n\u00a0---\u00a0\nx", "{\n}", "{\n}\n",
	} {
		f.Add("x.md", []byte(s))
	}
	for _, s := range quickYAMLSeeds {
		f.Add("x.md", []byte("---\n"+s+"---\nbody\n"))
	}
	f.Fuzz(func(t *testing.T, _ string, data []byte) {
		text := string(data)
		got := map[string]any{}
		rest, err := extractFrontmatter(text, &got)
		want := map[string]any{}
		wantRest, wantErr := frontmatter.Parse(strings.NewReader(text), &want, adrgFormats...)
		if (err != nil) != (wantErr != nil) || err != nil && err.Error() != wantErr.Error() {
			t.Fatalf("%q: error %v, adrg/frontmatter %v", text, err, wantErr)
		}
		if err != nil {
			return
		}
		if rest != string(wantRest) {
			t.Fatalf("%q: rest %q, adrg/frontmatter %q", text, rest, wantRest)
		}
		if g, w := fmt.Sprintf("%#v", got), fmt.Sprintf("%#v", want); g != w {
			t.Fatalf("%q: fields %s, adrg/frontmatter %s", text, g, w)
		}
	})
}

// YAML frontmatter may end with "...", as Jekyll's test posts do.
func TestFrontmatterEndsWithDots(t *testing.T) {
	t.Parallel()
	a, warnings, err := Parse("p.md", []byte("---\ntitle: Dots\n...\n\n# Test\n"))
	if err != nil || len(warnings) > 0 || a.Title != "Dots" || !strings.HasPrefix(a.Body, "# Test") {
		t.Fatalf("Parse: %v %v %+v", err, warnings, a)
	}
}
