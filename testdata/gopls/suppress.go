package main

import "net/http"

// The directives that keep a report back, as gopls users write them.
func suppressed(w http.ResponseWriter) {
	w.WriteHeader(400) //nolint:statuscode
	w.WriteHeader(401) //nolint
	w.WriteHeader(402) //nolint:all
	//lint:ignore statuscode kept on purpose
	w.WriteHeader(403)
	//nolint:statuscode // a blank line below: it covers nothing

	w.WriteHeader(409)
}
