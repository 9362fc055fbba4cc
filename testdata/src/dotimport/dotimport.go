package dotimport

import . "net/http"

func h(w ResponseWriter, r *Request) {
	Redirect(w, r, "/", 307) // want `magic HTTP status 307 in http.Redirect call; use StatusTemporaryRedirect`
}

func shadowed(w ResponseWriter, StatusNotFound string) {
	w.WriteHeader(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`
}
