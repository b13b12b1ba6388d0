package library

import (
	"encoding/binary"
	"hash/crc32"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// fuzzIndexDir and fuzzIndexName are the folder and source name the
// fuzzed indexes claim to be for.
const (
	fuzzIndexDir   = "/fuzz/dir"
	fuzzIndexName  = "dir"
	fuzzIndexBuild = "fuzz build"
)

// indexOf builds an index file around payload, whose table starts at
// tableAt and is preceded by the program, folder and name it must name:
// checksums right, so that what follows them is what gets decoded.
func indexOf(payload []byte, tableAt int) []byte {
	var head encoder
	head.str(fuzzIndexBuild)
	head.str(fuzzIndexDir)
	head.str(fuzzIndexName)
	tableAt = min(tableAt, len(payload))
	body := append(append(append([]byte{}, payload[:tableAt]...), head.buf...), payload[tableAt:]...)
	buf := make([]byte, indexHeader, indexHeader+len(body))
	copy(buf, indexMagic)
	binary.LittleEndian.PutUint32(buf[8:], indexVersion)
	binary.LittleEndian.PutUint32(buf[12:], crc32.Checksum(body[tableAt:], crcTable()))
	binary.LittleEndian.PutUint64(buf[16:], uint64(len(body)))
	binary.LittleEndian.PutUint64(buf[24:], uint64(tableAt))
	return append(buf, body...)
}

// FuzzIndexDecode decodes indexes whose checksums hold but whose
// contents are anything: every span, count and offset read from them
// must be checked, never trusted. Checksums are made right for each
// entry, so that the decoders themselves are reached.
func FuzzIndexDecode(f *testing.F) {
	// A real index, cut where its table starts, is the seed.
	dir, cache := f.TempDir(), f.TempDir()
	old := time.Now().Add(-time.Hour)
	for name, text := range map[string]string{
		"a.md":  "---\ntitle: A\ntags: [x, y]\ndate: 2020-01-02\n---\n# A\n\n## FAQ\n\n### Why?\n\nBecause [see](#a).\n",
		"b.md":  "---\ntitle: never closed\n",
		"c.txt": "A Title.\n\nThe excerpt.\n\nA Heading\n\n• one\n",
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			f.Fatal(err)
		}
		os.Chtimes(p, old, old)
	}
	src, err := DirSource(dir)
	if err != nil {
		f.Fatal(err)
	}
	Load(Options{CacheDir: cache}, src)
	files, _ := filepath.Glob(filepath.Join(cache, "*.idx"))
	if len(files) != 1 {
		f.Fatalf("index files %v", files)
	}
	written, err := os.ReadFile(files[0])
	if err != nil {
		f.Fatal(err)
	}
	payload := written[indexHeader:]
	tableAt := int(binary.LittleEndian.Uint64(written[24:]))
	d := decoder{data: string(payload), pos: tableAt}
	d.str()
	d.str()
	d.str()
	rest := append(append([]byte{}, payload[:tableAt]...), payload[d.pos:]...)
	f.Add(rest, tableAt)
	f.Add([]byte{0, 0}, 0)

	f.Fuzz(func(t *testing.T, payload []byte, tableAt int) {
		tableAt = int(uint(tableAt) % uint(len(payload)+1))
		idx, err := parseIndex(indexOf(payload, tableAt), fuzzIndexBuild, fuzzIndexDir, fuzzIndexName)
		if err != nil {
			return
		}
		for p, e := range idx.all() {
			if e.summary.start > e.summary.end || int(e.summary.end) > len(idx.data) || e.text.start > e.text.end || int(e.text.end) > idx.faqsAt ||
				e.faq.start > e.faq.end || int(e.faq.start) < idx.faqsAt || int(e.faq.end) > idx.summariesAt {
				t.Fatalf("%q: spans out of range: %+v, summaries at %d, payload %d", p, e, idx.summariesAt, len(idx.data))
			}
			e.summary.crc = crc32.Checksum(bytesOf(e.summary.of(idx.data)), crcTable())
			e.text.crc = crc32.Checksum(bytesOf(e.text.of(idx.data)), crcTable())
			for _, summaries := range []bool{true, false} {
				var sl slabs
				r, ok := idx.restore(e, p, &coder{d: decoder{slabs: &sl}}, summaries)
				if ok && r.article == nil && r.err == nil {
					t.Fatalf("%q: restored neither an article nor an error", p)
				}
				if ok && r.article != nil && summaries && r.article.Body != "" {
					t.Fatalf("%q: a summary with a body", p)
				}
			}
		}
	})
}
