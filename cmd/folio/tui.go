package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/adrg/xdg"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/folio-reader/folio/library"
	"github.com/folio-reader/folio/state"
	"github.com/folio-reader/folio/ui"
	"github.com/folio-reader/folio/ui/keymap"
	"github.com/folio-reader/folio/ui/render"
	"github.com/folio-reader/folio/ui/render/picture"
	"github.com/folio-reader/folio/watch"
	"github.com/folio-reader/folio/web"
	"github.com/muesli/termenv"
	"golang.org/x/term"
)

// tuiOptions is what the reader needs from the command line.
type tuiOptions struct {
	Style     string // glamour style, resolved once: dark, light or notty
	Color     bool   // whether output may carry colour codes
	Stdout    io.Writer
	Stderr    io.Writer
	StateFile func() (string, error) // where folio's state lives
	KeysFile  func() (string, error) // the keys file, when there is one
	Watch     []string               // --watch: the folders to follow live
	Links     bool                   // emit OSC 8 hyperlinks
	Drafts    bool
	Load      ui.Loader    // loads the rest of the library while lib is shown, or nil
	Pending   *pendingLoad // follows Load past the reader, so that its index is written; or nil
	Open      string       // the slug of the article to open at once, or ""
	// KeysFromTTY: stdin held the article, so keys are read from the
	// terminal itself (/dev/tty).
	KeysFromTTY bool
	NoMouse     bool           // mouse = false in the config: the terminal keeps its selection
	NoImages    bool           // images = "off" in the config: pictures as alt text
	Measure     int            // width in the config: the reader's measure (0: its own)
	KeysTable   map[string]any // the config's [keys] table, used instead of the keys file
	KeysName    string         // what errors call it
	SaveDir     string         // where the reader's save key writes (savedir.go)
	StdinKey    string         // what the article read from stdin is remembered under (stdinKey)
	// PictureFolders are the only folders the reader draws pictures
	// from: the library's, and those of the files given on their own.
	PictureFolders []string
}

// tui reads what the reader needs from the global flags: --style,
// --drafts and the folders.
func (g *globals) tui(e *env) (*library.Library, tuiOptions, error) {
	style, err := g.styleName()
	if err != nil {
		return nil, tuiOptions{}, err
	}
	pending := &pendingLoad{}
	lib, load, err := g.tuiLibrary(e, pending) // the reader reports problems itself
	if err != nil {
		return nil, tuiOptions{}, err
	}
	return lib, tuiOptions{
		Style:     e.resolveStyle(style),
		Color:     e.color(),
		Stdout:    e.stdout,
		Stderr:    e.stderr,
		StateFile: state.DefaultPath,
		KeysFile:  func() (string, error) { return xdg.SearchConfigFile(keysFile) },
		Links:     e.color() && hyperlinkTerminal(e.getenv),
		Load:      load,
		Pending:   pending,
		NoMouse:   !g.config().Mouse,
		NoImages:  g.config().Images == render.ImagesOff,
		Measure:   g.config().Width,
		KeysTable: g.config().Keys,
		KeysName:  g.config().Path + " [keys]",
		SaveDir:   g.saveDir(),
	}, nil
}

