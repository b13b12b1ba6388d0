package web

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"time"

	"github.com/JohannesKaufmann/html-to-markdown/v2/converter"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/base"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/commonmark"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/strikethrough"
	"github.com/JohannesKaufmann/html-to-markdown/v2/plugin/table"
	"golang.org/x/net/html"
	"gopkg.in/yaml.v2"
)

// toMarkdown converts an HTML tree to markdown: headings, lists,
// tables, code, quotes, links and images. Its links are written as they
// are: fixLinks made them absolute (or in-page anchors) before.
func toMarkdown(n *html.Node) (string, error) {
	conv := converter.NewConverter(converter.WithPlugins(
		base.NewBasePlugin(),
		commonmark.NewCommonmarkPlugin(),
		strikethrough.NewStrikethroughPlugin(),
		table.NewTablePlugin(),
	))
	out, err := conv.ConvertNode(n)
	if err != nil {
		return "", err
	}
	return tidyMarkdown(strings.TrimSpace(string(out))) + "\n", nil
}

// tidyMarkdown mends two things the converter writes: a code block in
// a quote, whose lines after the first lose the quote's "> " (so the
// quote ends at the code), and "\~" before a number ("\~5 minutes"),
// which no reader wants to see and which can only open a strikethrough,
// never close one, so needs no escape.
func tidyMarkdown(md string) string {
	if !strings.Contains(md, "```") && !strings.Contains(md, `\~`) {
		return md
	}
	lines := strings.Split(md, "\n")
	quote, fence := "", "" // the quote prefix and fence of a code block in a quote
	plainFence := ""       // the fence of a code block outside quotes
	for i, l := range lines {
		switch {
		case fence != "":
			if !strings.HasPrefix(l, quote) {
				lines[i] = quote + l
			}
			if strings.TrimSpace(strings.TrimPrefix(lines[i], quote)) == fence {
				quote, fence = "", ""
			}
			continue
		case plainFence != "":
			if strings.TrimSpace(l) == plainFence {
				plainFence = ""
			}
			continue
		}
		body := strings.TrimLeft(l, "> ")
		if f := fenceOf(body); f != "" {
			if p := l[:len(l)-len(body)]; strings.Contains(p, ">") {
				quote, fence = p, f
			} else {
				plainFence = f
			}
			continue
		}
		lines[i] = unescapeTildes(l)
	}
	return strings.Join(lines, "\n")
}

// fenceOf is the fence that opens a code block on a line ("```", "~~~~"), or "".
func fenceOf(l string) string {
	for _, c := range []string{"`", "~"} {
		n := len(l) - len(strings.TrimLeft(l, c))
		if n >= 3 {
			return l[:n]
		}
	}
	return ""
}

// unescapeTildes drops the backslash of "\~" where the tilde follows a
// space, "(" or the start of the line and is not followed by a space or
// another tilde: such a tilde is never right-flanking, so it cannot
// close a strikethrough, and with every other tilde escaped it opens none.
func unescapeTildes(l string) string {
	if !strings.Contains(l, `\~`) {
		return l
	}
	var b strings.Builder
	for i := 0; i < len(l); i++ {
		if l[i] == '\\' && i+2 < len(l) && l[i+1] == '~' && (i == 0 || l[i-1] == ' ' || l[i-1] == '(') &&
			l[i+2] != ' ' && l[i+2] != '~' && l[i+2] != '\\' {
			continue
		}
		b.WriteByte(l[i])
	}
	return b.String()
}

// HashKey is the frontmatter key of the checksum folio writes into a
// saved article: the SHA-256 of the file as written, with this line's
// value left empty. A file whose checksum no longer matches was edited
// by its reader, and folio will not overwrite it unasked.
const HashKey = "folio_hash"

// Markdown is the article as a markdown file: YAML frontmatter, then
// the body. A non-zero saved time adds `saved` and the checksum line.
func (a *Article) Markdown(saved time.Time) []byte {
	fm := yaml.MapSlice{{Key: "title", Value: a.Title}}
	add := func(k string, v any, ok bool) {
		if ok {
			fm = append(fm, yaml.MapItem{Key: k, Value: v})
		}
	}
	add("author", a.Author, a.Author != "")
	add("date", a.Date.Format(time.DateOnly), !a.Date.IsZero())
	add("description", a.Description, a.Description != "")
	add("tags", a.Tags, len(a.Tags) > 0)
	add("categories", a.Categories, len(a.Categories) > 0)
	add("source", a.URL, true)
	add("saved", saved.UTC().Format(time.RFC3339), !saved.IsZero())
	add("cover", a.Cover, a.Cover != "")
	add("lang", a.Lang, a.Lang != "")
	add("product", a.Product, a.Product != "")
	add("rating", a.Rating, a.Rating != "")
	add("verdict", a.Verdict, a.Verdict != "")
	add("pros", a.Pros, len(a.Pros) > 0)
	add("cons", a.Cons, len(a.Cons) > 0)
	y, err := yaml.Marshal(fm)
	if err != nil { // strings and string lists always marshal
		panic(err)
	}
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(y)
	if !saved.IsZero() {
		b.WriteString(HashKey + ": \n")
	}
	b.WriteString("---\n\n")
	b.WriteString(a.Body)
	if saved.IsZero() {
		return b.Bytes()
	}
	return sealed(b.Bytes())
}

// sealed fills in the empty checksum line of a file.
func sealed(file []byte) []byte {
	sum := sha256.Sum256(file)
	line := []byte("\n" + HashKey + ": \n")
	i := bytes.Index(file, line)
	if i < 0 {
		return file
	}
	out := make([]byte, 0, len(file)+64)
	out = append(out, file[:i+len(line)-1]...)
	out = append(out, hex.EncodeToString(sum[:])...)
	return append(out, file[i+len(line)-1:]...)
}

// Unedited reports whether file is exactly as folio wrote it: it holds
// a checksum line and the checksum matches the rest.
func Unedited(file []byte) bool {
	fm, ok := frontmatterOf(file)
	if !ok {
		return false
	}
	key := []byte("\n" + HashKey + ": ")
	i := bytes.Index(fm, key)
	if i < 0 {
		return false
	}
	start := i + len(key)
	end := start + bytes.IndexByte(fm[start:], '\n')
	if end < start {
		return false
	}
	want := string(fm[start:end])
	blank := append(bytes.Clone(file[:start]), file[end:]...)
	sum := sha256.Sum256(blank)
	return hex.EncodeToString(sum[:]) == want
}

// frontmatterOf returns the YAML frontmatter of file with its opening
// line, or false when it has none.
func frontmatterOf(file []byte) ([]byte, bool) {
	if !bytes.HasPrefix(file, []byte("---\n")) {
		return nil, false
	}
	end := bytes.Index(file[3:], []byte("\n---\n"))
	if end < 0 {
		return nil, false
	}
	return file[:3+end+1], true
}
