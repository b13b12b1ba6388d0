package reader

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/folio-reader/folio/library"
)

// The related articles follow the document: every heading keeps its
// line, and the footer names them and the key that lists them.
func TestRelatedFooterFollowsDocument(t *testing.T) {
	t.Parallel()
	d := newDriver(t, 80, 24).openSeed()
	doc := d.m.reader.doc
	foot := strings.Join(d.m.reader.lines[len(doc.Lines):], "\n")
	if !strings.Contains(foot, "Related articles") || !strings.Contains(foot, "• Do Exosomes Work?") || !strings.Contains(foot, "Press r") {
		t.Fatalf("footer:\n%s", foot)
	}
	for i, ln := range doc.Headings {
		if d.m.reader.lines[ln] != doc.Lines[ln] {
			t.Fatalf("heading %d moved", i)
		}
	}
	d.m.reader.related = nil
	d.m.reader.setContent()
	if len(d.m.reader.lines) != len(doc.Lines) {
		t.Fatal("a footer without related articles")
	}
}

// An article whose text opens with a heading saying its title shows the
// title once: the heading, under the byline and tags. At heights where
// the header holds the title alone, it takes no line.
func TestTitleShownOnceWhenHeadingRepeatsIt(t *testing.T) {
	t.Parallel()
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{
		"same.md":  {Data: []byte("---\ntitle: The Same Title\ndate: 2025-01-01\ntags: [x]\n---\n\n# The same  title\n\nFirst paragraph.\n\n## Next part\n\nMore.\n")},
		"other.md": {Data: []byte("---\ntitle: Another Title\ndate: 2025-01-02\n---\n\nAn opening.\n\n# Another Title\n\nText.\n")},
	}})
	for _, size := range [][2]int{{80, 24}, {80, 12}} {
		d := newLibDriver(t, lib, size[0], size[1]).openSlug("same")
		if s := d.screenText(); strings.Count(strings.ToLower(s), "the same title") != 1 || !strings.Contains(s, "First paragraph.") {
			t.Errorf("%v: the title is not shown once:\n%s", size, s)
		}
		if size[1] == 12 && d.m.reader.headerHeight() != 0 {
			t.Errorf("%v: a header of %d lines with nothing to show", size, d.m.reader.headerHeight())
		}
		// a heading that repeats the title after some text leaves the header as it is
		d.openSlug("other")
		if s := d.screenText(); !strings.HasPrefix(strings.TrimSpace(s), "Another Title") {
			t.Errorf("%v: the header lost the title of an article that opens with text:\n%s", size, s)
		}
	}
}
