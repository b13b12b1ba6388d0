//go:build unix && !linux

package library

const mapPopulate = 0

func populate([]byte) {}

func release([]byte) {}
