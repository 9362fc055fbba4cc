// Package lookalike has methods and functions that share the names of
// status APIs without being them: nothing here is reported.
package lookalike

import "net/http"

// Table is not an http.ResponseWriter.
type Table struct{ cols int }

func (t *Table) WriteHeader(cols int) { t.cols = cols }

// half has Header and WriteHeader but no Write.
type half struct{}

func (half) Header() http.Header { return nil }
func (half) WriteHeader(int)     {}

// wrongSig implements http.ResponseWriter but its WriteHeader2 differs.
type conn struct{}

func (conn) Close(code int, reason string) error { return nil }

// Error has http.Error's shape in another package.
func Error(w http.ResponseWriter, msg string, code int) {}

func StatusText(code int) string { return "" }

func f(w http.ResponseWriter, t *Table, h half, c conn) {
	t.WriteHeader(200)
	h.WriteHeader(200)
	c.Close(1000, "")
	Error(w, "x", 500)
	_ = StatusText(404)
	write := w.WriteHeader
	write(404) // a func value: not resolved to the method
	http.Error(w, "x", 999)
	codes := []int{404}
	_ = codes
}
