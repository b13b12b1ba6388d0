package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/folio-reader/folio/internal/safefile"
	"github.com/folio-reader/folio/library"
	"gopkg.in/yaml.v2"
)

// Saver saves web pages as articles into a folder: `folio add`, and the
// reader's key that saves a linked page.
type Saver struct {
	Client     *Client // nil: a Client with the defaults
	Dir        string  // created when missing
	Tags       []string
	Categories []string
	Keep       bool // a URL saved before is saved again into a new file
	Force      bool // replace a saved file even when its reader edited it
	Now        func() time.Time
}

// Saved says where a page went.
type Saved struct {
	Slug    string
	Path    string
	Updated bool     // an earlier save of the same URL was replaced
	Article *Article // nil when the URL was a markdown or text file
}

// Save fetches rawURL into dir with the defaults and returns the path
// of the file written.
func Save(ctx context.Context, rawURL, dir string) (string, error) {
	s, err := (&Saver{Dir: dir}).Save(ctx, rawURL)
	if err != nil {
		return "", err
	}
	return s.Path, nil
}

// Save fetches rawURL, extracts its article and writes it to
// Dir/<slug>.md, atomically: on any error no file is left. A URL saved
// before replaces its file (same slug) unless Keep; a saved file its
// reader has edited since is replaced only with Force. Errors are one
// line and name the URL.
func (s *Saver) Save(ctx context.Context, rawURL string) (*Saved, error) {
	c := s.Client
	if c == nil {
		c = &Client{}
	}
	now := time.Now
	if s.Now != nil {
		now = s.Now
	}
	doc, err := c.Get(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	var (
		content []byte
		slug    string
		art     *Article
	)
	switch {
	case IsHTML(doc.ContentType):
		art, err = Extract(doc)
		if err != nil {
			return nil, err
		}
		art.Tags = unique(art.Tags, s.Tags)
		art.Categories = unique(art.Categories, s.Categories)
		slug = slugify(art.Title)
	case IsMarkdownOrText(doc.ContentType) || isMarkdownPath(doc.URL):
		content = withSource(doc.Body, doc.URL, now())
	default:
		return nil, fmt.Errorf("%s: not a web page or a markdown file (%s)", rawURL, orUnknown(doc.ContentType))
	}
	if slug == "" {
		slug = urlSlug(doc.URL)
	}
	if err := os.MkdirAll(s.Dir, 0o755); err != nil {
		return nil, fmt.Errorf("%s: cannot save: %w", rawURL, err)
	}
	safefile.SweepStale(s.Dir, tmpPrefix, staleTemp)
	prev, prevData, err := s.previous(rawURL, doc.URL)
	if err != nil {
		return nil, err
	}
	if art != nil {
		if prev != "" {
			// the tags and categories given when it was first saved stay
			tags, cats := savedTerms(prevData)
			art.Tags = unique(art.Tags, tags)
			art.Categories = unique(art.Categories, cats)
		}
		content = art.Markdown(now())
	}
	target := prev
	if prev != "" {
		err = safefile.Replace(prev, content, 0o644, tmpPrefix)
	} else {
		target, err = s.createNew(slug, content)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: cannot save: %w", rawURL, err)
	}
	name := strings.TrimSuffix(filepath.Base(target), ".md")
	return &Saved{Slug: name, Path: target, Updated: prev != "", Article: art}, nil
}

// tmpPrefix names the temporary files of a save; staleTemp is how old
// one must be for the next save to sweep it (a save killed with -9 left
// it): far longer than any save takes.
const (
	tmpPrefix = ".folio-add-"
	staleTemp = time.Minute
)

// maxNames is how many names createNew tries: slug.md, slug-2.md, …
const maxNames = 1000

// previous finds the earlier save of the URL, unless Keep, and reads it:
// "" when there is none. A saved file its reader edited since is an
// error, unless Force.
func (s *Saver) previous(rawURL, finalURL string) (string, []byte, error) {
	if s.Keep {
		return "", nil, nil
	}
	prev, err := findSaved(s.Dir, rawURL, finalURL)
	if err != nil || prev == "" {
		if err != nil {
			err = fmt.Errorf("%s: %w", rawURL, err)
		}
		return "", nil, err
	}
	data, err := safefile.ReadRegular(prev, maxSavedBytes)
	if err != nil {
		return "", nil, fmt.Errorf("%s: %w", rawURL, err)
	}
	if !s.Force && !Unedited(data) {
		return "", nil, fmt.Errorf("%s: %s was edited since folio saved it; --force replaces it, --keep saves a new copy", rawURL, prev)
	}
	return prev, data, nil
}

// maxSavedBytes bounds a saved file folio reads back: a page is at most
// DefaultMaxBytes, and its markdown is smaller.
const maxSavedBytes = 4 * DefaultMaxBytes

// createNew writes content to the first free name of slug.md, slug-2.md,
// …: created exclusively, so a file, a link or a pipe already at a name
// is never touched and the next name is tried. Any other error (a name
// too long, a folder that cannot be written) ends the search.
func (s *Saver) createNew(slug string, content []byte) (string, error) {
	for i := 1; i <= maxNames; i++ {
		name := slug
		if i > 1 {
			name += "-" + strconv.Itoa(i)
		}
		p := filepath.Join(s.Dir, name+".md")
		err := safefile.CreateNew(p, content, 0o644, tmpPrefix)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return "", err
		}
	}
	return "", fmt.Errorf("%s.md and %d other names are taken in %s", slug, maxNames-1, s.Dir)
}

