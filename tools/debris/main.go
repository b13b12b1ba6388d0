// Command debris counts the articles of a corpus whose rendering shows
// the markup they were written in instead of what it means: raw
// shortcodes, Liquid tags, HTML comments and tags, reference links left
// as [text][label], heading attributes, admonition and container
// markers, wiki links, MDX statements. A file whose program exits with
// an error, or prints nothing, counts too.
//
//	go run ./tools/debris -corpus /tmp/corpus -n 200 -seed 1 -folio BIN [-glow BIN]
//
// The sample is n files drawn from every .md, .mdx and .markdown file
// under the corpus that holds any text by a seeded shuffle, so the same seed and corpus give
// the same sample; -n 0 takes every file. Each file is rendered by
// `folio show FILE --width 80 --color never --images off` (and by
// `glow -s notty -w 80 FILE` when -glow is given), the output stripped
// of escape sequences, and each pattern counted in it. The source's own
// code (fenced and indented blocks, code spans, Liquid raw bodies) may
// show any of them: a pattern is debris only when the output holds more
// of it than the source's code does. -v lists each file and what was
// found; -keep DIR writes every output there.
//
// The corpus is not part of folio: fetch public sites' sources into a
// folder of your own (docs/content.md says which were measured).
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
)

func main() {
	corpus := flag.String("corpus", "/tmp/corpus", "folder of markdown files")
	n := flag.Int("n", 200, "files to sample; 0 for all")
	seed := flag.Uint64("seed", 1, "seed of the sample")
	folio := flag.String("folio", "", "folio binary (required)")
	glow := flag.String("glow", "", "glow binary, to count its debris on the same sample")
	jobs := flag.Int("j", 2, "files rendered at once")
	verbose := flag.Bool("v", false, "list every file with debris and what it shows")
	keep := flag.String("keep", "", "write each output to this folder")
	explain := flag.String("explain", "", "show, for this one file, each pattern's count in the output and in the source's code")
	flag.Parse()
	if *explain != "" && *folio != "" {
		explainFile(folioProgram(*folio), *explain)
		return
	}
	if *folio == "" {
		fmt.Fprintln(os.Stderr, "debris: -folio BIN is required")
		os.Exit(2)
	}
	files, err := sample(*corpus, *n, *seed)
	if err != nil {
		fmt.Fprintln(os.Stderr, "debris:", err)
		os.Exit(1)
	}
	fmt.Printf("corpus %s: %d files sampled (seed %d)\n", *corpus, len(files), *seed)
	progs := []program{folioProgram(*folio)}
	if *glow != "" {
		progs = append(progs, glowProgram(*glow))
	}
	for _, p := range progs {
		res := run(p, files, *jobs, *keep)
		report(os.Stdout, p.name, *corpus, res, *verbose)
	}
}

// sample lists the corpus's markdown files, sorted, and draws n of them
// with a shuffle seeded by seed.
func sample(root string, n int, seed uint64) ([]string, error) {
	var files []string
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.Type().IsRegular() && isMarkdown(p) && hasText(p) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("reading the corpus %s: %w", root, err)
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("%s holds no markdown files", root)
	}
	slices.Sort(files)
	r := rand.New(rand.NewPCG(seed, 0x666f6c696f))
	r.Shuffle(len(files), func(i, j int) { files[i], files[j] = files[j], files[i] })
	if n > 0 && n < len(files) {
		files = files[:n]
	}
	return files, nil
}

// hasText reports a file with something besides white space in it: an
// empty file (a test fixture's placeholder) is no article to read.
func hasText(p string) bool {
	data, err := os.ReadFile(p)
	return err != nil || strings.TrimSpace(string(data)) != ""
}

func isMarkdown(p string) bool {
	switch strings.ToLower(filepath.Ext(p)) {
	case ".md", ".mdx", ".markdown":
		return true
	}
	return false
}

// result is what one file's rendering showed.
type result struct {
	file   string
	failed string   // why the run counts whatever it printed: an exit status, no output
	found  []string // the patterns shown beyond the source's code
}

func run(p program, files []string, jobs int, keep string) []result {
	out := make([]result, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for range max(jobs, 1) {
		wg.Go(func() {
			for i := range next {
				out[i] = check(p, files[i], keep)
			}
		})
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

func check(p program, file, keep string) result {
	r := result{file: file}
	src, err := os.ReadFile(file)
	if err != nil {
		r.failed = err.Error()
		return r
	}
	text, failed := p.render(file)
	if keep != "" {
		name := strings.NewReplacer("/", "_").Replace(strings.TrimPrefix(file, "/")) + "." + p.name + ".txt"
		_ = os.WriteFile(filepath.Join(keep, name), []byte(text), 0o644)
	}
	if failed != "" {
		r.failed = failed
		return r
	}
	if strings.TrimSpace(text) == "" {
		r.failed = "printed nothing"
		return r
	}
	r.found = debris(text, allowed(src))
	return r
}

func report(w *os.File, name, root string, res []result, verbose bool) {
	bad, failed := 0, 0
	byPattern := map[string]int{}
	for _, r := range res {
		if r.failed != "" {
			failed++
		}
		if r.failed != "" || len(r.found) > 0 {
			bad++
		}
		for _, f := range r.found {
			byPattern[f]++
		}
		if verbose && (r.failed != "" || len(r.found) > 0) {
			rel, _ := filepath.Rel(root, r.file)
			what := strings.Join(r.found, " ")
			if r.failed != "" {
				what = r.failed
			}
			fmt.Fprintf(w, "  %s  %s: %s\n", name, rel, what)
		}
	}
	fmt.Fprintf(w, "%s: %d of %d files show debris (%.1f%%); %d exit non-zero or print nothing\n",
		name, bad, len(res), 100*float64(bad)/float64(max(len(res), 1)), failed)
	var names []string
	for k := range byPattern {
		names = append(names, k)
	}
	slices.SortFunc(names, func(a, b string) int { return byPattern[b] - byPattern[a] })
	for _, k := range names {
		fmt.Fprintf(w, "  %-16s %d\n", k, byPattern[k])
	}
}

// explainFile prints what check counted for one file: each pattern's
// matches in the output beside those in the source's code.
func explainFile(p program, file string) {
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "debris:", err)
		os.Exit(1)
	}
	out, failed := p.render(file)
	code := allowed(src)
	fmt.Printf("%s: failed %q\n", file, failed)
	for _, pt := range patterns {
		if o, c := pt.count(out), pt.count(code); o > 0 || c > 0 {
			fmt.Printf("  %-16s output %d, code %d\n", pt.name, o, c)
		}
	}
}
