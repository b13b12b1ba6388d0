package library

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"testing"
)

// FuzzPostingsDecode reads postings files that are anything after a
// right header: the segments' heads are checked by their CRCs, but their
// postings are not, and the fields' segments follow the bodies'; no
// count, length or number read from them may be trusted. Whatever
// parses is then looked up, in the bodies and in the fields.
func FuzzPostingsDecode(f *testing.F) {
	dir, cache := f.TempDir(), f.TempDir()
	for name, text := range map[string]string{
		"a.md": "---\ntitle: Alpha Quillwort\ntags: [moss, fern]\ncategories: [Plants]\n---\n\nThe quillwort grows; alpha beta.\n",
		"b.md": "---\ntitle: Beta\ndescription: About lichens.\n---\n\nBeta gamma beta.\n",
		"c.md": "# Gamma\n\nÉcole été straße.\n",
	} {
		writeOld(f, filepath.Join(dir, name), text)
	}
	src, err := DirSource(dir)
	if err != nil {
		f.Fatal(err)
	}
	Load(Options{CacheDir: cache}, src)
	l := Load(Options{Summaries: true, CacheDir: cache}, src)
	l.Search("beta")
	files, _ := filepath.Glob(filepath.Join(cache, "*.post"))
	if len(files) != 1 {
		f.Fatalf("postings %v", files)
	}
	seed, err := os.ReadFile(files[0])
	if err != nil {
		f.Fatal(err)
	}
	const generation = 7
	binary.LittleEndian.PutUint64(seed[12:], generation)
	f.Add(seed[postHeader:], uint32(3), uint32(1), uint32(1))
	f.Add([]byte{}, uint32(0), uint32(0), uint32(0))
	f.Fuzz(func(t *testing.T, body []byte, entries, segs, fieldSegs uint32) {
		buf := make([]byte, postHeader, postHeader+len(body))
		copy(buf, postMagic)
		binary.LittleEndian.PutUint32(buf[8:], postVersion)
		binary.LittleEndian.PutUint64(buf[12:], generation)
		binary.LittleEndian.PutUint32(buf[20:], entries%1000)
		binary.LittleEndian.PutUint32(buf[24:], segs)
		binary.LittleEndian.PutUint32(buf[28:], fieldSegs)
		p, err := parsePostings(append(buf, body...), generation)
		if err != nil {
			return
		}
		for _, w := range []string{"beta", "a", "quillwort", "été"} {
			p.match(w, p.entries)
			p.inFields(w, p.entries)
		}
	})
}
