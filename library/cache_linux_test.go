package library

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"testing"
)

// A load lets go of the index's table once it is done with it: its
// pages leave the process's resident set, while the summaries, which
// the articles' strings point into, stay. The cold load's mapping of
// the index it wrote (rebind) lets its table go too.
func TestWarmLoadReleasesTheTable(t *testing.T) {
	t.Parallel()
	dir, cache := t.TempDir(), t.TempDir()
	for i := range 3000 {
		writeOld(t, filepath.Join(dir, fmt.Sprintf("d%02d/an-article-with-a-rather-long-file-name-%04d.md", i%30, i)), fmt.Sprintf("---\ntitle: A%d\n---\nB%d\n", i, i))
	}
	loadSummaries(t, dir, cache) // writes the index
	lib := loadSummaries(t, dir, cache)
	files := indexFiles(t, cache)
	if len(lib.Articles) < 3000 || len(files) != 1 {
		t.Fatalf("%d articles, index files %v", len(lib.Articles), files)
	}
	data, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	table := len(data) - indexHeader - int(binary.LittleEndian.Uint64(data[24:]))
	if table < 128<<10 {
		t.Fatalf("the table is %d bytes: too small to tell", table)
	}
	// Each mapping (the cold load's, the warm load's) may hold what is
	// not the table, and the pages the kernel maps around a fault (64
	// KiB), but not the table.
	limit := len(data) - table + 64<<10 + 2*os.Getpagesize()
	for i, rss := range mappedRSS(t, files[0]) {
		if rss > limit {
			t.Errorf("mapping %d: %d bytes of the %d-byte index resident, its %d-byte table among them", i, rss, len(data), table)
		}
	}
	runtime.KeepAlive(lib)
}

// mappedRSS is how many bytes of each mapping of the file are resident,
// from /proc/self/smaps.
func mappedRSS(t *testing.T, file string) []int {
	f, err := os.Open("/proc/self/smaps")
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	var rss []int
	in := false
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		switch {
		case len(fields) >= 5 && !strings.HasSuffix(fields[0], ":"): // a mapping's first line; the file's name is its sixth field
			in = len(fields) >= 6 && fields[5] == file
			if in {
				rss = append(rss, 0)
			}
		case in && len(fields) == 3 && fields[0] == "Rss:":
			kb, _ := strconv.Atoi(fields[1])
			rss[len(rss)-1] += kb << 10
		}
	}
	if len(rss) == 0 {
		t.Fatalf("%s is not mapped", file)
	}
	return rss
}

// A search lets go of the pages of the postings it read once it has
// what it needs of them: after a common word's search, no page of the
// postings file is resident, and a second search finds the same hits.
func TestSearchLetsThePostingsGo(t *testing.T) {
	t.Parallel()
	dir, cache := t.TempDir(), t.TempDir()
	for i := range 3000 {
		writeOld(t, filepath.Join(dir, fmt.Sprintf("d%02d/a-%04d.md", i%30, i)), fmt.Sprintf("---\ntitle: A%d\n---\nCommon words and a word of its own, word%04d, to make the postings long.\n", i, i))
	}
	loadSummaries(t, dir, cache) // writes the index
	lib := loadSummaries(t, dir, cache)
	hits := lib.Search("common")
	posts, _ := filepath.Glob(filepath.Join(cache, "*.post"))
	if len(hits) < 3000 || len(posts) != 1 {
		t.Fatalf("%d hits, postings files %v", len(hits), posts)
	}
	info, err := os.Stat(posts[0])
	if err != nil {
		t.Fatal(err)
	}
	if info.Size() < 256<<10 {
		t.Fatalf("the postings are %d bytes: too small to tell", info.Size())
	}
	for i, rss := range mappedRSS(t, posts[0]) {
		if rss > 2*os.Getpagesize() { // the page the mapping starts in
			t.Errorf("mapping %d: %d bytes of the %d-byte postings resident after the search", i, rss, info.Size())
		}
	}
	if again := lib.Search("common"); fmt.Sprint(hitsOf(again)) != fmt.Sprint(hitsOf(hits)) {
		t.Fatal("a second search, its postings read again, found other hits")
	}
}
