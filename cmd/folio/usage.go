package main

import (
	"errors"
	"strconv"
	"strings"

	"github.com/folio-reader/folio/library"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// usageLine is the one-line usage of c, made from its declaration: the
// arguments its Use names and its flags. folio's own line puts the
// global flags first; a command's line, only its own flags after its
// arguments (the global ones are in its help).
func usageLine(c *cobra.Command) string {
	args := strings.TrimSpace(strings.TrimPrefix(c.Use, c.Name()))
	if !c.HasParent() {
		parts := append([]string{"folio"}, flagSynopses(c.PersistentFlags())...)
		parts = append(parts, flagSynopses(c.LocalNonPersistentFlags())...)
		return strings.Join(append(parts, args), " ")
	}
	parts := []string{"folio", subcommandPath(c)}
	if args != "" {
		parts = append(parts, args)
	}
	return strings.Join(append(parts, flagSynopses(c.LocalNonPersistentFlags())...), " ")
}

// subcommandPath is c's name as typed after folio: "" for folio itself.
func subcommandPath(c *cobra.Command) string {
	return strings.TrimSpace(strings.TrimPrefix(c.CommandPath(), c.Root().Name()))
}

// flagSynopses are the flags of fs as a usage line shows them, in the
// order declared: [--tag T], [-p|--pager], [--dir PATH]... (repeatable).
// Help and version are left out: every command takes them.
func flagSynopses(fs *pflag.FlagSet) []string {
	var out []string
	fs.SortFlags = false
	fs.VisitAll(func(f *pflag.Flag) {
		if f.Hidden || f.Name == "help" || f.Name == "version" {
			return
		}
		s := "--" + f.Name
		if f.Shorthand != "" {
			s = "-" + f.Shorthand + "|" + s
		}
		if v := valueName(f); v != "" {
			s += " " + v
		}
		s = "[" + s + "]"
		if repeatable(f) {
			s += "..."
		}
		out = append(out, s)
	})
	return out
}

// valueName is what a flag's value is called in help (the word its
// usage string puts in `backquotes`), "" for a flag that takes none.
func valueName(f *pflag.Flag) string {
	if f.NoOptDefVal != "" {
		return ""
	}
	name, _ := pflag.UnquoteUsage(f)
	return name
}

// repeatable reports a flag that may be given more than once.
func repeatable(f *pflag.Flag) bool {
	t := f.Value.Type()
	return strings.HasSuffix(t, "Array") || strings.HasSuffix(t, "Slice")
}

// flagError turns pflag's error for a flag into a usage error that
// names the flag as it was typed, suggesting the nearest one.
func flagError(c *cobra.Command, err error) error {
	var unknown *pflag.NotExistError
	var bad *pflag.InvalidValueError
	switch {
	case errors.As(err, &unknown):
		typed := "--" + unknown.GetSpecifiedName()
		name := unknown.GetSpecifiedName()
		if short := unknown.GetSpecifiedShortnames(); short != "" {
			typed, name = "-"+short, short // -json: a long name with one dash
		}
		if name == "watch" && c.HasParent() {
			return usageErr("--watch is for the reader (folio with no command), not %q", c.Name())
		}
		msg := "unknown flag " + typed
		if c.Flags().Lookup(name) != nil {
			msg += "; did you mean --" + name + "?"
		} else if near := library.Suggest(name, flagNames(c), 1); len(near) > 0 {
			msg += "; did you mean --" + near[0] + "?"
		}
		return usageErr("%s", msg)
	case errors.As(err, &bad):
		cause := bad.Unwrap()
		var num *strconv.NumError
		if errors.As(cause, &num) {
			cause = errors.New("not a whole number")
		}
		return usageErr("--%s %q: %v", bad.GetFlag().Name, bad.GetValue(), cause)
	}
	return usageErr("%s", err)
}

// flagNames are the long names of every flag c takes.
func flagNames(c *cobra.Command) []string {
	var names []string
	c.Flags().VisitAll(func(f *pflag.Flag) {
		if !f.Hidden {
			names = append(names, f.Name)
		}
	})
	return names
}

// noArgs is the Args of a command that takes no arguments.
func noArgs(c *cobra.Command, args []string) error {
	if len(args) > 0 {
		return usageErr("%s takes no arguments, got %q", c.Name(), args)
	}
	return nil
}

// oneArg is the Args of a command that takes exactly one argument, what.
func oneArg(what string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		switch len(args) {
		case 0:
			return usageErr("missing %s", what)
		case 1:
			return nil
		}
		return usageErr("too many arguments: want one %s, got %q", what, args)
	}
}
