package render

// MaxWidth is the widest rendering: a wider request is rendered at
// MaxWidth. glamour pads and re-wraps every line to the width, so
// `--width 1000000` took 21 s and 580 MB and `--width 1000000000` never
// ended; no terminal is 1,000 cells wide, and the reader's wide mode
// stops at 300.
const MaxWidth = 1000
