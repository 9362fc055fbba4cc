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
