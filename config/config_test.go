package config

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func env(vars map[string]string) func(string) string { return func(k string) string { return vars[k] } }

func write(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEveryKey(t *testing.T) {
	p := write(t, `dirs = ["~/blog", "/srv/notes"]
bundled = false
style = "~/styles/mine.json"
width = 72
mouse = false
drafts = true
pager = "most"
images = "off"

[keys.reader]
next_heading = ["n"]
`)
	c, err := Load(p, env(map[string]string{"HOME": "/home/ann"}))
	if err != nil {
		t.Fatal(err)
	}
	want := &Config{Path: p, Exists: true, Dirs: []string{"/home/ann/blog", "/srv/notes"}, Bundled: false,
		Style: "/home/ann/styles/mine.json", Width: 72, Mouse: false, Drafts: true, Pager: "most", Images: "off",
		Keys: map[string]any{"reader": map[string]any{"next_heading": []any{"n"}}}}
	got := *c
	got.lines = nil
	if !reflect.DeepEqual(&got, want) {
		t.Errorf("Load:\n got %+v\nwant %+v", got, *want)
	}
	for key, line := range map[string]int{"dirs": 1, "pager": 7, "images": 8, "keys": 10} {
		if !c.Has(key) || c.Line(key) != line {
			t.Errorf("%s: Has %v, Line %d, want line %d", key, c.Has(key), c.Line(key), line)
		}
	}
	if c.Has("nothing") {
		t.Error("Has of an unset key")
	}
}

func TestMissingFileIsTheDefaults(t *testing.T) {
	c, err := Load(filepath.Join(t.TempDir(), "none.toml"), env(nil))
	if err != nil || c.Exists || !c.Bundled || !c.Mouse || c.Dirs != nil || c.Style != "" {
		t.Errorf("missing file: %+v, %v", c, err)
	}
}

func TestBadFiles(t *testing.T) {
	for _, tc := range []struct {
		text, key string
		line      int
		msg       string
	}{
		{"dirs = 5\n", "dirs", 1, "want a list of folders"},
		{"# c\nbundled = \"yes\"\n", "bundled", 2, "want true or false"},
		{"width = -3\n", "width", 1, "number of cells"},
		{"style = 4\n", "style", 1, "style name"},
		{"dirs = [\"a\", 3]\n", "dirs", 1, "folder 2"},
		{"dirs = []\ncolour = true\n", "colour", 2, "unknown setting"},
		{"keys = 1\n", "keys", 1, "[keys] table"},
		{"images = \"svg\"\n", "images", 1, "want one of auto, kitty"},
		{"dirs = [\"a\"\n", "dirs", 1, "expected"},
		// nested past what the parser reads in linear time: refused
		// before it (8,000 levels took it 28 s and 2.8 GB)
		{"width = 80\nkeys = " + strings.Repeat("{a=", 8000) + "1" + strings.Repeat("}", 8000) + "\n", "", 2, "nested more than"},
		{"dirs = " + strings.Repeat("[", 8000) + strings.Repeat("]", 8000) + "\n", "", 1, "nested more than"},
		{"[" + strings.Repeat("keys.", 8000) + "x]\n", "", 1, "a key of more than"},
	} {
		p := write(t, tc.text)
		_, err := Load(p, env(nil))
		var ce *Error
		if !errors.As(err, &ce) {
			t.Errorf("%q: err %v, want *Error", tc.text, err)
			continue
		}
		if ce.Path != p || ce.Line != tc.line || ce.Key != tc.key || !strings.Contains(ce.Msg, tc.msg) {
			t.Errorf("%q: %+v, want line %d key %s %q", tc.text, ce, tc.line, tc.key, tc.msg)
		}
		if !strings.HasPrefix(err.Error(), p+":") {
			t.Errorf("%q: error %q does not start with the file", tc.text, err)
		}
	}
}

func TestNotRegular(t *testing.T) {
	_, err := Load(t.TempDir(), env(nil))
	if err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("a folder as config: %v", err)
	}
}

func TestPath(t *testing.T) {
	for _, tc := range []struct {
		vars map[string]string
		want string
	}{
		{map[string]string{"FOLIO_CONFIG": "~/f.toml", "HOME": "/h", "XDG_CONFIG_HOME": "/x"}, "/h/f.toml"},
		{map[string]string{"HOME": "/h", "XDG_CONFIG_HOME": "/x"}, "/x/folio/config.toml"},
		{map[string]string{"HOME": "/h", "XDG_CONFIG_HOME": "relative"}, "/h/.config/folio/config.toml"},
	} {
		if got := Path(env(tc.vars)); got != tc.want {
			t.Errorf("Path(%v) = %s, want %s", tc.vars, got, tc.want)
		}
	}
}

func TestInit(t *testing.T) {
	p := filepath.Join(t.TempDir(), "folio", "config.toml")
	if err := Init(p); err != nil {
		t.Fatal(err)
	}
	c, err := Load(p, env(nil))
	if err != nil || !c.Exists || !c.Bundled || c.Has("dirs") {
		t.Fatalf("the template does not load as the defaults: %+v %v", c, err)
	}
	if err := os.WriteFile(p, []byte("dirs = [\"mine\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Init(p); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("Init over a file: %v", err)
	}
	if b, _ := os.ReadFile(p); string(b) != "dirs = [\"mine\"]\n" {
		t.Errorf("Init wrote over the file: %q", b)
	}
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(p), initTemp+"*"))
	if len(left) != 0 {
		t.Errorf("temporary files left: %v", left)
	}
}

func FuzzLoad(f *testing.F) {
	f.Add("dirs = [\"~/a\"]\nwidth = 3\n[keys.reader]\nup = [\"k\"]\n")
	f.Add("bundled = maybe")
	f.Fuzz(func(t *testing.T, text string) {
		p := filepath.Join(t.TempDir(), "c.toml")
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(p, env(nil))
		if err == nil && c == nil || err != nil && !strings.HasPrefix(err.Error(), p) {
			t.Errorf("Load(%q) = %v, %v", text, c, err)
		}
	})
}
