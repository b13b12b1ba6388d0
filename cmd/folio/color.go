package main

import (
	"strings"

	"github.com/muesli/termenv"
)

// colorModes are the values --color takes.
var colorModes = []string{"auto", "always", "never"}

// color reports whether output may carry colour and attribute codes.
// --color always and never decide; auto is off with NO_COLOR, on with
// CLICOLOR_FORCE (not "0"), else on only on a terminal.
func (e *env) color() bool {
	switch e.colorMode {
	case "always":
		return true
	case "never":
		return false
	}
	if e.getenv("NO_COLOR") != "" {
		return false
	}
	if v := e.getenv("CLICOLOR_FORCE"); v != "" && v != "0" {
		return true
	}
	return e.tty
}

// colorProfile is the profile colour is written in: the terminal's, or,
// for colour forced through a pipe (where there is no terminal to ask),
// true colour as glamour and glow write it, unless the environment names
// a terminal with fewer colours: $TERM *-256color without a true-colour
// $COLORTERM gives 256 colours, linux, vt100 and the like 16. less -R
// passes either through.
func (e *env) colorProfile() termenv.Profile {
	if e.tty {
		return e.profile
	}
	switch strings.ToLower(e.getenv("COLORTERM")) {
	case "truecolor", "24bit":
		return termenv.TrueColor
	}
	switch t := e.getenv("TERM"); {
	case strings.Contains(t, "256color"):
		return termenv.ANSI256
	case t == "linux" || strings.HasPrefix(t, "vt") || strings.HasPrefix(t, "ansi") || strings.Contains(t, "16color"):
		return termenv.ANSI
	}
	return termenv.TrueColor
}

// resolveStyle turns "auto" into a concrete glamour style: dark or light
// by the terminal's background, else dark's layout (rendered without
// codes, it reads cleaner than notty, which keeps the ** and _ markers).
// The terminal is asked only here: when the style is auto, stdout is a
// terminal and colour is on, never for piped output or another style.
func (e *env) resolveStyle(style string) string {
	if style != "auto" {
		return style
	}
	if !e.tty || !e.color() || e.darkBackground == nil {
		return "dark"
	}
	if e.darkBackground() {
		return "dark"
	}
	return "light"
}
