package library

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unsafe"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"github.com/folio-reader/folio/internal/lazyre"
	"gopkg.in/yaml.v2"
)

// frontmatterFormats are adrg/frontmatter's defaults, with a TOML 1.0
// decoder so bare dates (date = 2017-10-09) decode as real sites write
// them, and quickYAML in front of yaml.v2.
var frontmatterFormats = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", yamlFields),
	frontmatter.NewFormat("---yaml", "---", yamlFields),
	frontmatter.NewFormat("+++", "+++", tomlFields),
	frontmatter.NewFormat("---toml", "---", tomlFields),
	frontmatter.NewFormat(";;;", ";;;", jsonFields),
	frontmatter.NewFormat("---json", "---", jsonFields),
	{Start: "{", End: "}", Unmarshal: jsonFields, UnmarshalDelims: true, RequiresNewLine: true},
}

func yamlFields(data []byte, v any) error { return unmarshalYAML(string(data), v.(*map[string]any)) }
func tomlFields(data []byte, v any) error { return toml.Unmarshal(data, v) }
func jsonFields(data []byte, v any) error { return json.Unmarshal(data, v) }

func unmarshalYAML(data string, v *map[string]any) error {
	if m, ok := quickYAML(data); ok {
		*v = m
		return nil
	}
	return yaml.Unmarshal([]byte(data), v)
}

// normaliseText removes a byte-order mark and turns CRLF and lone CR line
// endings into LF, which the frontmatter and heading scanners expect.
// With owned, the text shares data's memory: data must never change again.
func normaliseText(data []byte, owned bool) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var s string
	if owned && len(data) > 0 {
		s = unsafe.String(&data[0], len(data))
	} else {
		s = string(data)
	}
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// splitFrontmatter decodes the frontmatter of text into a map with
// lower-cased keys and returns the body after it. hasFM reports whether
// the text opened a frontmatter block at all; warnings name keys given
// twice in different cases.
func splitFrontmatter(text string) (fields map[string]any, body string, hasFM bool, warnings []string, err error) {
	fence := openingFence(text)
	if fence == "" {
		return nil, text, false, nil, nil
	}
	if fence == "---" || fence == "---yaml" {
		text = yamlDocumentEnd(text)
	}
	if fence != "{" && !hasClosingFence(text, fence) {
		return nil, text, true, nil, fmt.Errorf("frontmatter opened with %q is never closed", fence)
	}
	raw := map[string]any{}
	rest, err := extractFrontmatter(text, &raw)
	if err != nil {
		// The article is kept with its body, and with the keys of YAML
		// that read on their own (salvageYAML); with none, as if it had
		// no frontmatter: its title comes from its first heading or its
		// file name.
		body = text
		cut := frontmatterCut(text)
		if cut > 0 {
			body = text[cut:]
		}
		if cut > 0 && (fence == "---" || fence == "---yaml") {
			if fields, lost := salvageYAML(fenceContent(text[:cut])); fields != nil {
				fields, warnings = foldKeys(fields)
				return fields, body, true, append([]string{salvagedWarning(err, lost)}, warnings...), nil
			}
		}
		return nil, body, true, []string{invalidFrontmatter(err)}, nil
	}
	if fence == "{" && len(rest) == len(text) {
		// A body that merely starts with "{" is not frontmatter.
		return nil, text, false, nil, nil
	}
	fields, warnings = foldKeys(raw)
	return fields, rest, true, warnings, nil
}

// fenceContent is what lies between a fenced block's opening line and
// its closing one; block is the block, fences included.
func fenceContent(block string) string {
	_, inner, _ := strings.Cut(block, "\n")
	inner = strings.TrimSuffix(inner, "\n")
	if i := strings.LastIndexByte(inner, '\n'); i >= 0 {
		return inner[:i+1]
	}
	return ""
}

// yamlDocumentEnd lets YAML frontmatter end with "...", YAML's own end
// of a document, which Jekyll reads as it does "---": the text comes
// back with that line written "---", the same length, so the body is
// still the end of the text.
func yamlDocumentEnd(text string) string {
	_, rest, _ := strings.Cut(text, "\n")
	pos := len(text) - len(rest)
	for rest != "" {
		l, after, _ := strings.Cut(rest, "\n")
		switch strings.TrimRight(l, " \t") {
		case "---":
			return text
		case "...":
			return text[:pos] + "---" + text[pos+3:]
		}
		pos += len(l) + 1
		rest = after
	}
	return text
}

