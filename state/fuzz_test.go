package state

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// FuzzLoadState feeds arbitrary bytes as the state file. Open must never
// panic or fail, and must do exactly one of two things: load the file
// (leaving it untouched, and then round-trip it through Update) or set it
// aside byte-for-byte with a warning and start empty.
func FuzzLoadState(f *testing.F) {
	for _, seed := range []string{
		``, `{}`, `null`, `[]`, `"x"`, `{"version":1}`, `{"version":2}`,
		`{"version":1,"articles":null}`,
		`{"version":1,"articles":{"a":null,"b":{"position":null}}}`,
		`{"version":1,"articles":{"why-go\t/blog/why-go.md":{"slug":"why-go","path":"/blog/why-go.md",` +
			`"position":{"anchor":"tooling","heading":"Tooling","index":3,"offset":-4},"read":true,"bookmarked":true,` +
			`"opened":"2025-03-04T05:06:07Z"}},"last_screen":"reader","sort":"date","updated":"2025-03-04T05:06:07+01:00"}`,
		`{"version":1,"articles":{"a":{"opened":"0000-01-01T00:00:00+01:00"}}}`,
		`{"version":1,"articles":{"a":{"opened":"9999-12-31T23:59:59-23:59"}}}`,
		`{"VERSION":1,"Articles":{}}`, `{"version":1.5}`, `{"version":1}{}`, "\xef\xbb\xbf{\"version\":1}",
		`{"version":1,"articles":{"a":{"slug":"\ud800"}}}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		path := filepath.Join(t.TempDir(), "state.json")
		if err := os.WriteFile(path, data, 0o600); err != nil {
			t.Fatal(err)
		}
		s, st, warns, err := Open(path)
		if err != nil {
			t.Fatalf("Open failed: %v", err)
		}
		if st.Articles == nil || st.Version != Version {
			t.Fatalf("unusable state returned: %+v", st)
		}
		if len(warns) != 0 {
			checkSetAside(t, path, data, st, warns, "")
			return
		}
		if got, _ := os.ReadFile(path); !bytes.Equal(got, data) {
			t.Fatal("loaded file was modified")
		}
		for _, a := range st.Articles {
			if p := a.Position; p != nil && (p.Index < 0 || p.Offset < 0) {
				t.Fatalf("negative position loaded: %+v", p)
			}
		}
		// Whatever loads must also save and load again unchanged.
		if err := s.Update(func(st *State) { st.Sort += "!" }); err != nil {
			t.Fatalf("loaded state cannot be saved: %v", err)
		}
		_, again, warns, _ := Open(path)
		if len(warns) != 0 || again.Sort != st.Sort+"!" || len(again.Articles) != len(st.Articles) {
			t.Fatalf("round trip changed state: %q %+v", warns, again)
		}
	})
}
