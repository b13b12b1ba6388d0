package main

import (
	"os"

	"github.com/folio-reader/folio/library"
)

// noCacheEnv turns the index cache off when set to anything but "".
const noCacheEnv = "FOLIO_NO_CACHE"

// cacheDir is where loads keep the index cache of --dir folders:
// library.DefaultCacheDir (folio/index in the user's cache folder, which
// XDG_CACHE_HOME moves), or "" — no cache — when FOLIO_NO_CACHE is set.
// The bundled articles are never cached: they are parsed from the binary.
func cacheDir() string {
	if os.Getenv(noCacheEnv) != "" {
		return ""
	}
	return library.DefaultCacheDir()
}
