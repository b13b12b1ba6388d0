package library

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/adrg/frontmatter"
	"gopkg.in/yaml.v2"
)

// frontmatterFormats are adrg/frontmatter's defaults with a TOML 1.0
// decoder, so bare dates (date = 2017-10-09) decode as real sites write them.
var frontmatterFormats = []*frontmatter.Format{
	frontmatter.NewFormat("---", "---", yaml.Unmarshal),
	frontmatter.NewFormat("---yaml", "---", yaml.Unmarshal),
	frontmatter.NewFormat("+++", "+++", toml.Unmarshal),
	frontmatter.NewFormat("---toml", "---", toml.Unmarshal),
	frontmatter.NewFormat(";;;", ";;;", json.Unmarshal),
	frontmatter.NewFormat("---json", "---", json.Unmarshal),
	{Start: "{", End: "}", Unmarshal: json.Unmarshal, UnmarshalDelims: true, RequiresNewLine: true},
}

// normaliseText removes a byte-order mark and turns CRLF and lone CR line
// endings into LF, which adrg/frontmatter and the heading scanner expect.
func normaliseText(data []byte) string {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	s := string(data)
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
	rest, err := frontmatter.Parse(strings.NewReader(text), &raw, frontmatterFormats...)
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
	return fields, string(rest), true, nil
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

func oneLine(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return s
}

var errEmpty = errors.New("empty file")
