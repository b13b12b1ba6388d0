package keymap

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/internal/safefile"
	"github.com/folio-reader/folio/internal/tomlcheck"
	"github.com/folio-reader/folio/library"
)

// sections names the keymap's sections as a keys file spells them,
// each holding its actions in snake case: [reader] next_heading.
func (k *KeyMap) sections() map[string]map[string]*key.Binding {
	out := map[string]map[string]*key.Binding{}
	v := reflect.ValueOf(k).Elem()
	for i := 0; i < v.NumField(); i++ {
		sec, st := v.Type().Field(i), v.Field(i)
		actions := map[string]*key.Binding{}
		for j := 0; j < st.NumField(); j++ {
			f := st.Type().Field(j)
			if !f.IsExported() {
				continue // help-only bindings follow the real ones
			}
			if b, ok := st.Field(j).Addr().Interface().(*key.Binding); ok {
				actions[snake(f.Name)] = b
			}
		}
		out[snake(sec.Name)] = actions
	}
	return out
}

// snake spells a field name in snake case: NextHeading is next_heading,
// FAQ is faq.
func snake(s string) string {
	var b strings.Builder
	prev := rune(0)
	for _, r := range s {
		if unicode.IsUpper(r) {
			if unicode.IsLower(prev) || unicode.IsDigit(prev) {
				b.WriteByte('_')
			}
			prev, r = r, unicode.ToLower(r)
		} else {
			prev = r
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Load reads a keys file over folio's default bindings:
//
//	[reader]
//	next_heading = ["]", "n"]
//
// A missing file gives the defaults. Any fault (bad TOML, an unknown
// section or action, a list that is empty or not of key names) is an
// error naming the file and the entry, and the defaults are returned
// with it, so folio starts as if there were no file. An action given a
// key another action of its screen has (scopes.go) is a *ConflictError:
// that action keeps its default keys and the rest of the file is used.
func Load(path string) (KeyMap, error) {
	km := Default()
	data, err := safefile.ReadRegular(path, 1<<20) // a FIFO or /dev/zero is refused, not waited on
	if errors.Is(err, fs.ErrNotExist) {
		return km, nil
	}
	if err != nil {
		return km, err
	}
	var te *tomlcheck.Error
	if err := tomlcheck.Check(string(data)); errors.As(err, &te) {
		return km, fmt.Errorf("%s: %w", path, err)
	}
	var raw map[string]any
	if _, err := toml.Decode(string(data), &raw); err != nil {
		return km, fmt.Errorf("%s: %w", path, err)
	}
	return FromTable(path, raw)
}

// FromTable is Load for a table already read: a keys file's, or
// the [keys] table of config.toml (one loader for both). name is what
// errors call it.
func FromTable(name string, raw map[string]any) (KeyMap, error) {
	km, path := Default(), name
	custom := Default()
	sections := custom.sections()
	set := map[string]bool{} // the actions the table binds, as "section.action"
	for _, sec := range sortedKeys(raw) {
		actions, ok := sections[sec]
		if !ok {
			return km, fmt.Errorf("%s: unknown section [%s]; want one of %s", path, sec, strings.Join(sortedKeys(sections), ", "))
		}
		table, ok := raw[sec].(map[string]any)
		if !ok {
			return km, fmt.Errorf("%s: %s is not a [%s] section", path, sec, sec)
		}
		for _, act := range sortedKeys(table) {
			b, ok := actions[act]
			if !ok {
				return km, fmt.Errorf("%s: [%s] %s: unknown action; want one of %s", path, sec, act, strings.Join(sortedKeys(actions), ", "))
			}
			keys, err := keyList(table[act])
			if err != nil {
				return km, fmt.Errorf("%s: [%s] %s: %w", path, sec, act, err)
			}
			b.SetKeys(keys...)
			b.SetHelp(strings.Join(keys, "/"), b.Help().Desc)
			set[sec+"."+act] = true
		}
	}
	if err := custom.dropConflicts(path, set); err != nil {
		return custom, err
	}
	return custom, nil
}

// ConflictError says which actions of a keys file took a key another
// action of their screen has: each is left with its default keys, and
// the file's other bindings are kept.
type ConflictError struct {
	Path      string
	Conflicts []string // as Conflicts says them
	Dropped   []string // the actions given back their defaults: [reader] next_heading
}

func (e *ConflictError) Error() string {
	keeps := "keep"
	if len(e.Dropped) == 1 {
		keeps = "keeps"
	}
	return fmt.Sprintf("%s: %s: %s %s its default keys", e.Path, strings.Join(e.Conflicts, "; "), strings.Join(e.Dropped, ", "), keeps)
}

// dropConflicts gives every action of set that conflicts its default
// keys back, until nothing conflicts, and says which in a
// *ConflictError. The defaults never conflict (TestDefaultKeysHaveNoConflicts).
func (k *KeyMap) dropConflicts(path string, set map[string]bool) error {
	def, sections := Default(), k.sections()
	defaults := def.sections()
	e := &ConflictError{Path: path}
	for cs := k.conflicts(); len(cs) > 0; cs = k.conflicts() {
		dropped := false
		for _, c := range cs {
			for _, a := range []string{c.one, c.other} {
				if !set[a] {
					continue
				}
				sec, act, _ := strings.Cut(a, ".")
				*sections[sec][act] = *defaults[sec][act]
				delete(set, a)
				e.Dropped, dropped = append(e.Dropped, spell(a)), true
			}
			if s := c.String(); !slices.Contains(e.Conflicts, s) {
				e.Conflicts = append(e.Conflicts, s)
			}
		}
		if !dropped {
			*k = def // defaults that conflict: a bug, but never a keymap that does
			break
		}
	}
	if len(e.Dropped) == 0 {
		return nil
	}
	sort.Strings(e.Dropped)
	return e
}

// Problem is Load's error as the Problems screen lists it: the
// file as the path, the entry and what is wrong as the message. Both the
// command and the tests build it here, so what a test shows is what a
// person sees.
func Problem(path string, err error) library.Problem {
	msg := strings.TrimPrefix(err.Error(), path+": ")
	var ce *ConflictError
	if errors.As(err, &ce) {
		return library.Problem{Path: path, Message: msg + "; the rest of the file is used", Kept: true}
	}
	return library.Problem{Path: path, Message: msg + " (the default keys are used)"}
}

// keyList is a TOML value as key names: a non-empty list of non-empty
// strings.
func keyList(v any) ([]string, error) {
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("want a list of keys, like [\"n\", \"ctrl+n\"]; got %v", v)
	}
	if len(list) == 0 {
		return nil, errors.New("the list of keys is empty")
	}
	keys := make([]string, len(list))
	for i, k := range list {
		s, ok := k.(string)
		if !ok || strings.TrimSpace(s) == "" && s != " " {
			return nil, fmt.Errorf("key %d is %q, not a key name", i+1, fmt.Sprint(k))
		}
		if r, bad := unnamable(s); bad {
			return nil, fmt.Errorf("key %d is %q, which holds %U; spell a key by its name, like \"esc\" or \"ctrl+n\"", i+1, s, r)
		}
		keys[i] = s
	}
	return keys, nil
}

// unnamable finds in a key name a character no key is named by: a
// control character (ESC, BEL, DEL, a C1 control), an invisible format
// character (zero-width, bidi), or a byte that is not UTF-8 (as
// utf8.RuneError).
func unnamable(s string) (rune, bool) {
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.Is(unicode.Cf, r) {
			return r, true
		}
	}
	return 0, false
}

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
