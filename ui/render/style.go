package render

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/glamour/ansi"
	"github.com/charmbracelet/glamour/styles"
	"github.com/folio-reader/folio/internal/lazyre"
	"github.com/folio-reader/folio/internal/safefile"
)

// maxStyleFile caps a JSON style file: glamour's own are under 10 KB.
const maxStyleFile = 1 << 20

// StyleNames are glamour's standard styles, sorted, without auto.
func StyleNames() []string {
	names := make([]string, 0, len(styles.DefaultStyles))
	for n := range styles.DefaultStyles {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// IsStyleName reports one of glamour's standard styles (not auto).
func IsStyleName(s string) bool {
	_, ok := styles.DefaultStyles[s]
	return ok
}

// IsStyleFile reports a style given as a file rather than by name: it
// ends in .json or holds a path separator.
func IsStyleFile(s string) bool {
	return strings.EqualFold(filepath.Ext(s), ".json") || strings.ContainsRune(s, filepath.Separator) || strings.ContainsRune(s, '/')
}

// LoadStyle reads a glamour JSON style file and checks it: bad JSON, a
// field of the wrong kind or a colour that is none are errors naming
// the file (and the line, or the field).
func LoadStyle(path string) (*ansi.StyleConfig, error) {
	data, err := safefile.ReadRegular(path, maxStyleFile)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	var cfg ansi.StyleConfig
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&cfg); err != nil {
		return nil, fmt.Errorf("%s: not a glamour style: %s", path, jsonProblem(data, err))
	}
	if err := checkColours(reflect.ValueOf(cfg), ""); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	return &cfg, nil
}

// jsonProblem words a JSON error with its line.
func jsonProblem(data []byte, err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("line %d: %v", lineAt(data, se.Offset), se)
	case errors.As(err, &te):
		return fmt.Sprintf("line %d: %s is a JSON %s, want a %s", lineAt(data, te.Offset), te.Field, te.Value, te.Type)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return fmt.Sprintf("line %d: the JSON ends too soon", bytes.Count(data, []byte("\n"))+1)
	}
	return err.Error()
}

func lineAt(data []byte, off int64) int {
	off = min(max(off, 0), int64(len(data)))
	return bytes.Count(data[:off], []byte("\n")) + 1
}

// colourRE is a colour glamour takes: #rgb, #rrggbb, or an ANSI number.
var colourRE = lazyre.New(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)

func validColour(s string) bool {
	if colourRE.MatchString(s) {
		return true
	}
	n, err := strconv.Atoi(s)
	return err == nil && n >= 0 && n <= 255
}

// checkColours walks a style for every color and background_color.
func checkColours(v reflect.Value, at string) error {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			return nil
		}
		return checkColours(v.Elem(), at)
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := strings.Split(f.Tag.Get("json"), ",")[0]
			path := at
			if !f.Anonymous {
				if name == "" {
					name = strings.ToLower(f.Name)
				}
				path = strings.TrimPrefix(at+"."+name, ".")
			}
			fv := v.Field(i)
			if (name == "color" || name == "background_color") && fv.Kind() == reflect.Pointer && !fv.IsNil() {
				if s, ok := fv.Elem().Interface().(string); ok && !validColour(s) {
					return fmt.Errorf("%s: %q is not a colour (want #rgb, #rrggbb or 0-255)", path, s)
				}
				continue
			}
			if err := checkColours(fv, path); err != nil {
				return err
			}
		}
	}
	return nil
}

// styleConfig is the glamour style a style name or a style file gives.
func styleConfig(style string) (ansi.StyleConfig, error) {
	switch {
	case IsStyleName(style):
		return *styles.DefaultStyles[style], nil
	case IsStyleFile(style):
		cfg, err := LoadStyle(style)
		if err != nil {
			return ansi.StyleConfig{}, err
		}
		return *cfg, nil
	}
	return ansi.StyleConfig{}, fmt.Errorf("unknown style %q (want %s, or a JSON style file)", style, strings.Join(StyleNames(), ", "))
}

// plainCode drops the spaces glamour's styles pad inline code with when
// there is no colour to show where the code is: piped, " code " read
// "use  wrapper  as".
func plainCode(c ansi.StyleConfig) ansi.StyleConfig {
	c.Code.Prefix, c.Code.Suffix = "", ""
	return c
}

// colourless drops the colours and attributes (bold, italic…) of every
// style of c that glamour writes through a profile with none
// (termenv.Ascii): each styled piece of text, down to each space of
// padding, cost an allocation for a colour sequence that came out empty,
// and the attribute codes glamour still wrote were stripped again
// (Renderer.chunk).
func colourless(c ansi.StyleConfig) ansi.StyleConfig {
	clearColours(reflect.ValueOf(&c).Elem())
	return c
}

var primitiveType = reflect.TypeFor[ansi.StylePrimitive]()

// clearColours sets the colours and attributes to nil in every
// StylePrimitive held by value in v, a struct; what pointers lead to is
// shared with the style it was copied from, and left alone.
func clearColours(v reflect.Value) {
	if v.Type() == primitiveType {
		p := v.Addr().Interface().(*ansi.StylePrimitive)
		p.Color, p.BackgroundColor = nil, nil
		p.Underline, p.Bold, p.Italic, p.CrossedOut, p.Faint, p.Conceal, p.Overlined, p.Inverse, p.Blink = nil, nil, nil, nil, nil, nil, nil, nil, nil
		return
	}
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Struct && f.CanSet() {
			clearColours(f)
		}
	}
}
