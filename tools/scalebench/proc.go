//go:build linux

package main

import (
	"cmp"
	"fmt"
	"os"
	"os/exec"
	"slices"
	"syscall"
	"time"
)

// sample is what one or more runs of a command took: medians.
type sample struct {
	wall, cpu time.Duration
	rss       int64 // peak resident set, bytes
	ns        float64
}

func (s sample) wallString() string { return ms(s.wall) }

func ms(d time.Duration) string {
	if d < 10*time.Millisecond {
		return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000)
	}
	return fmt.Sprintf("%.0f ms", float64(d.Microseconds())/1000)
}

// command is a way to start one kind of run; before is called before
// each run, untimed (a cold cache is emptied there).
type command struct {
	args   []string
	env    []string
	before func() error
	out    string // the file its output is written to, made empty first; "" for /dev/null
}

// runOnce runs c with its output thrown away and returns its wall time,
// CPU time (user and system) and peak resident set.
func runOnce(c command) (sample, error) {
	if c.before != nil {
		if err := c.before(); err != nil {
			return sample{}, err
		}
	}
	null, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		return sample{}, err
	}
	defer null.Close()
	cmd := exec.Command(c.args[0], c.args[1:]...)
	cmd.Env = append(os.Environ(), c.env...)
	cmd.Stdin, cmd.Stdout = null, null
	if c.out != "" {
		f, err := os.Create(c.out)
		if err != nil {
			return sample{}, err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	var stderr limitedBuffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Run(); err != nil {
		return sample{}, fmt.Errorf("%v: %v: %s", c.args, err, stderr.String())
	}
	s := sample{wall: time.Since(start), cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		s.rss = ru.Maxrss * 1024
	}
	return s, nil
}

// paired runs a and b in turn, runs times each after one untimed run of
// each, and returns their medians and the median of the ratios a/b of
// wall times, pair by pair.
func paired(a, b command, runs int) (sa, sb sample, ratio float64, err error) {
	if _, err = runOnce(a); err != nil {
		return
	}
	if _, err = runOnce(b); err != nil {
		return
	}
	var as, bs []sample
	var ratios []float64
	for range runs {
		x, err := runOnce(a)
		if err != nil {
			return sa, sb, 0, err
		}
		y, err := runOnce(b)
		if err != nil {
			return sa, sb, 0, err
		}
		as, bs = append(as, x), append(bs, y)
		ratios = append(ratios, x.wall.Seconds()/y.wall.Seconds())
	}
	slices.Sort(ratios)
	return median(as), median(bs), ratios[len(ratios)/2], nil
}

// alone runs a runs times after one untimed run and returns the medians.
func alone(a command, runs int) (sample, error) {
	if _, err := runOnce(a); err != nil {
		return sample{}, err
	}
	var as []sample
	for range runs {
		x, err := runOnce(a)
		if err != nil {
			return sample{}, err
		}
		as = append(as, x)
	}
	return median(as), nil
}

// median is each figure's median over the samples.
func median(s []sample) sample {
	pick := func(f func(sample) int64) int64 {
		v := make([]int64, len(s))
		for i, x := range s {
			v[i] = f(x)
		}
		slices.SortFunc(v, cmp.Compare)
		return v[len(v)/2]
	}
	return sample{
		wall: time.Duration(pick(func(x sample) int64 { return int64(x.wall) })),
		cpu:  time.Duration(pick(func(x sample) int64 { return int64(x.cpu) })),
		rss:  pick(func(x sample) int64 { return x.rss }),
	}
}

// limitedBuffer keeps the first 4 KB written to it, for error messages.
type limitedBuffer struct{ b []byte }

func (l *limitedBuffer) Write(p []byte) (int, error) {
	if room := 4096 - len(l.b); room > 0 {
		l.b = append(l.b, p[:min(room, len(p))]...)
	}
	return len(p), nil
}

func (l *limitedBuffer) String() string { return string(l.b) }
