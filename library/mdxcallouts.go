package library

import (
	"strings"

	"github.com/folio-reader/folio/internal/lazyre"
)

// MDX callout components (<Callout type="warning">, <Aside>, <Note>,
// <Tip>, <Warning>, <Admonition type="tip">…) become ::: containers, which
// the renderer draws as labelled blocks, instead of being removed with
// the other JSX tags: their text keeps its label. Only a tag alone on
// its line, or a component opened and closed on one line, is turned;
// other tags are removed as before and keep their text as paragraphs.

var (
	mdxCalloutOpen  = lazyre.New(`^\s*<(Callout|Aside|Admonition|Note|Tip|Info|Warning|Caution|Danger|Important|Pitfall|DeepDive)(\s[^<>]*)?>\s*$`)
	mdxCalloutClose = lazyre.New(`^\s*</(Callout|Aside|Admonition|Note|Tip|Info|Warning|Caution|Danger|Important|Pitfall|DeepDive)>\s*$`)
	mdxCalloutLine  = lazyre.New(`^\s*<(Callout|Aside|Admonition|Note|Tip|Info|Warning|Caution|Danger|Important|Pitfall|DeepDive)(\s[^<>]*)?>(.*)</(Callout|Aside|Admonition|Note|Tip|Info|Warning|Caution|Danger|Important|Pitfall|DeepDive)>\s*$`)
	mdxAttr         = lazyre.New(`(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{["']([^"']*)["']\})`)
)

// mdxCalloutFence is the container marker with four colons, so that the
// ::: containers an MDX callout may hold close before it does.
const mdxCalloutFence = "::::"

// mdxCallouts turns a line that opens or closes an MDX callout into
// the ::: container line that does the same.
func mdxCallouts(text string) string {
	if !strings.Contains(text, "<") {
		return text
	}
	if m := mdxCalloutLine.FindStringSubmatch(text); m != nil && m[1] == m[4] {
		return mdxCalloutOpening(m[1], m[2]) + "\n" + strings.TrimSpace(m[3]) + "\n" + mdxCalloutFence
	}
	if m := mdxCalloutOpen.FindStringSubmatch(text); m != nil {
		return mdxCalloutOpening(m[1], m[2])
	}
	if mdxCalloutClose.MatchString(text) {
		return mdxCalloutFence
	}
	return text
}

// mdxCalloutOpening is "::::kind[title]" for a component and its attributes.
func mdxCalloutOpening(name, attrs string) string {
	kind := strings.ToLower(name)
	switch name { // react.dev's
	case "Pitfall":
		kind = "caution"
	case "DeepDive":
		kind = "note"
	}
	title := ""
	for _, a := range mdxAttr.FindAllStringSubmatch(attrs, -1) {
		v := a[2] + a[3] + a[4]
		switch strings.ToLower(a[1]) {
		case "type", "variant", "kind", "status":
			if v != "" {
				kind = strings.ToLower(v)
			}
		case "title", "label", "heading":
			title = strings.NewReplacer("[", "(", "]", ")").Replace(v)
		}
	}
	if title == "" && name == "DeepDive" {
		title = "Deep dive"
	}
	if title != "" {
		return mdxCalloutFence + kind + "[" + title + "]"
	}
	return mdxCalloutFence + kind
}
