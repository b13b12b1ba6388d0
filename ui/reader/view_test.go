package reader

import (
	"strings"
	"testing"
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
