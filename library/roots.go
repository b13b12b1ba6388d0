package library

import (
	"path/filepath"
	"strings"
)

// distinctSources drops the folder sources another source already
// reads: the same folder by its real path (given twice, or through a
// link), or a folder inside another one's walk. Without this, each of
// their articles would be loaded twice, each with a slug "already used".
// The problems say which were dropped and why.
func distinctSources(sources []Source) ([]Source, []Problem) {
	real := make([]string, len(sources))
	for i, s := range sources {
		if dir, ok := s.osDir(); ok {
			if abs, err := filepath.Abs(dir); err == nil {
				real[i] = realPath(abs)
			}
		}
	}
	var out []Source
	var problems []Problem
	for i, s := range sources {
		by := -1
		for j := range sources {
			if i == j || real[i] == "" || real[j] == "" {
				continue
			}
			if real[i] == real[j] && j < i || real[i] != real[j] && walkedFrom(real[i], real[j]) {
				by = j
				break
			}
		}
		if by < 0 {
			out = append(out, s)
			continue
		}
		why := "the same folder as " + sources[by].Name + ", which is read; not read twice"
		if real[i] != real[by] {
			why = "inside " + sources[by].Name + ", which is read; not read twice"
		}
		problems = append(problems, Problem{Path: s.Name, Message: why})
	}
	return out, problems
}

// walkedFrom reports whether Load's walk of the folder root reaches the
// folder dir inside it: no folder on the way is hidden (a dot folder).
func walkedFrom(dir, root string) bool {
	if !within(dir, root) {
		return false
	}
	rel, err := filepath.Rel(root, dir)
	if err != nil {
		return false
	}
	for _, part := range strings.Split(rel, string(filepath.Separator)) {
		if strings.HasPrefix(part, ".") && part != "." {
			return false
		}
	}
	return true
}
