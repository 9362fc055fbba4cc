package shadow

import "net/http"

type client struct{}

// The parameter http shadows the import: the fix imports net/http again
// under a free name.
func h(w http.ResponseWriter, http *client) {
	w.WriteHeader(409) // want `magic HTTP status 409 .*; use http0.StatusConflict`
}

func ok(w http.ResponseWriter) {
	w.WriteHeader(410) // want `magic HTTP status 410 .*; use http.StatusGone`
}
