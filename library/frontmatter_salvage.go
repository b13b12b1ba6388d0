package library

import (
	"fmt"
	"strings"
)

// salvageYAML reads what it can of YAML frontmatter that does not parse
// as a whole. One bad line (a tag written "@handle", an unclosed
// bracket) would otherwise cost the article every field, its title and
// date included, and a reader would see it under its file's name. Each
// top-level key is decoded alone, with the lines under it; the keys
// whose lines do not decode are left out and returned in lost, in the
// order written. fields is nil when no key decoded.
//
// A block is a line at the left margin that is not a comment and not a
// sequence's "- " item, and the lines after it that are: indented
// lines, items, comments and blank lines.
func salvageYAML(head string) (fields map[string]any, lost []string) {
	for _, block := range yamlBlocks(head) {
		m := map[string]any{}
		if err := unmarshalYAML(block.text, &m); err != nil || len(m) != 1 {
			lost = append(lost, block.key)
			continue
		}
		if fields == nil {
			fields = map[string]any{}
		}
		for k, v := range m {
			if _, dup := fields[k]; !dup { // the first of a key given twice, as a whole decode would refuse
				fields[k] = v
			}
		}
	}
	return fields, lost
}

// yamlBlock is one top-level key of YAML frontmatter and its lines.
type yamlBlock struct{ key, text string }

// yamlBlocks cuts the frontmatter between its fences (head) into its
// top-level keys' blocks.
func yamlBlocks(head string) []yamlBlock {
	var blocks []yamlBlock
	start := -1
	key := ""
	flush := func(end int) {
		if start >= 0 {
			blocks = append(blocks, yamlBlock{key: key, text: head[start:end]})
		}
	}
	for pos := 0; pos < len(head); {
		line, _, _ := strings.Cut(head[pos:], "\n")
		if k, ok := topLevelKey(line); ok {
			flush(pos)
			start, key = pos, k
		}
		pos += len(line) + 1
	}
	flush(len(head))
	return blocks
}

// topLevelKey is the key a line at the left margin opens ("title:
// x" opens title), when it opens one.
func topLevelKey(line string) (string, bool) {
	if line == "" || strings.ContainsRune(" \t#-", rune(line[0])) {
		return "", false
	}
	k, _, ok := strings.Cut(line, ":")
	if !ok {
		return "", false
	}
	return strings.Trim(strings.TrimSpace(k), `"'`), true
}

// salvagedWarning is the problem of frontmatter read only in part:
// what is wrong (frontmatterFault) and the keys left out.
func salvagedWarning(err error, lost []string) string {
	msg := frontmatterFault(err)
	if len(lost) == 0 {
		return msg + "; each key was read on its own"
	}
	quoted := make([]string, len(lost))
	for i, k := range lost {
		quoted[i] = fmt.Sprintf("%q", k)
	}
	return msg + "; the article is shown without " + strings.Join(quoted, ", ")
}
