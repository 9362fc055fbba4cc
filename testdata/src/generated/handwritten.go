package generated

import "net/http"

func g(w http.ResponseWriter) {
	w.WriteHeader(404) // want `use http.StatusNotFound`
}
