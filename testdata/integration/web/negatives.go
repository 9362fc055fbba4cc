package web

import (
	"net/http"
	"strings"
)

// Nothing in this file should be reported.

// Table has a WriteHeader method that only looks like http.ResponseWriter's.
type Table struct{ b strings.Builder }

// WriteHeader writes a ruler cols characters wide.
func (t *Table) WriteHeader(cols int) { t.b.WriteString(strings.Repeat("-", cols)) }

// Negatives exercises calls that must stay silent.
func Negatives(w http.ResponseWriter, r *http.Request, code int) string {
	w.WriteHeader(http.StatusOK)
	w.WriteHeader(code)
	http.Error(w, "unknown", 599)
	var t Table
	t.WriteHeader(200)
	return http.StatusText(-1)
}
