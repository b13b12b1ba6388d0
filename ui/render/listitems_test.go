package render

import (
	"strings"
	"testing"
)

// The blocks of a list item are drawn apart as the author spaced them:
// glamour glued an item's paragraphs ("Step oneMore for step one.") and
// ran a paragraph into the code block or list before it.
func TestListItemBlocksApart(t *testing.T) {
	t.Parallel()
	md := "1. Step one\n\n   More for step one.\n\n   ```sh\n   npm i\n   ```\n\n   After code.\n2. Step two\n   - sub a\n\n     sub para\n   - sub b\n\n- tight\n  next line\n- ```\n  code\n  ```\n  after code, no blank\n"
	a := parsed(t, t.TempDir(), "a.md", "---\ntitle: T\n---\n"+md)
	var lines []string
	for _, l := range strings.Split(plainText(renderAt(t, a, Options{Width: 80, Style: "dark"})), "\n") {
		lines = append(lines, strings.TrimSpace(l))
	}
	got := strings.Join(lines, "|")
	for _, want := range []string{
		"1. Step one||More for step one.||npm i||After code.|2. Step two|• sub a||sub para|• sub b",
		"• tight|next line|", // a soft break, a line break as glamour draws it (a question over its answer)
		"code|after code, no blank",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("want lines %q in:\n%s", want, strings.ReplaceAll(got, "|", "\n"))
		}
	}
}
