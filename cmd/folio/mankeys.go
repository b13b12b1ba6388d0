package main

import (
	"reflect"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	"github.com/folio-reader/folio/ui/keymap"
)

// keySection is one section of the reader's keys, as keys.toml names it.
type keySection struct {
	name, title string
	keys        []keyHelp
}

// keyHelp is one binding: its keys and what it does, as the reader's
// help shows them, and the action keys.toml remaps it under.
type keyHelp struct{ keys, desc, action string }

// readerKeys are the reader's default bindings, read from ui's keymap
// (each exported field of each section is a binding a keys file can
// remap, named in snake case: Reader.NextHeading is [reader]
// next_heading), so the man page lists what the reader does.
func readerKeys() []keySection {
	km := keymap.Default()
	v := reflect.ValueOf(km)
	var out []keySection
	for i := 0; i < v.NumField(); i++ {
		sf, sv := v.Type().Field(i), v.Field(i)
		if !sf.IsExported() || sv.Kind() != reflect.Struct {
			continue
		}
		sec := keySection{name: snakeCase(sf.Name), title: sf.Name}
		for j := 0; j < sv.NumField(); j++ {
			f := sv.Type().Field(j)
			if !f.IsExported() {
				continue // help-only bindings (the mouse), which no file remaps
			}
			b, ok := sv.Field(j).Interface().(key.Binding)
			if !ok || b.Help().Key == "" {
				continue
			}
			sec.keys = append(sec.keys, keyHelp{keys: b.Help().Key, desc: b.Help().Desc, action: snakeCase(f.Name)})
		}
		if len(sec.keys) > 0 {
			out = append(out, sec)
		}
	}
	return out
}

// snakeCase spells a field name as keys.toml does: NextHeading is
// next_heading, FAQ is faq.
func snakeCase(s string) string {
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
