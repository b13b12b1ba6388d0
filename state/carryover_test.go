package state

import (
	"os"
	"path/filepath"
	"testing"
)

// A state file saved before articles sharing a name were told apart by
// their paths keyed them "islands", "islands-2"…; this folio gives them
// their paths as slugs. What was saved for a file is still found by its
// path, and moves to the new key when it changes.
func TestEntrySavedUnderAnOldSlugCarriesOver(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "state.json")
	en, de := filepath.Join(dir, "i18n/en/guides/islands.md"), filepath.Join(dir, "i18n/de/guides/islands.md")
	old := `{"version": 1, "articles": {
		"islands\t` + de + `": {"slug": "islands", "path": "` + de + `", "read": true},
		"islands-2\t` + en + `": {"slug": "islands-2", "path": "` + en + `", "bookmarked": true,
			"position": {"anchor": "setup", "heading": "Setup", "index": 2, "offset": 5}}}}`
	if err := os.WriteFile(file, []byte(old), 0o600); err != nil {
		t.Fatal(err)
	}
	store, st, warnings, err := Open(file)
	if err != nil || len(warnings) > 0 {
		t.Fatalf("Open: %v %v", err, warnings)
	}
	got, ok := st.Get("i18n/en/guides/islands", en)
	if !ok || !got.Bookmarked || got.Position == nil || got.Position.Anchor != "setup" || got.Position.Offset != 5 {
		t.Fatalf("en: %+v, %v", got, ok)
	}
	if got, ok := st.Get("i18n/de/guides/islands", de); !ok || !got.Read {
		t.Fatalf("de: %+v, %v", got, ok)
	}
	if _, ok := st.Get("i18n/fr/guides/islands", filepath.Join(dir, "i18n/fr/guides/islands.md")); ok {
		t.Fatal("fr found, never saved")
	}
	// a change moves the entry to its new key: one entry, not two
	if err := store.Update(func(s *State) {
		s.Edit("i18n/en/guides/islands", en, func(a *Article) { a.Read = true })
	}); err != nil {
		t.Fatal(err)
	}
	st, _ = store.Load()
	if len(st.Articles) != 2 {
		t.Fatalf("%d entries, want 2: %v", len(st.Articles), st.Articles)
	}
	a, ok := st.Articles[Key("i18n/en/guides/islands", en)]
	if !ok || !a.Read || !a.Bookmarked || a.Position == nil {
		t.Fatalf("moved entry %+v %v", a, ok)
	}
}
