// Package config reads folio's settings file, config.toml: the library
// folders, whether the bundled articles show, the style, the width, the
// mouse, drafts, the pager and a [keys] table. It imports no UI package
// and never writes the file, except for Init, which writes a new one.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/folio-reader/folio/internal/safefile"
	"github.com/folio-reader/folio/internal/tomlcheck"
)

// MaxSize caps the file: a real one is well under a kilobyte.
const MaxSize = 256 << 10

// File is where the config lives inside the config folder.
const File = "folio/config.toml"

// Config is the file's settings. A setting the file does not give is
// left at its zero value and Has reports it missing.
type Config struct {
	Path    string   // the file read; set even when it does not exist
	Exists  bool     // the file was there and read
	Dirs    []string // library folders, ~ expanded
	Bundled bool     // show the bundled articles (default true)
	Style   string   // a glamour style name or a JSON style file, ~ expanded
	Width   int      // show's width in cells; 0: the terminal's
	Mouse   bool     // capture the mouse in the reader (default true)
	Drafts  bool     // include drafts
	Pager   string   // the command show --pager pipes through
	Images  string   // how pictures are drawn: one of ImageModes ("" : auto)
	// Keys is the [keys] table, raw, for the reader's key loader: the
	// same sections as keys.toml.
	Keys map[string]any

	lines map[string]int // the line each setting is on
}

// Keys the file may hold, in the order folio config prints them.
var Keys = []string{"dirs", "bundled", "style", "width", "mouse", "drafts", "pager", "images", "keys"}

// ImageModes are the values of images, as show's --images takes them
// (ui/render.ImageModes; this package imports no UI package).
var ImageModes = []string{"auto", "kitty", "iterm", "sixel", "blocks", "off"}

// Defaults is the configuration with no file.
func Defaults(path string) *Config {
	return &Config{Path: path, Bundled: true, Mouse: true, lines: map[string]int{}}
}

// Has reports whether the file set key.
func (c *Config) Has(key string) bool { _, ok := c.lines[key]; return ok }

// Line is the line of the file key is set on, 0 when it is not.
func (c *Config) Line(key string) int { return c.lines[key] }

// Path is the config file's path: $FOLIO_CONFIG when set, else
// folio/config.toml under $XDG_CONFIG_HOME, else under ~/.config.
func Path(getenv func(string) string) string {
	if p := getenv("FOLIO_CONFIG"); p != "" {
		return expandHome(p, getenv)
	}
	base := getenv("XDG_CONFIG_HOME")
	if base == "" || !filepath.IsAbs(base) {
		home := getenv("HOME")
		if home == "" {
			home, _ = os.UserHomeDir()
		}
		base = filepath.Join(home, ".config")
	}
	return filepath.Join(base, filepath.FromSlash(File))
}

// Error is a fault in the file: its path, the line (0 when unknown),
// the key and what is wrong.
type Error struct {
	Path string
	Line int
	Key  string
	Msg  string
}

func (e *Error) Error() string {
	var b strings.Builder
	b.WriteString(e.Path)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Key != "" {
		b.WriteString(": " + e.Key)
	}
	b.WriteString(": " + e.Msg)
	return b.String()
}

// Load reads the file at path. A missing file gives the defaults; any
// fault (bad TOML, an unknown key, a value of the wrong kind) is an
// *Error naming the file, the line and the key.
func Load(path string, getenv func(string) string) (*Config, error) {
	c := Defaults(path)
	data, err := safefile.ReadRegular(path, MaxSize)
	if errors.Is(err, fs.ErrNotExist) {
		return c, nil
	}
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	c.Exists = true
	var te *tomlcheck.Error
	if err := tomlcheck.Check(string(data)); errors.As(err, &te) {
		return nil, &Error{Path: path, Line: te.Line, Msg: te.Msg}
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		var pe toml.ParseError
		if errors.As(err, &pe) {
			return nil, &Error{Path: path, Line: pe.Position.Line, Key: pe.LastKey, Msg: pe.Message}
		}
		return nil, &Error{Path: path, Msg: err.Error()}
	}
	for _, key := range slices.Sorted(maps.Keys(raw)) {
		v := raw[key]
		line := lineOf(string(data), key)
		c.lines[key] = line
		if err := c.set(key, v, getenv); err != nil {
			return nil, &Error{Path: path, Line: line, Key: key, Msg: err.Error()}
		}
	}
	return c, nil
}

