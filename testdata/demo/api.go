package main

import (
	"encoding/json"
	"net/http"
	"strconv"

	"example.com/demo/problem"
)

// respondJSON is the service's own helper: the code it takes reaches
// WriteHeader, so statuscode follows it back to every caller.
func respondJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(v)
}

func price(w http.ResponseWriter, r *http.Request) {
	cents, err := strconv.Atoi(r.FormValue("cents"))
	if err != nil {
		respondJSON(w, 400, map[string]string{"error": "cents must be a number"})
		return
	}
	if cents < 0 {
		// A helper of another package: its Status field reaches WriteHeader.
		problem.Details{Title: "negative price", Status: 422}.Write(w)
		return
	}
	respondJSON(w, 200, map[string]int{"cents": cents, "digits": len(strconv.Itoa(cents))})
}
