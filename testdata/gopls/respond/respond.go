// Package respond is a helper in another package than its callers: its
// status parameter reaches them as a fact.
package respond

import "net/http"

// JSON writes the status code and v.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = v
}