// set applies one setting, checking its kind.
func (c *Config) set(key string, v any, getenv func(string) string) error {
	switch key {
	case "dirs":
		list, ok := v.([]any)
		if !ok {
			if s, isStr := v.(string); isStr {
				list = []any{s} // dirs = "~/blog" is one folder
			} else {
				return fmt.Errorf("want a list of folders, like [\"~/blog\"]; got %s", show(v))
			}
		}
		for i, d := range list {
			s, ok := d.(string)
			if !ok || strings.TrimSpace(s) == "" {
				return fmt.Errorf("folder %d is %s, not a folder's path", i+1, show(d))
			}
			c.Dirs = append(c.Dirs, expandHome(s, getenv))
		}
	case "bundled", "mouse", "drafts":
		b, ok := v.(bool)
		if !ok {
			return fmt.Errorf("want true or false; got %s", show(v))
		}
		switch key {
		case "bundled":
			c.Bundled = b
		case "mouse":
			c.Mouse = b
		default:
			c.Drafts = b
		}
	case "style":
		s, ok := v.(string)
		if !ok || strings.TrimSpace(s) == "" {
			return fmt.Errorf("want a style name (auto, dark, light, dracula, tokyo-night, pink, ascii, notty) or a JSON style file; got %s", show(v))
		}
		c.Style = expandHome(s, getenv)
	case "width":
		n, ok := v.(int64)
		if !ok || n < 0 || n > 10000 {
			return fmt.Errorf("want a number of cells, like 80 (0: the terminal's width); got %s", show(v))
		}
		c.Width = int(n)
	case "pager":
		s, ok := v.(string)
		if !ok || strings.TrimSpace(s) == "" {
			return fmt.Errorf("want a command, like \"less -R\"; got %s", show(v))
		}
		c.Pager = s
	case "images":
		s, ok := v.(string)
		if !ok || !slices.Contains(ImageModes, s) {
			return fmt.Errorf("want one of %s; got %s", strings.Join(ImageModes, ", "), show(v))
		}
		c.Images = s
	case "keys":
		t, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("want a [keys] table, like keys.toml's sections under [keys.reader]; got %s", show(v))
		}
		c.Keys = t
	default:
		return fmt.Errorf("unknown setting; want one of %s", strings.Join(Keys, ", "))
	}
	return nil
}

// show spells a TOML value in an error.
func show(v any) string {
	switch v := v.(type) {
	case string:
		return fmt.Sprintf("%q", v)
	case map[string]any:
		return "a table"
	case []any:
		return "a list"
	}
	return fmt.Sprint(v)
}

// lineOf is the line of the first top-level assignment or table named
// key, 0 when none is found.
func lineOf(data, key string) int {
	re := regexp.MustCompile(`^\s*(?:\[\s*)?["']?` + regexp.QuoteMeta(key) + `["']?\s*(?:=|\.|\])`)
	for i, l := range strings.Split(data, "\n") {
		if re.MatchString(l) {
			return i + 1
		}
	}
	return 0
}

// expandHome turns a leading ~ or ~/ into the home folder.
func expandHome(p string, getenv func(string) string) string {
	if p != "~" && !strings.HasPrefix(p, "~/") {
		return p
	}
	home := getenv("HOME")
	if home == "" {
		var err error
		if home, err = os.UserHomeDir(); err != nil {
			return p
		}
	}
	return filepath.Join(home, strings.TrimPrefix(p, "~"))
}
