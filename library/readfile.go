package library

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"io/fs"
)

// Reading files: small ones with bare system calls into a worker's
// buffer (readfile_unix.go) and kept in an arena, others the ordinary
// way, with a size cap; and what is not a file at all is not opened.

// arena hands out memory for the bytes of small files from large
// blocks, so that each costs its size (alone, a 4.2 KB file takes a
// 4.8 KB allocation) and the heap grows in few, large steps. An arena
// with a size of its own makes blocks of that size, not prefaulted (a
// worker's names of the files it reads: small, for a small library's
// sake).
type arena struct {
	block []byte
	size  int // a block's size; 0: arenaBlock, prefaulted
}

const arenaBlock = 1 << 20

// take is n bytes of the block, a new one made when it has no room; ok
// is false when n is over an eighth of a block, for the caller to
// allocate.
func (a *arena) take(n int) (_ []byte, ok bool) {
	size := cmp.Or(a.size, arenaBlock)
	if n > size/8 {
		return nil, false
	}
	if n > len(a.block) {
		a.block = make([]byte, size)
		if a.size == 0 {
			prefault(a.block)
		}
	}
	out := a.block[:n:n]
	a.block = a.block[n:]
	return out, true
}

func (a *arena) copy(b []byte) []byte {
	out, ok := a.take(len(b))
	if !ok {
		return bytes.Clone(b)
	}
	copy(out, b)
	return out
}

// join is dir, a slash and p, made in the arena.
func (a *arena) join(dir, p string) string {
	out, ok := a.take(len(dir) + 1 + len(p))
	if !ok {
		return dir + "/" + p
	}
	copy(out[copy(out, dir)+1:], p)
	out[len(dir)] = '/'
	return unsafeString(out)
}

// smallFile is the size of each worker's read buffer: files smaller than
// this are read with bare system calls (see readSmall).
const smallFile = 256 << 10

// readFile reads the file at p the ordinary way, refusing folders,
// anything else that is not a regular file, and files larger than
// MaxFileSize.
func readFile(fsys fs.FS, p string) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	return readOpened(f)
}

// readPath is readFile for a file of a folder on disk: opened so that a
// named pipe put in its place since the walk cannot make the open wait
// for a writer (openNoWait).
func readPath(path string) ([]byte, error) {
	f, err := openNoWait(path)
	if err != nil {
		return nil, unwrapPath(err)
	}
	defer f.Close()
	return readOpened(f)
}

func readOpened(f fs.File) ([]byte, error) {
	info, err := f.Stat()
	if err != nil {
		return nil, unwrapPath(err)
	}
	if info.IsDir() {
		return nil, errors.New("is a folder, not a file")
	}
	if why := notAFile(info.Mode().Type()); why != "" {
		return nil, errors.New(why)
	}
	if info.Size() > MaxFileSize {
		return nil, fmt.Errorf("file is %d MB, larger than the %d MB folio reads", info.Size()>>20, MaxFileSize>>20)
	}
	data, err := readFull(f, info.Size())
	if err != nil {
		return nil, unwrapPath(err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("file grew past the %d MB folio reads", MaxFileSize>>20)
	}
	return data, nil
}

// readFull reads f to its end, or to one byte past MaxFileSize, into a
// buffer sized by the size f had when it was opened (one read when that
// still holds, as os.ReadFile does).
func readFull(f io.Reader, size int64) ([]byte, error) {
	data := make([]byte, 0, min(size, MaxFileSize)+1)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
		if len(data) > MaxFileSize {
			return data, nil
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)] // the file grew: make room
		}
	}
}

// unreadable says why the entry d at p, named like an article, is not
// read at all: opening a named pipe would wait forever for a writer, and
// a device or socket holds no article. A symbolic link is judged by what
// it points to; "" lets the read report anything else.
func unreadable(fsys fs.FS, p string, d fs.DirEntry) string {
	t := d.Type()
	if t&fs.ModeSymlink != 0 {
		info, err := fs.Stat(fsys, p)
		if errors.Is(err, fs.ErrNotExist) {
			return "symbolic link to a file that does not exist"
		}
		if err != nil {
			return ""
		}
		t = info.Mode().Type()
	}
	return notAFile(t)
}

// notAFile says why a file of type t holds no article, or "" for a
// regular file (and for anything notAFile cannot tell).
func notAFile(t fs.FileMode) string {
	switch {
	case t&fs.ModeNamedPipe != 0:
		return "a named pipe, not a file; not read"
	case t&fs.ModeSocket != 0:
		return "a socket, not a file; not read"
	case t&(fs.ModeDevice|fs.ModeCharDevice) != 0:
		return "a device, not a file; not read"
	case t&fs.ModeIrregular != 0:
		return "not a regular file; not read"
	}
	return ""
}
