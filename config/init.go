package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/folio-reader/folio/internal/safefile"
)

// Template is the commented file folio config --init writes: every
// setting, commented out at its default.
const Template = `# folio's settings. Flags given on the command line override them.
# Run 'folio config' to see the settings in effect and where each came from.

# Your library: folders of markdown and text files (~ is your home).
# dirs = ["~/blog", "~/notes"]

# Show the articles that come with folio.
# bundled = true

# Colours of the reader and of show: auto, dark, light, dracula,
# tokyo-night, pink, ascii, notty, or the path of a glamour JSON style.
# style = "auto"

# The width show wraps to and the reader's measure, in cells; 0 is the
# terminal's (up to 100).
# width = 0

# Capture the mouse in the reader (wheel, clicks). false leaves it to the
# terminal, so its own selection works.
# mouse = true

# Include articles marked draft.
# drafts = false

# The pager show --pager pipes through (else $PAGER, else "less -R").
# pager = "less -R"

# How show draws pictures: auto (as the terminal can), kitty, iterm, sixel,
# blocks (half blocks in colour) or off (alt text). The reader draws
# blocks in colour whatever the protocol, and nothing when this is off.
# images = "auto"

# Keys, in the same sections as keys.toml (see docs/keys.md and the KEYS
# of folio man); a key one screen already uses elsewhere is refused:
# [keys.reader]
# next_heading = ["]", "J"]
`

// initTemp prefixes Init's temporary file; one a killed Init left is
// swept by the next after a minute.
const initTemp = ".folio-config-"

// Init writes Template to path, creating its folder, and never over
// anything that is there — a file, a link (even to nothing), a pipe: the
// new file is written beside it and linked into place, which fails when
// the path is taken (safefile.CreateNew).
func Init(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s: already exists; folio never writes over it", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: %w", path, err)
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	safefile.SweepStale(dir, initTemp, time.Minute)
	if err := safefile.CreateNew(path, []byte(Template), 0o644, initTemp); err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s: already exists; folio never writes over it", path)
		}
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}
