// Command measure times folio on a synthetic library against a program
// that only reads the same files, as whole processes, in one run:
//
//	go run ./tools/measure -n 10000 -size 4096 -runs 7
//
// It builds folio, writes the library (or uses -dir), then runs, in turn
// and repeatedly so that every kind sees the same noise:
//
//   - read: this program in -read mode, walking the folder and reading
//     every file with 8 goroutines (the floor the targets are set against);
//   - cold: folio list --dir DIR --json >/dev/null with an empty cache
//     folder, so it parses everything and writes its index cache;
//   - nocache: the same with FOLIO_NO_CACHE=1: parsing only, no cache;
//   - warm: the same with the cache the cold runs left.
//
// It prints the median and minimum wall time, the median CPU time (user
// and system) and the median peak RSS of each, and the ratios the targets are stated in (cold ≤ 2x read, warm ≤
// 0.5x read, peak RSS ≤ 150 MiB). Timings on a shared machine are noisy:
// use several runs and read the medians.
package main

import (
	"cmp"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/folio-reader/folio/internal/synth"
)

func main() {
	n := flag.Int("n", 10000, "number of articles to generate")
	size := flag.Int("size", 4096, "approximate size of each article in bytes")
	runs := flag.Int("runs", 5, "runs of each kind")
	dir := flag.String("dir", "", "measure this library instead of generating one")
	read := flag.String("read", "", "internal: read every file under this folder and exit")
	flag.Parse()
	if *read != "" {
		if err := synth.ReadAll(*read); err != nil {
			fmt.Fprintln(os.Stderr, "measure:", err)
			os.Exit(1)
		}
		return
	}
	if err := measure(*n, *size, *runs, *dir); err != nil {
		fmt.Fprintln(os.Stderr, "measure:", err)
		os.Exit(1)
	}
}

type sample struct {
	wall time.Duration
	cpu  time.Duration // user and system
	rss  int64         // peak resident set, bytes
}

func measure(n, size, runs int, dir string) error {
	tmp, err := os.MkdirTemp("", "folio-measure-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	// An interrupted run leaves no library behind.
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
	go func() {
		<-sig
		os.RemoveAll(tmp)
		os.Exit(1)
	}()

	folio := filepath.Join(tmp, "folio")
	build := exec.Command("go", "build", "-o", folio, "github.com/folio-reader/folio/cmd/folio")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return fmt.Errorf("go build: %v", err)
	}
	self, err := os.Executable()
	if err != nil {
		return err
	}
	if dir == "" {
		dir = filepath.Join(tmp, "lib")
		fmt.Printf("writing %d articles of ~%d bytes to %s\n", n, size, dir)
		if err := synth.Write(dir, n, size); err != nil {
			return err
		}
		if err := synth.Age(dir); err != nil { // the index keeps no file just written
			return err
		}
	}
	files, bytes, err := count(dir)
	if err != nil {
		return err
	}

	warmCache := filepath.Join(tmp, "warm-cache")
	list := []string{"list", "--dir", dir, "--json"}
	kinds := []struct {
		name string
		cmd  func() *exec.Cmd
	}{
		{"read", func() *exec.Cmd { return exec.Command(self, "-read", dir) }},
		{"cold", func() *exec.Cmd {
			c := exec.Command(folio, list...)
			cache, _ := os.MkdirTemp(tmp, "cold-cache-")
			c.Env = append(os.Environ(), "XDG_CACHE_HOME="+cache, "FOLIO_NO_CACHE=")
			return c
		}},
		{"nocache", func() *exec.Cmd {
			c := exec.Command(folio, list...)
			c.Env = append(os.Environ(), "XDG_CACHE_HOME="+filepath.Join(tmp, "unused-cache"), "FOLIO_NO_CACHE=1")
			return c
		}},
		{"warm", func() *exec.Cmd {
			c := exec.Command(folio, list...)
			c.Env = append(os.Environ(), "XDG_CACHE_HOME="+warmCache, "FOLIO_NO_CACHE=")
			return c
		}},
	}
	// Fill the page cache and the warm index once, untimed.
	for _, k := range kinds {
		if _, err := run(k.cmd()); err != nil {
			return fmt.Errorf("%s: %v", k.name, err)
		}
	}
	samples := map[string][]sample{}
	for range runs {
		for _, k := range kinds {
			s, err := run(k.cmd())
			if err != nil {
				return fmt.Errorf("%s: %v", k.name, err)
			}
			samples[k.name] = append(samples[k.name], s)
		}
	}

	fmt.Printf("%d files, %.1f MiB, %d runs each; %d CPUs (%s), %s\n", files, float64(bytes)/(1<<20), runs, runtime.NumCPU(), cpuModel(), runtime.Version())
	fmt.Printf("%-8s %10s %10s %10s %14s\n", "kind", "median", "min", "CPU", "peak RSS")
	med := map[string]sample{}
	for _, k := range kinds {
		s := samples[k.name]
		m := median(s)
		med[k.name] = m
		least := slices.MinFunc(s, func(a, b sample) int { return cmp.Compare(a.wall, b.wall) })
		fmt.Printf("%-8s %10s %10s %10s %10.1f MiB\n", k.name, round(m.wall), round(least.wall), round(m.cpu), float64(m.rss)/(1<<20))
	}
	read := med["read"].wall.Seconds()
	fmt.Printf("cold/read    %.2fx (target ≤ 2x)\n", med["cold"].wall.Seconds()/read)
	fmt.Printf("nocache/read %.2fx (target ≤ 2x)\n", med["nocache"].wall.Seconds()/read)
	fmt.Printf("warm/read    %.2fx (target ≤ 0.5x)\n", med["warm"].wall.Seconds()/read)
	fmt.Println("(ratios of the medians of the wall times)")
	return nil
}

func run(c *exec.Cmd) (sample, error) {
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return sample{}, err
	}
	defer null.Close()
	c.Stdout, c.Stderr = null, os.Stderr
	start := time.Now()
	if err := c.Run(); err != nil {
		return sample{}, err
	}
	s := sample{wall: time.Since(start)}
	if ru, ok := c.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.rss = int64(ru.Maxrss) * 1024 // kilobytes on Linux
	}
	s.cpu = c.ProcessState.UserTime() + c.ProcessState.SystemTime()
	return s, nil
}

func median(s []sample) sample {
	walls := slices.Clone(s)
	slices.SortFunc(walls, func(a, b sample) int { return cmp.Compare(a.wall, b.wall) })
	rss := slices.Clone(s)
	slices.SortFunc(rss, func(a, b sample) int { return cmp.Compare(a.rss, b.rss) })
	cpu := slices.Clone(s)
	slices.SortFunc(cpu, func(a, b sample) int { return cmp.Compare(a.cpu, b.cpu) })
	return sample{wall: walls[len(walls)/2].wall, rss: rss[len(rss)/2].rss, cpu: cpu[len(cpu)/2].cpu}
}

func round(d time.Duration) time.Duration { return d.Round(100 * time.Microsecond) }

func count(dir string) (files int, bytes int64, err error) {
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			info, err := d.Info()
			if err != nil {
				return err
			}
			files++
			bytes += info.Size()
		}
		return nil
	})
	return files, bytes, err
}

// cpuModel is the first "model name" of /proc/cpuinfo, or "" elsewhere.
func cpuModel() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for l := range strings.Lines(string(data)) {
		if k, v, ok := strings.Cut(l, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}
