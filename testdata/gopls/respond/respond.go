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

// Result is a call's outcome: its Code holds the response's status, a
// fact for the packages that use it.
type Result struct{ resp *http.Response }

// Code returns the response's status code.
func (r Result) Code() int { return r.resp.StatusCode }
