package main

import (
	"fmt"
	"io"
	"strings"
)

var queue []string

// Table prints rows as text columns.
type Table struct{ w io.Writer }

// WriteHeader prints a ruler cols characters wide.
func (t Table) WriteHeader(cols int) { fmt.Fprintln(t.w, strings.Repeat("-", cols)) }

// enqueue stores a job and answers through the logging middleware's recorder.
func enqueue(rec *statusRecorder, name string) {
	queue = append(queue, name)
	rec.WriteHeader(202)
	t := Table{w: rec}
	t.WriteHeader(200)
	for i, job := range queue {
		fmt.Fprintf(rec, "%3d  %s\n", i+1, job)
	}
}
