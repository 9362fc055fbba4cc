//go:build integration

package tagged

import "net/http"

// Teapot is built with -tags integration only.
func Teapot(w http.ResponseWriter) { w.WriteHeader(418) }