// findSaved returns the file of dir whose frontmatter's source is one
// of urls, or "".
func findSaved(dir string, urls ...string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".md") {
			continue // a pipe named x.md would block the read
		}
		p := filepath.Join(dir, e.Name())
		if src := sourceOf(p); src != "" {
			for _, u := range urls {
				if src == u {
					return p, nil
				}
			}
		}
	}
	return "", nil
}

// sourceOf reads the source key of a file's frontmatter, "" when none.
func sourceOf(p string) string {
	head, err := safefile.ReadPrefix(p, 16<<10)
	if err != nil {
		return ""
	}
	fm, ok := frontmatterOf(head)
	if !ok {
		return ""
	}
	for l := range bytes.SplitSeq(fm, []byte("\n")) {
		if v, ok := bytes.CutPrefix(l, []byte("source:")); ok {
			var s string
			if yaml.Unmarshal(v, &s) == nil {
				return s
			}
		}
	}
	return ""
}

// savedTerms reads the tags and categories of a saved article.
func savedTerms(data []byte) (tags, categories []string) {
	fm, ok := frontmatterOf(data)
	if !ok {
		return nil, nil
	}
	var f struct {
		Tags       []string `yaml:"tags"`
		Categories []string `yaml:"categories"`
	}
	if yaml.Unmarshal(fm[len("---\n"):], &f) != nil {
		return nil, nil
	}
	return f.Tags, f.Categories
}

// withSource gives a fetched markdown file its source, saved time and
// checksum: added at the top of its YAML frontmatter, or as a new one.
// A file that names its own source keeps it.
func withSource(body []byte, src string, saved time.Time) []byte {
	body = bytes.ReplaceAll(body, []byte("\r\n"), []byte("\n"))
	fm, hasFM := frontmatterOf(body)
	var items yaml.MapSlice
	if !hasFM || !bytes.HasPrefix(fm, []byte("---\nsource:")) && !bytes.Contains(fm, []byte("\nsource:")) {
		items = append(items, yaml.MapItem{Key: "source", Value: src})
	}
	items = append(items, yaml.MapItem{Key: "saved", Value: saved.UTC().Format(time.RFC3339)})
	lines, _ := yaml.Marshal(items) // strings always marshal
	var b bytes.Buffer
	b.WriteString("---\n")
	b.Write(lines)
	b.WriteString(HashKey + ": \n")
	if hasFM {
		b.Write(body[len("---\n"):])
	} else {
		b.WriteString("---\n\n")
		b.Write(body)
	}
	return sealed(b.Bytes())
}

func isMarkdownPath(u string) bool {
	switch strings.ToLower(path.Ext(strings.SplitN(u, "?", 2)[0])) {
	case ".md", ".markdown", ".txt":
		return true
	}
	return false
}

// urlSlug names a page by the last part of its path, else its host.
func urlSlug(u string) string {
	p := strings.SplitN(strings.SplitN(u, "?", 2)[0], "#", 2)[0]
	if i := strings.Index(p, "://"); i >= 0 {
		p = p[i+3:]
	}
	parts := strings.Split(strings.Trim(p, "/"), "/")
	for i := len(parts) - 1; i >= 0; i-- {
		base := parts[i]
		if i > 0 { // a file name, not the host
			base = strings.TrimSuffix(base, path.Ext(base))
		}
		if base == "index" && i > 0 {
			continue
		}
		if s := slugify(base); s != "" {
			return s
		}
	}
	return "page"
}

// maxSlug is the longest slug made from a title, in bytes; longer ones
// are cut at the first word boundary past it, and at maxSlugHard bytes
// whatever it is (one 300-letter word would otherwise make a name too
// long for the file system).
const (
	maxSlug     = 60
	maxSlugHard = 80
)

// slugify is the library's slug of s, cut short, so the file name and
// the slug folio lists agree.
func slugify(s string) string {
	slug := library.Slugify(s)
	if i := strings.IndexByte(slug[min(len(slug), maxSlug):], '-'); i >= 0 {
		slug = slug[:maxSlug+i]
	}
	if len(slug) > maxSlugHard {
		cut := maxSlugHard
		for cut > 0 && !utf8.RuneStart(slug[cut]) {
			cut--
		}
		slug = strings.TrimRight(slug[:cut], "-")
	}
	return slug
}
