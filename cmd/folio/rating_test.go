package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// list --json gives each article's rating as it was read, "" when none,
// and a bad rating is a problem naming the key while the article loads.
func TestListJSONRating(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	for name, src := range map[string]string{
		"kettle.md":  "---\ntitle: Kettle\nrating: 4.5/5\n---\nA kettle.\n",
		"toaster.md": "---\ntitle: Toaster\nrating: 8.5/10\n---\nA toaster.\n",
		"plain.md":   "---\ntitle: Plain\n---\nNo rating.\n",
		"bad.md":     "---\ntitle: Bad\nrating: great\n---\nA bad rating.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out, errOut, code := folio(t, "list", "--json", "--no-bundled", "--dir", dir)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc jsonList
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	got := map[string]string{}
	for _, a := range doc.Articles {
		got[a.Title] = a.Rating
	}
	want := map[string]string{"Kettle": "4.5/5", "Toaster": "8.5/10", "Plain": "", "Bad": ""}
	for title, r := range want {
		if g, ok := got[title]; !ok || g != r {
			t.Errorf("%s: rating %q (listed %v), want %q", title, g, ok, r)
		}
	}
	if len(doc.Problems) != 1 || filepath.Base(doc.Problems[0].Path) != "bad.md" || !doc.Problems[0].Kept {
		t.Errorf("problems %+v, want one kept problem for bad.md", doc.Problems)
	}
}
