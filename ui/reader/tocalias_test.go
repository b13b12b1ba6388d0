package reader

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/folio-reader/folio/library"
)

// An item of the article's own table of contents that words its heading
// differently is reached from the keyboard too: the contents screen
// shows that wording beside the heading and its filter finds it.
func TestContentsFindInBodyWording(t *testing.T) {
	t.Parallel()
	body := "---\ntitle: Clinic Guide\n---\n# Clinic Guide\n\n## Table of contents\n\n" +
		"- [Costs](#pricing-and-fees)\n- [Aftercare](#aftercare)\n\n" +
		"## Aftercare\n\n" + strings.Repeat("Rest well.\n\n", 30) +
		"## Pricing and fees\n\n" + strings.Repeat("It depends.\n\n", 30)
	lib := library.Load(library.Options{}, library.Source{FS: fstest.MapFS{"guide.md": {Data: []byte(body)}}})
	d := newLibDriver(t, lib, 80, 24).openSlug("guide")
	d.press(d.m.keys.Reader.Contents)
	if s := d.screenText(); !strings.Contains(s, "Pricing and fees · listed as “Costs”") {
		t.Errorf("contents do not show the in-body wording:\n%s", s)
	}
	d.filter("costs").press(d.m.keys.List.Open)
	if d.m.top() != readerScreen {
		t.Fatalf("top %v after choosing a heading", d.m.top())
	}
	if err := d.headingOnTop(3); err != nil {
		t.Fatal(err)
	}
}
