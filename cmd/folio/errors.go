package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/folio-reader/folio/library"
)

// usageError is a wrong command line: folio prints it with the usage
// line of the command that ran and exits 2 (main.go).
type usageError struct{ msg string }

func (e *usageError) Error() string { return e.msg }

// usageErr builds a usageError.
func usageErr(format string, a ...any) error {
	return &usageError{msg: fmt.Sprintf(format, a...)}
}

// notFound is the error for an unknown slug, tag, category or heading:
// it names what was asked for and suggests the closest known names.
func notFound(kind, name string, known []string, hint string) error {
	msg := fmt.Sprintf("no %s %q", kind, name)
	if s := suggestion(name, known); s != "" {
		msg += "; " + s
	} else if hint != "" {
		msg += "; " + hint
	}
	return errors.New(msg)
}

// suggestion is "did you mean X?" (or "X, Y or Z?") for the candidates
// closest to s, or "" when none is close.
func suggestion(s string, candidates []string) string {
	names := library.Suggest(s, candidates, 3)
	if len(names) == 0 {
		return ""
	}
	return "did you mean " + orList(names) + "?"
}

// orList quotes the names and joins them: "a", "b" or "c".
func orList(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = fmt.Sprintf("%q", n)
	}
	if len(q) < 2 {
		return strings.Join(q, "")
	}
	return strings.Join(q[:len(q)-1], ", ") + " or " + q[len(q)-1]
}
