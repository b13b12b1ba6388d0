package ui

import (
	"strings"
	"testing"
)

func TestKeyConflicts(t *testing.T) {
	t.Parallel()
	if c := KeyConflicts(DefaultKeyMap()); len(c) != 0 {
		t.Errorf("the default keys conflict: %v", c)
	}
	for _, tc := range []struct {
		table map[string]any
		want  string
	}{
		{map[string]any{"reader": map[string]any{"wide": []any{"t"}}}, `[reader] wide: key "t" is also [reader] contents's`},
		{map[string]any{"reader": map[string]any{"next_heading": []any{"q"}}}, `[reader] next_heading: key "q" is also [global] quit's`},
		{map[string]any{"global": map[string]any{"help": []any{"h"}}}, `[global] help: key "h" is also [list] page_up's`},
		{map[string]any{"global": map[string]any{"help": []any{"F1"}}}, ""},
		{map[string]any{"list": map[string]any{"filter": []any{"/", "ctrl+f"}}}, ""},
	} {
		km, err := KeysFromTable("keys.toml", tc.table)
		if err != nil {
			t.Fatal(err)
		}
		got := strings.Join(KeyConflicts(km), "\n")
		if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
			t.Errorf("%v: conflicts %q, want %q", tc.table, got, tc.want)
		}
	}
}
