// Package respond is the module's response helper: main passes codes to
// it, one package away from WriteHeader.
package respond

import (
	"encoding/json"
	"net/http"
)

// JSON writes v as JSON with the status code.
func JSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

// Result is a call's outcome: its Code holds the response's status, a
// fact for the packages that use it.
type Result struct{ resp *http.Response }

// Code returns the response's status code.
func (r Result) Code() int { return r.resp.StatusCode }

// Fetch gets url.
func Fetch(url string) (Result, error) {
	resp, err := http.Get(url)
	if err != nil {
		return Result{}, err
	}
	_ = resp.Body.Close()
	return Result{resp}, nil
}
