package ui

import (
	"io"
	"os"
	"os/exec"
	"runtime"

	"github.com/aymanbagabas/go-osc52/v2"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/folio-reader/folio/ui/reader"
)

// opener opens links that leave the library: with the system's opener
// on a local session, else by copying them to the terminal's clipboard
// with OSC 52, which works over SSH.
type opener struct {
	goos     string
	getenv   func(string) string
	lookPath func(string) (string, error)
	start    func(*exec.Cmd) error // starts without waiting
	clip     io.Writer             // the terminal, for OSC 52
}

func systemOpener() opener {
	return opener{goos: runtime.GOOS, getenv: os.Getenv, lookPath: exec.LookPath, start: startDetached, clip: os.Stdout}
}

// startDetached starts a command and reaps it in the background, so the
// TUI never waits for a browser.
func startDetached(c *exec.Cmd) error {
	if err := c.Start(); err != nil {
		return err
	}
	go func() { _ = c.Wait() }()
	return nil
}

// command is the system's opener for url, or nil over SSH or when the
// system has none.
func (o opener) command(url string) *exec.Cmd {
	if o.getenv("SSH_CONNECTION") != "" || o.getenv("SSH_TTY") != "" {
		return nil // a browser would open on the far machine
	}
	var name string
	var args []string
	switch o.goos {
	case "darwin":
		name = "open"
	case "windows":
		name, args = "rundll32", []string{"url.dll,FileProtocolHandler"}
	default:
		if o.getenv("DISPLAY") == "" && o.getenv("WAYLAND_DISPLAY") == "" && o.goos != "android" {
			return nil // no graphical session to open a browser in
		}
		name = "xdg-open"
	}
	path, err := o.lookPath(name)
	if err != nil {
		return nil
	}
	c := exec.Command(path, append(args, url)...)
	c.Stdin, c.Stdout, c.Stderr = nil, nil, nil
	return c
}

// openedMsg reports how a link was opened.
type openedMsg struct {
	url    string
	copied bool // copied to the clipboard rather than opened
	err    error
}

func (m openedMsg) note() string {
	switch {
	case m.err != nil:
		return "Could not open " + m.url + ": " + m.err.Error()
	case m.copied:
		return "Copied " + m.url + " to the clipboard (OSC 52)"
	}
	return "Opened " + m.url + " in the browser"
}

// open is a command that opens url, falling back to the clipboard.
func (o opener) open(url string) tea.Cmd {
	return func() tea.Msg {
		if c := o.command(url); c != nil && reader.WebLink(url) { // never start another scheme's program
			if err := o.start(c); err == nil {
				return openedMsg{url: url}
			}
		}
		seqs := []osc52.Sequence{osc52.New(url)}
		// tmux takes the plain sequence with set-clipboard on, the
		// wrapped one with allow-passthrough on; screen needs it wrapped
		if o.getenv("TMUX") != "" {
			seqs = append(seqs, osc52.New(url).Tmux())
		} else if o.getenv("STY") != "" {
			seqs = []osc52.Sequence{osc52.New(url).Screen()}
		}
		for _, seq := range seqs {
			if _, err := seq.WriteTo(o.clip); err != nil {
				return openedMsg{url: url, err: err}
			}
		}
		return openedMsg{url: url, copied: true}
	}
}
