package library

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/folio-reader/folio/internal/safefile"
)

// An index names the build that wrote it, and only that build reads it:
// what Parse makes of a file changes with the code. The build is named
// by the index format's version and a SHA-256 of the running
// executable's bytes, so a build of the same size and modification time
// (a Nix store, install -p, touch -r) is still another build.
//
// Hashing the executable (about 20 MB, 10 ms) is done once per build:
// the hash is kept in the cache folder, in build-<hash of its path>.id,
// under the executable's file key (size, modification time, inode and
// change time), and later starts only stat the executable and read that
// small file.

// buildIDs holds, for the life of the process, the build ID found for
// each cache folder.
var buildIDs sync.Map

// buildID names the running build for the indexes of cacheDir, or ""
// when the executable cannot be read: no index is used then.
func buildID(cacheDir string) string {
	if id, ok := buildIDs.Load(cacheDir); ok {
		return id.(string)
	}
	name, err := os.Executable()
	if err != nil {
		return ""
	}
	id, err := buildIDOf(runningExecutable(name), name, cacheDir)
	if err != nil {
		return ""
	}
	buildIDs.Store(cacheDir, id)
	return id
}

// buildIDOf is the build ID of the executable read at open, known to
// the user as name, using and updating the hash kept in cacheDir.
func buildIDOf(open, name, cacheDir string) (string, error) {
	f, err := os.Open(open)
	if err != nil {
		return "", err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return "", err
	}
	if !info.Mode().IsRegular() {
		return "", errors.New("executable is not a regular file")
	}
	h := fnv.New64a()
	h.Write([]byte(name))
	kept := filepath.Join(cacheDir, fmt.Sprintf("build-%016x.id", h.Sum64()))
	key := fmt.Sprintf("%v", keyOf(info))
	if data, err := safefile.ReadRegular(kept, 4096); err == nil {
		if k, sum, ok := strings.Cut(strings.TrimSpace(string(data)), "\n"); ok && k == key && len(sum) == 2*sha256.Size {
			return buildName(sum), nil
		}
	}
	sha := sha256.New()
	if _, err := io.Copy(sha, f); err != nil {
		return "", err
	}
	sum := hex.EncodeToString(sha.Sum(nil))
	keepBuildID(kept, key+"\n"+sum+"\n") // if it cannot be kept, it is hashed again next time
	return buildName(sum), nil
}

func buildName(sum string) string { return fmt.Sprintf("folio index %d %s", indexVersion, sum) }

// keepBuildID writes the file kept, whole or not at all.
func keepBuildID(kept, content string) {
	if os.MkdirAll(filepath.Dir(kept), 0o700) != nil {
		return
	}
	t, err := newTempFile(filepath.Dir(kept), filepath.Base(kept)+".tmp")
	if err != nil {
		return
	}
	if _, err := t.WriteString(content); err != nil {
		t.discard()
		return
	}
	t.replace(kept)
}
