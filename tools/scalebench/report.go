//go:build linux

package main

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

// print1 prints a library's rows as a markdown table.
func print1(l *library) {
	fmt.Printf("\n### %s: %d articles, %.1f MiB\n\n", filepath.Base(l.dir), l.files, float64(l.bytes)/(1<<20))
	fmt.Println("| measure | folio | yardstick | ratio | goal |")
	fmt.Println("|---|---|---|---|---|")
	for _, r := range l.rows {
		fmt.Printf("| %s | %s | %s | %s | %s |\n", r.name, r.folioString(), r.yardString(), l.ratioString(r), r.goal)
	}
}

func (r row) folioString() string {
	switch r.unit {
	case "rss":
		return fmt.Sprintf("%.0f MiB", float64(r.folio.rss)/(1<<20))
	case "ns":
		return ms(time.Duration(r.folio.ns))
	case "cpu":
		return ms(r.folio.cpu)
	case "wall": // the reader's: its CPU and memory are rows of their own
		return ms(r.folio.wall)
	}
	return fmt.Sprintf("%s (CPU %s, %.0f MiB)", ms(r.folio.wall), ms(r.folio.cpu), float64(r.folio.rss)/(1<<20))
}

func (r row) yardString() string {
	if r.ratio == 0 {
		return ""
	}
	return fmt.Sprintf("%s (CPU %s)", ms(r.yard.wall), ms(r.yard.cpu))
}

func (l *library) ratioString(r row) string {
	switch {
	case r.unit == "rss":
		return fmt.Sprintf("%.2fx the library", float64(r.folio.rss)/float64(l.bytes))
	case r.ratio != 0:
		return fmt.Sprintf("%.2fx", r.ratio)
	}
	return ""
}

// figure is what a row compares across sizes: its ratio, else its time.
func (l *library) figure(r row) float64 {
	switch {
	case r.unit == "rss":
		return float64(r.folio.rss) / float64(l.bytes)
	case r.ratio != 0:
		return r.ratio
	case r.unit == "ns":
		return r.folio.ns / 1e6
	case r.unit == "cpu":
		return float64(r.folio.cpu.Microseconds()) / 1000
	}
	return float64(r.folio.wall.Microseconds()) / 1000
}

// rawTime is a row's own time in ms, for growth across sizes.
func rawTime(r row) float64 {
	switch r.unit {
	case "ns":
		return r.folio.ns / 1e6
	case "cpu":
		return float64(r.folio.cpu.Microseconds()) / 1000
	case "rss":
		return float64(r.folio.rss)
	}
	return float64(r.folio.wall.Microseconds()) / 1000
}

// printSummary prints every measure across the libraries (ratios, or
// milliseconds where there is no yardstick), and how each grows from
// one library to the next ten times larger.
func printSummary(libs []*library) {
	if len(libs) < 2 {
		return
	}
	fmt.Println("\n### Across sizes (ratio to the yardstick or to the library's bytes; else ms)")
	head := []string{"measure"}
	for _, l := range libs {
		head = append(head, fmt.Sprintf("%d", l.files))
	}
	var growth [][2]int
	for i := range libs {
		for j := i + 1; j < len(libs); j++ {
			if libs[j].files == 10*libs[i].files {
				growth = append(growth, [2]int{i, j})
				head = append(head, fmt.Sprintf("growth %d→%d", libs[i].files, libs[j].files))
			}
		}
	}
	fmt.Println("| " + strings.Join(head, " | ") + " |")
	fmt.Println("|" + strings.Repeat("---|", len(head)))
	for k, r := range libs[0].rows {
		cells := []string{r.name}
		for _, l := range libs {
			cells = append(cells, fmt.Sprintf("%.2f", l.figure(l.rows[k])))
		}
		for _, g := range growth {
			a, b := rawTime(libs[g[0]].rows[k]), rawTime(libs[g[1]].rows[k])
			cells = append(cells, fmt.Sprintf("×%.1f", b/a))
		}
		fmt.Println("| " + strings.Join(cells, " | ") + " |")
	}
}
