//go:build unix && !linux

package library

const mapPopulate = 0
