package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// saveEnv is an environment of its own: a data folder, a config file
// (written when dirs are given) and nothing of the user's.
type saveEnv struct {
	data, config string
	vars         map[string]string
}

func newSaveEnv(t *testing.T, configDirs ...string) *saveEnv {
	t.Helper()
	root := t.TempDir()
	s := &saveEnv{data: filepath.Join(root, "data"), config: filepath.Join(root, "config.toml")}
	s.vars = map[string]string{"XDG_DATA_HOME": s.data, "HOME": root}
	if len(configDirs) > 0 {
		quoted := make([]string, len(configDirs))
		for i, d := range configDirs {
			quoted[i] = strconv.Quote(d)
		}
		toml := "dirs = [" + strings.Join(quoted, ", ") + "]\n"
		if err := os.WriteFile(s.config, []byte(toml), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// saved is the default save folder of the environment.
func (s *saveEnv) saved() string { return filepath.Join(s.data, "folio", "articles") }

func (s *saveEnv) env() (*env, *bytes.Buffer, *bytes.Buffer) {
	var out, errb bytes.Buffer
	e := &env{stdout: &out, stderr: &errb, getenv: func(k string) string { return s.vars[k] },
		configPath: s.config, darkBackground: func() bool { return true }}
	return e, &out, &errb
}

func (s *saveEnv) run(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	e, out, errb := s.env()
	code := runEnv(args, e)
	return out.String(), errb.String(), code
}

func writeArticle(t *testing.T, dir, name, src string) {
	t.Helper()
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// saveDir is the config's first dirs entry, else the data folder; the
// reader's save key is given the same folder.
func TestSaveDir(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name string
		dirs []string // in the config; "~/" is the environment's HOME
		want func(s *saveEnv, dirs []string) string
	}{
		{"no config", nil, func(s *saveEnv, _ []string) string { return s.saved() }},
		{"config dirs", []string{"a", "b"}, func(_ *saveEnv, dirs []string) string { return dirs[0] }},
		{"config dir under ~", []string{"~/notes"}, func(s *saveEnv, _ []string) string { return filepath.Join(s.vars["HOME"], "notes") }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			dirs := make([]string, len(tc.dirs))
			for i, d := range tc.dirs {
				dirs[i] = filepath.Join(root, d)
				if strings.HasPrefix(d, "~/") {
					dirs[i] = d
					d = d[2:]
				}
				if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			s := newSaveEnv(t, dirs...)
			s.vars["HOME"] = root
			e, _, _ := s.env()
			g := &globals{}
			if err := g.applyConfig(e); err != nil {
				t.Fatal(err)
			}
			want := tc.want(s, dirs)
			if got := g.saveDir(); got != want {
				t.Errorf("saveDir() = %q, want %q", got, want)
			}
			_, o, err := g.tui(e)
			if err != nil {
				t.Fatal(err)
			}
			if o.SaveDir != want {
				t.Errorf("the reader saves into %q, want %q", o.SaveDir, want)
			}
		})
	}
}

// The default save folder is a library folder when it exists and
// neither --dir nor the config names folders; the bundled articles stay
// as --no-bundled says.
func TestSavedFolderIsListed(t *testing.T) {
	t.Parallel()
	const saved = "---\ntitle: Saved kettle\nrating: 4/5\n---\nA kettle.\n"
	const other = "---\ntitle: Other post\n---\nElsewhere.\n"
	for _, tc := range []struct {
		name      string
		exists    bool
		args      []string // after list --json
		configDir bool
		want      []string // titles of the non-bundled articles
		bundled   bool
		fails     bool
	}{
		{"exists", true, nil, false, []string{"Saved kettle"}, true, false},
		{"exists, no bundled", true, []string{"--no-bundled"}, false, []string{"Saved kettle"}, false, false},
		{"missing", false, nil, false, nil, true, false},
		{"missing, no bundled", false, []string{"--no-bundled"}, false, nil, false, true},
		{"--dir replaces it", true, []string{"--dir", "OTHER"}, false, []string{"Other post"}, true, false},
		{"config dirs replace it", true, nil, true, []string{"Other post"}, true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			otherDir := filepath.Join(t.TempDir(), "other")
			writeArticle(t, otherDir, "other.md", other)
			var s *saveEnv
			if tc.configDir {
				s = newSaveEnv(t, otherDir)
			} else {
				s = newSaveEnv(t)
			}
			if tc.exists {
				writeArticle(t, s.saved(), "kettle.md", saved)
			}
			args := []string{"list", "--json"}
			for _, a := range tc.args {
				if a == "OTHER" {
					a = otherDir
				}
				args = append(args, a)
			}
			out, errs, code := s.run(t, args...)
			if tc.fails {
				if code == exitOK {
					t.Errorf("exit 0, want a failure: %s", out)
				}
				return
			}
			if code != exitOK {
				t.Fatalf("exit %d: %s", code, errs)
			}
			var doc jsonList
			if err := json.Unmarshal([]byte(out), &doc); err != nil {
				t.Fatal(err)
			}
			var got []string
			bundled := false
			for _, a := range doc.Articles {
				if filepath.IsAbs(a.Path) {
					got = append(got, a.Title)
				} else {
					bundled = true
				}
			}
			if !slices.Equal(got, tc.want) || bundled != tc.bundled {
				t.Errorf("listed %q (bundled %v), want %q (bundled %v)", got, bundled, tc.want, tc.bundled)
			}
		})
	}
}

// folio add with no --to saves into the config's first folder, else into
// the data folder, which the next command then lists with its rating.
func TestAddWithoutTo(t *testing.T) {
	t.Parallel()
	srv := addServer(t)
	t.Run("data folder", func(t *testing.T) {
		t.Parallel()
		s := newSaveEnv(t)
		out, errs, code := s.run(t, "add", srv.URL+"/review")
		want := filepath.Join(s.saved(), "kettle-review.md")
		if code != exitOK || out != "saved kettle-review  "+want+"\n" {
			t.Fatalf("exit %d, printed %q, want it saved as %s: %s", code, out, want, errs)
		}
		out, errs, code = s.run(t, "list", "--json", "--no-bundled")
		var doc jsonList
		if code != exitOK || json.Unmarshal([]byte(out), &doc) != nil {
			t.Fatalf("list: exit %d: %s", code, errs)
		}
		if len(doc.Articles) != 1 || doc.Articles[0].Path != want || doc.Articles[0].Rating != "4/5" {
			t.Errorf("listed %+v, want the saved review rated 4/5", doc.Articles)
		}
	})
	t.Run("config dirs", func(t *testing.T) {
		t.Parallel()
		first, second := t.TempDir(), t.TempDir()
		s := newSaveEnv(t, first, second)
		out, errs, code := s.run(t, "add", srv.URL+"/review")
		want := filepath.Join(first, "kettle-review.md")
		if code != exitOK || out != "saved kettle-review  "+want+"\n" {
			t.Fatalf("exit %d, printed %q, want it saved as %s: %s", code, out, want, errs)
		}
		if _, err := os.Stat(s.saved()); !os.IsNotExist(err) {
			t.Errorf("the data folder was made (%v); the config's folder is the one", err)
		}
	})
}
