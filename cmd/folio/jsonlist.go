package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"

	"github.com/folio-reader/folio/library"
)

// writeListJSON prints what writeJSON(jsonList{...}) prints, byte for
// byte, one article at a time. Encoding the whole list first builds a
// document of 5.8 MB for 10,000 articles twice over (once plain, once
// indented) in fresh memory; on a virtual machine the page faults of
// that alone cost more than loading the library from its index.
func writeListJSON(w io.Writer, arts []*library.Article, problems []jsonProblem) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	// An article sits two levels deep: "{ "articles": [ {…} ] }".
	enc.SetIndent("    ", "  ")
	bw.WriteString("{\n  \"articles\": [")
	for i, a := range arts {
		buf.Reset()
		if err := enc.Encode(articleJSON(a)); err != nil {
			return err
		}
		if i > 0 {
			bw.WriteByte(',')
		}
		bw.WriteString("\n    ")
		bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	}
	if len(arts) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"problems\": ")
	buf.Reset()
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(problems); err != nil {
		return err
	}
	bw.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	bw.WriteString("\n}\n")
	return bw.Flush()
}
