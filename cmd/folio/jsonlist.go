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
//
// Articles are written by appendArticleJSON, straight into the writer's
// free buffer space; the few problems still go through encoding/json.
func writeListJSON(w io.Writer, arts []*library.Article, problems []jsonProblem) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	bw.WriteString("{\n  \"articles\": [")
	for i, a := range arts {
		// An article that does not fit in what is left of the buffer
		// makes append allocate; Write then copies, so it still works.
		b := bw.AvailableBuffer()
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, "\n    "...)
		bw.Write(appendArticleJSON(b, a))
	}
	if len(arts) > 0 {
		bw.WriteString("\n  ")
	}
	bw.WriteString("],\n  \"problems\": ")
	if err := writeProblemsJSON(bw, problems); err != nil {
		return err
	}
	bw.WriteString("\n}\n")
	return bw.Flush()
}

// writeProblemsJSON writes the problems as the value of a top-level
// field, through encoding/json: they are few.
func writeProblemsJSON(w io.Writer, problems []jsonProblem) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("  ", "  ")
	if err := enc.Encode(problems); err != nil {
		return err
	}
	_, err := w.Write(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
	return err
}
