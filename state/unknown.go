package state

import (
	"bytes"
	"encoding/json"
	"reflect"
	"slices"
	"strings"
)

// unknown holds the members of a JSON object that this folio does not
// know, as they were written, so that a save keeps what a newer folio
// (or the user) put in the file.
type unknown map[string]json.RawMessage

// unknownMembers returns the members of the object data that name no
// field of t (matched as encoding/json matches them, ignoring case).
func unknownMembers(data []byte, t reflect.Type) (unknown, error) {
	var all unknown
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, err
	}
	for i := range t.NumField() {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !f.IsExported() || name == "-" {
			continue
		}
		if name == "" {
			name = f.Name
		}
		for k := range all {
			if strings.EqualFold(k, name) {
				delete(all, k)
			}
		}
	}
	if len(all) == 0 {
		return nil, nil
	}
	return all, nil
}

// appendUnknown adds the members u to the end of the object data, in
// the order of their names.
func appendUnknown(data []byte, u unknown) ([]byte, error) {
	if len(u) == 0 {
		return data, nil
	}
	data = bytes.TrimRight(data, " \n")
	if len(data) < 2 || data[len(data)-1] != '}' {
		return data, nil
	}
	out := append([]byte(nil), data[:len(data)-1]...)
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range u {
			if !yield(k) {
				return
			}
		}
	}) {
		if out[len(out)-1] != '{' {
			out = append(out, ',')
		}
		name, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		out = append(append(append(out, name...), ':'), u[k]...)
	}
	return append(out, '}'), nil
}

// UnmarshalJSON reads a state file, keeping the members it does not know.
func (s *State) UnmarshalJSON(data []byte) error {
	type plain State
	var p plain
	if err := json.Unmarshal(data, &p); err != nil {
		return err
	}
	u, err := unknownMembers(data, reflect.TypeFor[plain]())
	*s = State(p)
	s.unknown = u
	return err
}

// MarshalJSON writes a state file, with the members it did not know.
func (s State) MarshalJSON() ([]byte, error) {
	type plain State
	data, err := json.Marshal(plain(s))
	if err != nil {
		return nil, err
	}
	return appendUnknown(data, s.unknown)
}

// UnmarshalJSON reads an article's entry, keeping the members it does
// not know.
func (a *Article) UnmarshalJSON(data []byte) error {
	type plain Article
	var p plain
	if err := json.Unmarshal(data, &p); err != nil {
		return err
	}
	u, err := unknownMembers(data, reflect.TypeFor[plain]())
	*a = Article(p)
	a.unknown = u
	return err
}

// MarshalJSON writes an article's entry, with the members it did not
// know.
func (a Article) MarshalJSON() ([]byte, error) {
	type plain Article
	data, err := json.Marshal(plain(a))
	if err != nil {
		return nil, err
	}
	return appendUnknown(data, a.unknown)
}
