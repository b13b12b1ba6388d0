package library

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// The same folder given twice, through a link, or a folder inside
// another given folder is read once: every article once, no slug
// "already used".
func TestSameFolderTwiceIsReadOnce(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	writeOld(t, filepath.Join(root, "notes", "a.md"), "# A\n")
	writeOld(t, filepath.Join(root, "notes", "sub", "b.md"), "# B\n")
	writeOld(t, filepath.Join(root, "notes", ".hidden", "c.md"), "# C\n")
	notes := filepath.Join(root, "notes")
	link := filepath.Join(root, "link")
	if runtime.GOOS != "windows" {
		if err := os.Symlink(notes, link); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name     string
		dirs     []string
		articles int
		dropped  []string
	}{
		{"twice", []string{notes, notes}, 2, []string{"the same folder"}},
		{"with a trailing slash", []string{notes, notes + string(filepath.Separator) + "."}, 2, []string{"the same folder"}},
		{"inside, after", []string{notes, filepath.Join(notes, "sub")}, 2, []string{"inside"}},
		{"inside, before", []string{filepath.Join(notes, "sub"), notes}, 2, []string{"inside"}},
		{"inside a hidden folder, not walked", []string{notes, filepath.Join(notes, ".hidden")}, 3, nil},
		{"apart", []string{filepath.Join(notes, "sub"), filepath.Join(notes, ".hidden")}, 2, nil},
	}
	if runtime.GOOS != "windows" {
		cases = append(cases, struct {
			name     string
			dirs     []string
			articles int
			dropped  []string
		}{"through a link", []string{notes, link}, 2, []string{"the same folder"}})
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var srcs []Source
			for _, d := range c.dirs {
				s, err := DirSource(d)
				if err != nil {
					t.Fatal(err)
				}
				srcs = append(srcs, s)
			}
			l := Load(Options{}, srcs...)
			if len(l.Articles) != c.articles {
				t.Errorf("%d articles, want %d", len(l.Articles), c.articles)
			}
			var msgs []string
			for _, p := range l.Problems {
				msgs = append(msgs, p.String())
				if strings.Contains(p.Message, "already used") {
					t.Errorf("problem %s", p)
				}
			}
			if len(msgs) != len(c.dropped) {
				t.Fatalf("problems %q, want %d", msgs, len(c.dropped))
			}
			for i, d := range c.dropped {
				if !strings.Contains(msgs[i], d) {
					t.Errorf("problem %q, want %q", msgs[i], d)
				}
			}
		})
	}
}
