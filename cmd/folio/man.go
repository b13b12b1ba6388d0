package main

import (
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

// manCommand prints folio's man page, roff made by cobra/doc from the
// command tree.
func manCommand(root *cobra.Command) *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "print folio's man page (roff)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			root.DisableAutoGenTag = true
			header := &doc.GenManHeader{Title: "FOLIO", Section: "1", Source: "folio " + moduleVersion(), Manual: "folio manual"}
			return doc.GenMan(root, header, cmd.OutOrStdout())
		},
	}
}

func runMan(g *globals, args []string, e *env) error {
	pos, err := parseArgs("man", newFlagSet("man", g), args)
	if err == errHelp {
		printHelp(e.stdout, "man")
		return nil
	}
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		return usageErr("man", "man takes no arguments")
	}
	return runCobra(g, []string{"man"}, e)
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
