// Package quiet keeps its reports back with the directives every driver
// honours; the one directive above a blank line covers nothing.
package quiet

import "net/http"

// Handle writes codes its maintainers keep as they are.
func Handle(w http.ResponseWriter, r *http.Request) {
	switch r.URL.Path {
	case "/a":
		w.WriteHeader(400) //nolint:statuscode // 400 reads better here
	case "/b":
		w.WriteHeader(401) //nolint
	case "/c":
		w.WriteHeader(402) //nolint:all
	case "/d":
		//lint:ignore statuscode kept on purpose
		w.WriteHeader(403)
	case "/e":
		//nolint:statuscode // a blank line below: it covers nothing

		w.WriteHeader(409)
	}
	held(w)
}

//nolint:statuscode // the whole declaration
func held(w http.ResponseWriter) {
	http.Error(w, "held", 500)
}
