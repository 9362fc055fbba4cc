// Package app uses fw without importing net/http: go vet sees net/http
// only through fw's export data, and the fix must add the import.
package app

import "example.com/integration/fw"

// Accept answers 202.
func Accept(c *fw.Context) {
	c.Writer.WriteHeader(202)
}

// Shutdown closes a hub's connections without importing the libraries:
// go vet sees them only through fw's export data.
func Shutdown(h *fw.Conns) {
	_ = h.Coder.Close(1001, "shutdown")
	_ = h.Nhooyr.Close(1001, "shutdown")
}
