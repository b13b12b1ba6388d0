package library

import (
	"reflect"
	"strings"
	"testing"
)

func TestSalvageYAML(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name   string
		head   string
		fields map[string]any
		lost   []string
	}{
		{"a bad tag", "title: Broken frontmatter\ntags:\n  - @handle\n  - [unclosed\n", map[string]any{"title": "Broken frontmatter"}, []string{"tags"}},
		{"items at the margin stay with their key", "tags:\n- a\n- b\ndate: 2024-01-02\nbad: [\n", map[string]any{"tags": []any{"a", "b"}, "date": "2024-01-02"}, []string{"bad"}},
		{"a quoted string over two lines", "title: \"one\n  two\"\nauthor: @me\n", map[string]any{"title": "one two"}, []string{"author"}},
		{"comments and blank lines", "# about\n\ntitle: T # note\n\nx: 'open\n", map[string]any{"title": "T"}, []string{"x"}},
		{"a quoted key", "\"title\": Q\n'tags': [a\n", map[string]any{"title": "Q"}, []string{"tags"}},
		{"nothing reads", "a: [\nb: {\n", nil, []string{"a", "b"}},
		{"no key at all", "- a\n- b\n", nil, nil},
		{"a key given twice keeps the first", "title: One\ntitle: Two\n", map[string]any{"title": "One"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fields, lost := salvageYAML(tt.head)
			if !reflect.DeepEqual(fields, tt.fields) || !reflect.DeepEqual(lost, tt.lost) {
				t.Errorf("salvageYAML(%q) = %#v, %q; want %#v, %q", tt.head, fields, lost, tt.fields, tt.lost)
			}
		})
	}
}

// An article whose YAML has one bad line keeps its other fields, and
// the problem names the line and the keys left out.
func TestBrokenFrontmatterKeepsWhatReads(t *testing.T) {
	t.Parallel()
	src := "---\ntitle: Broken frontmatter\ndate: 2024-03-05\ntags:\n  - @handle\n  - [unclosed\ncategories: [Reviews]\n---\nThe body is still worth reading.\n"
	a, warnings, err := Parse("badyaml.md", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Broken frontmatter" || a.DateString() != "2024-03-05" || !reflect.DeepEqual(a.Categories, []string{"Reviews"}) || len(a.Tags) != 0 {
		t.Errorf("article: title %q date %q categories %q tags %q", a.Title, a.DateString(), a.Categories, a.Tags)
	}
	if a.Body != "The body is still worth reading.\n" {
		t.Errorf("body %q", a.Body)
	}
	if len(warnings) != 1 || !strings.Contains(warnings[0], "invalid frontmatter, line 5") || !strings.HasSuffix(warnings[0], `shown without "tags"`) {
		t.Errorf("warnings %q", warnings)
	}
	// When no key reads, the article is shown without its frontmatter,
	// under its file's name, as before.
	a, warnings, err = Parse("nothing.md", []byte("---\ntags: [\n---\nBody\n"))
	if err != nil || a.Title != "nothing" || len(warnings) != 1 || !strings.HasSuffix(warnings[0], "the article is shown without it") {
		t.Errorf("nothing reads: %v %q %q", err, a.Title, warnings)
	}
}