// runTUI opens the reader on the library. When stdout is not a terminal
// it prints the list instead (and touches no state). Load problems are
// printed to stderr once the reader closes, so the alternate screen does
// not hide them.
func runTUI(lib *library.Library, o tuiOptions) error {
	f, ok := underlying(o.Stdout).(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		if o.Load != nil {
			lib = o.Load(nil)
		}
		for _, p := range lib.Problems {
			fmt.Fprintln(o.Stderr, p.String())
		}
		return printArticles(o.Stdout, lib.Articles, 0)
	}
	profile := termenv.Ascii
	if o.Color {
		profile = termenv.NewOutput(f).EnvColorProfile()
	}
	// Styles are resolved here, once: nothing in ui asks the terminal.
	// Without colour the UI's styles carry none, and the ANSI profile
	// keeps their bold and reverse so the selection still shows.
	if o.Color {
		lipgloss.SetColorProfile(profile)
	} else {
		lipgloss.SetColorProfile(termenv.ANSI)
	}
	lipgloss.SetHasDarkBackground(o.Style != "light")
	opts := ui.Options{Style: o.Style, Color: o.Color, Profile: profile, StatePath: o.statePath, Load: o.Load}
	openState(&opts, o.StateFile)
	opts.Drafts, opts.Hyperlinks = o.Drafts, o.Links
	opts.Images = readerImages(o.Color && !o.NoImages)
	opts.Pictures = picture.NewCache(o.PictureFolders...)
	defer opts.Pictures.Close()
	opts.Measure = o.Measure
	opts.SaveDir, opts.Save = o.SaveDir, web.Save // the links list's save key (folio add)
	if o.KeysTable != nil {
		km, err := keymap.FromTable(o.KeysName, o.KeysTable)
		opts.Keys = &km
		if err != nil {
			opts.Problems = append(opts.Problems, keymap.Problem(o.KeysName, err))
		}
	} else {
		loadKeys(&opts, o.KeysFile)
	}
	if len(o.Watch) > 0 {
		w, err := watch.New(o.Watch, library.Extensions, 200*time.Millisecond)
		if err != nil {
			return fmt.Errorf("--watch: %w", err)
		}
		defer w.Close()
		opts.Changes = w.Changes()
	}
	opts.Open = o.Open
	progOpts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithOutput(f)}
	if !o.NoMouse {
		progOpts = append(progOpts, tea.WithMouseCellMotion())
	}
	if o.KeysFromTTY {
		tty, err := openTTY()
		if err != nil {
			return err
		}
		defer tty.Close()
		progOpts = append(progOpts, tea.WithInput(tty))
	}
	p := tea.NewProgram(ui.New(lib, opts), progOpts...)
	stopHangup := quitOnHangup(p)
	final, err := p.Run()
	hungUp := stopHangup()
	if m, ok := final.(ui.Model); ok {
		lib = m.Library() // the whole library, unless the reader closed before it loaded
		save := m.SaveNow
		if hungUp {
			save = m.SaveAfterHangup
		}
		if serr := save(); serr != nil {
			fmt.Fprintf(o.Stderr, "folio: %v\n", serr)
		}
	}
	if o.Pending != nil {
		o.Pending.finish(o.Stderr, indexWait)
	}
	for _, p := range lib.Problems {
		fmt.Fprintln(o.Stderr, p.String())
	}
	for _, p := range opts.Problems {
		fmt.Fprintln(o.Stderr, p.String())
	}
	for _, w := range opts.StateWarnings {
		fmt.Fprintf(o.Stderr, "folio: %s\n", w)
	}
	return err
}

// openState opens folio's state file into opts. It never fails: a
// problem becomes a warning and folio remembers nothing this session.
func openState(opts *ui.Options, file func() (string, error)) {
	if file == nil {
		return
	}
	path, err := file()
	if err != nil {
		opts.StateWarnings = []string{fmt.Sprintf("no state directory (%v); nothing will be remembered this session", err)}
		return
	}
	store, st, warns, err := state.Open(path)
	if err != nil {
		opts.StateWarnings = []string{fmt.Sprintf("state: %v; nothing will be remembered this session", err)}
		return
	}
	opts.Store, opts.Saved, opts.StateWarnings = store, st, warns
}

// hyperlinkTerminal guesses whether the terminal takes OSC 8 hyperlinks.
// Most terminal emulators do, and the rest ignore them; the Linux console
// and dumb terminals print them, so they get none.
func hyperlinkTerminal(getenv func(string) string) bool {
	switch getenv("TERM") {
	case "", "dumb", "linux":
		return false
	}
	return true
}

// keysFile is where folio looks for remapped keys, under the user's
// config directory ($XDG_CONFIG_HOME, then $XDG_CONFIG_DIRS).
const keysFile = "folio/keys.toml"

// loadKeys reads the keys file into opts. A bad file is a problem, shown
// in the reader, and folio starts with the default keys.
func loadKeys(opts *ui.Options, file func() (string, error)) {
	if file == nil {
		return
	}
	path, err := file()
	if err != nil {
		return // no keys file: the defaults
	}
	km, err := keymap.Load(path)
	opts.Keys = &km
	if err != nil {
		opts.Problems = append(opts.Problems, keymap.Problem(path, err))
	}
}

// statePath is where the reader remembers an article: as statePath
// says, but the article read from standard input by its content, never
// as a path, which every piped article would share.
func (o tuiOptions) statePath(p string) string {
	if p == "-" {
		return o.StdinKey
	}
	return statePath(p)
}

// stdinKey is what an article read from standard input is remembered
// under: a hash of its text, so piping the same article again opens it
// where it was left, and another one opens at its top.
func stdinKey(a *library.Article) string {
	sum := sha256.Sum256([]byte(a.Title + "\x00" + a.Body))
	return "stdin:" + hex.EncodeToString(sum[:8])
}

// statePath is the path an article is remembered under: a bundled
// article by its bundled/ name, a URL as it is, a file on disk by its
// absolute path, so a folder given as ../blog or ~/blog is the same
// folder.
func statePath(p string) string {
	if strings.HasPrefix(p, bundledName+string(filepath.Separator)) || web.IsURL(p) {
		return p
	}
	if abs, err := filepath.Abs(p); err == nil {
		return abs
	}
	return p
}
