package web

import "net/http"

// JSON is both listed in -funcs and inferred from its body: a call is
// reported once.
func notFound(w http.ResponseWriter) { JSON(w, 404, nil) } // want `magic HTTP status 404 in JSON call; use http.StatusNotFound`
