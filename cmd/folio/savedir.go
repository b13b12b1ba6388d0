package main

import (
	"os"
	"path/filepath"

	"github.com/adrg/xdg"
)

// defaultSaveDir is $XDG_DATA_HOME/folio/articles, XDG_DATA_HOME read
// from the environment folio runs in (the platform's data folder when it
// is unset or not absolute).
func defaultSaveDir(getenv func(string) string) string {
	base := getenv("XDG_DATA_HOME")
	if base == "" || !filepath.IsAbs(base) {
		base = xdg.DataHome
	}
	return filepath.Join(base, "folio", "articles")
}

// saveDir is where folio add without --to and the reader's save key
// write: the config's first dirs entry, else defaultSaveDir.
func (g *globals) saveDir() string {
	if dirs := g.config().Dirs; len(dirs) > 0 {
		return dirs[0]
	}
	return g.dataDir
}

// savedFolder is the default save folder as a library folder, when it
// exists: what folio add saved without --to is read with no --dir.
func (g *globals) savedFolder() []string {
	if g.dataDir == "" {
		return nil
	}
	if info, err := os.Stat(g.dataDir); err != nil || !info.IsDir() {
		return nil
	}
	return []string{g.dataDir}
}