// foldKeys lower-cases the keys of raw. When two keys differ only in case
// (Title and title), the one already lower-case wins, else the first in
// byte order: the same one on every run, whatever the map's order. Each
// key left out is named in a warning.
func foldKeys(raw map[string]any) (map[string]any, []string) {
	fields := make(map[string]any, len(raw))
	for k, v := range raw {
		fields[strings.ToLower(k)] = v
	}
	if len(fields) == len(raw) {
		return fields, nil
	}
	keys := slices.Sorted(maps.Keys(raw))
	used := make(map[string]string, len(keys))
	for _, k := range keys {
		lk := strings.ToLower(k)
		if _, dup := used[lk]; !dup || k == lk {
			used[lk] = k
			fields[lk] = raw[k]
		}
	}
	var warnings []string
	for _, k := range keys {
		if use := used[strings.ToLower(k)]; use != k {
			warnings = append(warnings, fmt.Sprintf("frontmatter key %q left out: %q is given too", k, use))
		}
	}
	return fields, warnings
}

// extractFrontmatter decodes the frontmatter of text into v with
// adrg/frontmatter and returns the text after it, or all of the text when
// there is none. adrg/frontmatter copies all it reads, so for the fenced
// formats, which end at their first closing line, it is given the text up
// to and including that line only, and the body is the rest of text
// itself: the cost is the frontmatter's, not the article's.
func extractFrontmatter(text string, v *map[string]any) (rest string, err error) {
	head := text
	if cut := frontmatterCut(text); cut > 0 {
		head = text[:cut]
	}
	br := readerPool.Get().(*bufio.Reader)
	defer readerPool.Put(br)
	br.Reset(strings.NewReader(head))
	// bufio.NewReader, which adrg/frontmatter calls, returns br itself.
	after, err := frontmatter.Parse(br, v, frontmatterFormats...)
	if err != nil {
		return "", err
	}
	if len(head) < len(text) {
		if len(after) > 0 { // not expected: the cut ends with the closing line
			return string(after) + text[len(head):], nil
		}
		return text[len(head):], nil
	}
	if len(after) == len(text) {
		return text, nil // no frontmatter: the text itself, not a copy
	}
	return string(after), nil
}

var readerPool = sync.Pool{New: func() any { return bufio.NewReader(nil) }}

// frontmatterCut is where adrg/frontmatter stops reading the fenced
// frontmatter block text opens with: just past its first closing line,
// which adrg/frontmatter finds by trimming a line of all white space.
// It is 0 when that is not known (no fence, or the { } format, whose end
// depends on the lines after it).
func frontmatterCut(text string) int {
	fence := openingFence(text)
	if fence == "" || fence == "{" {
		return 0
	}
	return max(closingLineEnd(text, closingFence(fence), strings.TrimSpace), 0)
}

// openingFence returns the frontmatter delimiter the text starts with, or "".
func openingFence(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	first = strings.TrimRight(first, " \t")
	switch first {
	case "---", "+++", ";;;", "---yaml", "---toml", "---json":
		return first
	case "{":
		return "{"
	}
	return ""
}

// closingFence is the line that closes a block opened by fence.
func closingFence(fence string) string {
	if strings.HasPrefix(fence, "---") {
		return "---"
	}
	return fence
}

// hasClosingFence reports whether a line after the first closes the
// block fence opens, with nothing but blanks after the delimiter.
func hasClosingFence(text, fence string) bool {
	trimRight := func(l string) string { return strings.TrimRight(l, " \t") }
	return closingLineEnd(text, closingFence(fence), trimRight) >= 0
}

// closingLineEnd returns the offset just past the first line after the
// first one that, trimmed, is closing (its newline included), or -1.
func closingLineEnd(text, closing string, trim func(string) string) int {
	first, rest, _ := strings.Cut(text, "\n")
	pos := len(first) + 1
	for rest != "" {
		line, after, found := strings.Cut(rest, "\n")
		if trim(line) == closing {
			if !found {
				return len(text)
			}
			return pos + len(line) + 1
		}
		pos += len(line) + 1
		rest = after
	}
	return -1
}

// frontmatterLine finds the line a YAML or TOML decoder names, counted
// within the frontmatter ("yaml: line 2:", "toml: line 2 (last key…)").
var frontmatterLine = lazyre.New(`^(?:yaml|toml): line (\d+)(?: \([^)]*\))?:\s*`)

// invalidFrontmatter is the problem of frontmatter that cannot be read
// and is left out.
func invalidFrontmatter(err error) string {
	return frontmatterFault(err) + "; the article is shown without it"
}

// frontmatterFault says what is wrong with frontmatter that cannot be
// read, naming the line of the file (the fence is line 1) and why.
func frontmatterFault(err error) string {
	msg := oneLine(err.Error())
	if m := frontmatterLine.FindStringSubmatch(msg); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil {
			return fmt.Sprintf("invalid frontmatter, line %d: %s", n+1, msg[len(m[0]):])
		}
	}
	return "invalid frontmatter: " + msg
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

var errEmpty = errors.New("empty file")
