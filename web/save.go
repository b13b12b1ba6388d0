package web

import (
	"bytes"
	"context"
	"fmt"
	"github.com/folio-reader/folio/library"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"time"

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
		return nil, fmt.Errorf("%s: cannot save: %v", rawURL, err)
	}
	target, updated, err := s.target(rawURL, doc.URL, slug)
	if err != nil {
		return nil, err
	}
	if art != nil {
		if updated {
			// the tags and categories given when it was first saved stay
			tags, cats := savedTerms(target)
			art.Tags = unique(art.Tags, tags)
			art.Categories = unique(art.Categories, cats)
		}
		content = art.Markdown(now())
	}
	if err := writeAtomic(target, content); err != nil {
		return nil, fmt.Errorf("%s: cannot save: %v", rawURL, err)
	}
	name := strings.TrimSuffix(filepath.Base(target), ".md")
	return &Saved{Slug: name, Path: target, Updated: updated, Article: art}, nil
}

// target picks the file to write: the earlier save of the URL, unless
// Keep, else a free name from slug.
func (s *Saver) target(rawURL, finalURL, slug string) (string, bool, error) {
	if !s.Keep {
		prev, err := findSaved(s.Dir, rawURL, finalURL)
		if err != nil {
			return "", false, fmt.Errorf("%s: %v", rawURL, err)
		}
		if prev != "" {
			data, err := os.ReadFile(prev)
			if err != nil {
				return "", false, fmt.Errorf("%s: %v", rawURL, err)
			}
			if !s.Force && !Unedited(data) {
				return "", false, fmt.Errorf("%s: %s was edited since folio saved it; --force replaces it, --keep saves a new copy", rawURL, prev)
			}
			return prev, true, nil
		}
	}
	for i := 1; ; i++ {
		name := slug
		if i > 1 {
			name += "-" + strconv.Itoa(i)
		}
		p := filepath.Join(s.Dir, name+".md")
		if _, err := os.Lstat(p); os.IsNotExist(err) {
			return p, false, nil
		}
	}
}

// findSaved returns the file of dir whose frontmatter's source is one
// of urls, or "".
func findSaved(dir string, urls ...string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", err
	}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".md") {
			continue
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
	f, err := os.Open(p)
	if err != nil {
		return ""
	}
	defer f.Close()
	head := make([]byte, 16<<10)
	n, _ := io.ReadFull(f, head)
	fm, ok := frontmatterOf(head[:n])
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
func savedTerms(p string) (tags, categories []string) {
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, nil
	}
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

// writeAtomic writes data to a temporary file beside p and renames it
// over p, so p is either what it was or all of data.
func writeAtomic(p string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(p), ".folio-add-*.tmp")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), p)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
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
// are cut at a word.
const maxSlug = 60

// slugify is the library's slug of s, cut at the first word boundary
// past maxSlug bytes, so the file name and the slug folio lists agree.
func slugify(s string) string {
	slug := library.Slugify(s)
	if i := strings.IndexByte(slug[min(len(slug), maxSlug):], '-'); i >= 0 {
		return slug[:maxSlug+i]
	}
	return slug
}
