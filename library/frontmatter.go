package library

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unsafe"

	"github.com/BurntSushi/toml"
	"gopkg.in/yaml.v2"
)

// frontmatterFormat is a frontmatter delimiter and its decoder, as
// adrg/frontmatter defines them; splitFrontmatter follows its rules
// line for line, without copying the text through a bufio.Reader.
type frontmatterFormat struct {
	start, end string
	unmarshal  func(data string, v *map[string]any) error
	delims     bool // the delimiters are part of the data ({ … } JSON)
	newLine    bool // a blank line must follow the closing delimiter
}

// frontmatterFormats are adrg/frontmatter's defaults, with a TOML 1.0
// decoder so bare dates (date = 2017-10-09) decode as real sites write
// them, and quickYAML in front of yaml.v2.
var frontmatterFormats = []frontmatterFormat{
	{start: "---", end: "---", unmarshal: unmarshalYAML},
	{start: "---yaml", end: "---", unmarshal: unmarshalYAML},
	{start: "+++", end: "+++", unmarshal: unmarshalTOML},
	{start: "---toml", end: "---", unmarshal: unmarshalTOML},
	{start: ";;;", end: ";;;", unmarshal: unmarshalJSON},
	{start: "---json", end: "---", unmarshal: unmarshalJSON},
	{start: "{", end: "}", unmarshal: unmarshalJSON, delims: true, newLine: true},
}

func unmarshalYAML(data string, v *map[string]any) error {
	if m, ok := quickYAML(data); ok {
		*v = m
		return nil
	}
	return yaml.Unmarshal([]byte(data), v)
}

func unmarshalTOML(data string, v *map[string]any) error { return toml.Unmarshal([]byte(data), v) }
func unmarshalJSON(data string, v *map[string]any) error { return json.Unmarshal([]byte(data), v) }

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
// the text opened a frontmatter block at all.
func splitFrontmatter(text string) (fields map[string]any, body string, hasFM bool, err error) {
	fence := openingFence(text)
	if fence == "" {
		return nil, text, false, nil
	}
	if fence != "{" && !hasClosingFence(text, fence) {
		return nil, text, true, fmt.Errorf("frontmatter opened with %q is never closed", fence)
	}
	raw := map[string]any{}
	rest, err := extractFrontmatter(text, &raw)
	if err != nil {
		return nil, text, true, fmt.Errorf("invalid frontmatter: %s", oneLine(err.Error()))
	}
	if fence == "{" && len(rest) == len(text) {
		// A body that merely starts with "{" is not frontmatter.
		return nil, text, false, nil
	}
	fields = make(map[string]any, len(raw))
	for k, v := range raw {
		lk := strings.ToLower(k)
		if _, dup := fields[lk]; !dup {
			fields[lk] = v
		}
	}
	return fields, rest, true, nil
}

// extractFrontmatter is adrg/frontmatter's Parse on a string: the first
// non-blank line picks the format; the data runs to the first line that
// is the closing delimiter once trimmed of white space (for { … }, one
// followed by a blank line) and is decoded into v. It returns the text
// after the frontmatter, or all of it when none is found.
func extractFrontmatter(text string, v *map[string]any) (rest string, err error) {
	var f *frontmatterFormat
	pos, start := 0, 0
	for f == nil {
		lineStart := pos
		line, atEOF := readLine(text, &pos)
		if atEOF {
			return text, nil
		}
		if line == "" {
			continue
		}
		for i := range frontmatterFormats {
			if frontmatterFormats[i].start == line {
				f = &frontmatterFormats[i]
				break
			}
		}
		if f == nil {
			return text, nil
		}
		start = pos
		if f.delims {
			start = lineStart
		}
	}
	for {
		read := pos
		line, atEOF := readLine(text, &pos)
		found := false
		for line == f.end {
			if !f.newLine {
				found = true
				break
			}
			if line, atEOF = readLine(text, &pos); line == "" {
				found = true
				break
			}
		}
		if !found {
			if atEOF {
				return text, nil
			}
			continue
		}
		if f.delims {
			read = pos
		}
		if err := f.unmarshal(text[start:read], v); err != nil {
			return "", err
		}
		return text[pos:], nil
	}
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

func hasClosingFence(text, fence string) bool {
	closing := fence
	if strings.HasPrefix(fence, "---") {
		closing = "---"
	}
	_, rest, _ := strings.Cut(text, "\n")
	for line := range strings.SplitSeq(rest, "\n") {
		if strings.TrimRight(line, " \t") == closing {
			return true
		}
	}
	return false
}

// readLine reads the line at *pos, newline included, as bufio's
// ReadBytes('\n') would, and returns it trimmed of white space. atEOF
// reports that the text ended before a newline.
func readLine(text string, pos *int) (line string, atEOF bool) {
	rest := text[*pos:]
	i := strings.IndexByte(rest, '\n')
	if i < 0 {
		*pos = len(text)
		return strings.TrimSpace(rest), true
	}
	*pos += i + 1
	return strings.TrimSpace(rest[:i+1]), false
}

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

var errEmpty = errors.New("empty file")
