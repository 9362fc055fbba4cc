// Package problem writes RFC 9457 problem documents. Its Write sends the
// Status field: statuscode carries that fact to every package that fills
// one in.
package problem

import (
	"encoding/json"
	"net/http"
)

// Details is a problem document.
type Details struct {
	Title  string `json:"title"`
	Status int    `json:"status"`
}

// Write sends p with its status.
func (p Details) Write(w http.ResponseWriter) {
	w.Header().Set("Content-Type", "application/problem+json")
	w.WriteHeader(p.Status)
	json.NewEncoder(w).Encode(p)
}
