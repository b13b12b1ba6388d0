package library

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
)

// Source is one place articles are loaded from.
type Source struct {
	FS   fs.FS
	Name string // prefix shown before each file's path, e.g. the --dir argument; "" for none
}

// Options change what Load keeps.
type Options struct {
	Drafts bool // keep articles marked draft: true
}

// Extensions are the file name endings Load reads as articles.
var Extensions = []string{".md", ".markdown", ".mdx", ".txt"}

// MaxFileSize is the largest file Load reads; larger ones are reported.
const MaxFileSize = 8 << 20

// DirSource checks that dir is a readable folder and returns it as a Source.
func DirSource(dir string) (Source, error) {
	info, err := os.Stat(dir)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Source{}, fmt.Errorf("%s: no such folder", dir)
		}
		return Source{}, fmt.Errorf("%s: %v", dir, unwrapPath(err))
	}
	if !info.IsDir() {
		return Source{}, fmt.Errorf("%s: not a folder", dir)
	}
	return Source{FS: os.DirFS(dir), Name: dir}, nil
}

// Load reads every article of every source, in parallel. A file that
// cannot be read or parsed is recorded in Problems and never stops the
// others.
func Load(opts Options, sources ...Source) *Library {
	type job struct {
		src  Source
		path string
	}
	type result struct {
		article  *Article
		problems []Problem
	}
	var jobs []job
	var walkProblems []Problem
	for _, src := range sources {
		err := fs.WalkDir(src.FS, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				walkProblems = append(walkProblems, Problem{Path: displayPath(src, p), Message: unwrapPath(err).Error()})
				if d != nil && d.IsDir() && p != "." {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if p != "." && strings.HasPrefix(d.Name(), ".") {
					return fs.SkipDir // .git, .obsidian and the like
				}
				return nil
			}
			if isArticleFile(p) {
				jobs = append(jobs, job{src, p})
			}
			return nil
		})
		if err != nil {
			walkProblems = append(walkProblems, Problem{Path: src.Name, Message: err.Error()})
		}
	}

	results := make([]result, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(len(jobs), max(4, 2*runtime.GOMAXPROCS(0))) {
		wg.Go(func() {
			for i := range next {
				j := jobs[i]
				name := displayPath(j.src, j.path)
				a, warns, err := readArticle(j.src.FS, j.path, name)
				r := result{article: a}
				if err != nil {
					r.problems = append(r.problems, Problem{Path: name, Message: err.Error()})
				}
				for _, w := range warns {
					r.problems = append(r.problems, Problem{Path: name, Message: w, Kept: true})
				}
				results[i] = r
			}
		})
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()

	var arts []*Article
	problems := walkProblems
	for _, r := range results {
		problems = append(problems, r.problems...)
		if r.article != nil && (opts.Drafts || !r.article.Draft) {
			arts = append(arts, r.article)
		}
	}
	return newLibrary(arts, problems)
}

func readArticle(fsys fs.FS, p, name string) (*Article, []string, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	if info.IsDir() {
		return nil, nil, errors.New("is a folder, not a file")
	}
	if info.Size() > MaxFileSize {
		return nil, nil, fmt.Errorf("file is %d MB, larger than the %d MB folio reads", info.Size()>>20, MaxFileSize>>20)
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, nil, unwrapPath(err)
	}
	if len(data) > MaxFileSize {
		return nil, nil, fmt.Errorf("file grew past the %d MB folio reads", MaxFileSize>>20)
	}
	return Parse(name, data)
}

func isArticleFile(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	for _, e := range Extensions {
		if ext == e {
			return true
		}
	}
	return false
}

func displayPath(src Source, p string) string {
	if src.Name == "" {
		return p
	}
	if p == "." {
		return src.Name
	}
	return filepath.Join(src.Name, filepath.FromSlash(p))
}

// unwrapPath drops the "open x:" wrapping of a *fs.PathError: the
// Problem already names the file.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		if errors.Is(pe.Err, fs.ErrPermission) {
			return errors.New("permission denied")
		}
		if errors.Is(pe.Err, fs.ErrNotExist) {
			return errors.New("file disappeared before it could be read")
		}
		return pe.Err
	}
	return err
}
