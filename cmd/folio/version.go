package main

import (
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// newVersionCmd is `folio version`, which prints what --version prints.
func newVersionCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:         "version",
		Short:       "print folio's version",
		Args:        noArgs,
		Annotations: map[string]string{configOptional: "yes"},
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(e.stdout, "folio %s\n", versionString())
			return err
		},
	}
}

// moduleVersion is the module's version from the build info: a tag
// for go install …@version, else (devel).
func moduleVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// versionString is the module version and, when the build recorded it,
// the VCS revision, its time and whether the tree was modified.
func versionString() string {
	v := moduleVersion()
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return v
	}
	var rev, at string
	modified := false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev == "" {
		return v
	}
	extra := []string{"revision " + rev[:min(12, len(rev))]}
	if at != "" {
		extra = append(extra, at)
	}
	if modified {
		extra = append(extra, "modified")
	}
	return v + " (" + strings.Join(extra, ", ") + ")"
}
