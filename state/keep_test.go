package state

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Members of the file this folio does not know, of the whole and of an
// article's entry, are kept by a save.
func TestStateUnknownFieldsKept(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	os.WriteFile(path, []byte(`{"version":1,"theme":{"name":"dusk"},"articles":{"a":{"slug":"a","stars":5,"read":true}},"zeta":[1,2]}`), 0o600)
	s, st := mustOpen(t, path)
	if !st.Articles["a"].Read {
		t.Fatalf("known field lost: %+v", st)
	}
	mustUpdate(t, s, func(st *State) {
		st.Sort = "date"
		st.Edit("a", "", func(a *Article) { a.Bookmarked = true })
	})
	data, _ := os.ReadFile(path)
	var got struct {
		Theme    map[string]string
		Zeta     []int
		Sort     string
		Articles map[string]map[string]any
	}
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v: %s", err, data)
	}
	a := got.Articles["a"]
	if got.Theme["name"] != "dusk" || len(got.Zeta) != 2 || got.Sort != "date" || a["stars"] != 5.0 || a["bookmarked"] != true {
		t.Errorf("after a save: %s", data)
	}
	// And the file read back is the state saved.
	if st, _ := s.Load(); st.Sort != "date" || !st.Articles["a"].Bookmarked {
		t.Errorf("read back: %+v", st)
	}
}

// While another folio holds the lock, Open does not leave the first
// screen blank for lockTimeout: it reads the last saved state after
// openWait and says which process it did not wait for; the next Update
// saves once the lock is free.
func TestOpenWhileAnotherHoldsTheLock(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state.json")
	os.WriteFile(path, []byte(`{"version":1,"articles":{},"sort":"title"}`), 0o600)
	unlock, err := lockPath(path+".lock", lockTimeout)
	if err != nil {
		t.Fatal(err)
	}
	old := openWait
	openWait = 50 * time.Millisecond
	t.Cleanup(func() { openWait = old })
	start := time.Now()
	s, st, warns, err := Open(path)
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("Open waited %v", took)
	}
	if err != nil || st.Sort != "title" {
		t.Fatalf("Open: %v, %+v", err, st)
	}
	if len(warns) != 1 || !strings.Contains(warns[0], "held by another folio") || !strings.Contains(warns[0], "process ") {
		t.Errorf("warnings %q, want the lock's holder named", warns)
	}
	unlock()
	mustUpdate(t, s, func(st *State) { st.Sort = "date" })
	if data, _ := os.ReadFile(path); !strings.Contains(string(data), `"date"`) {
		t.Errorf("not saved once the lock was free: %s", data)
	}
}
