package quiet

//lint:file-ignore statuscode this file keeps its literals

import "net/http"

// Ignored is not reported: the whole file is kept back.
func Ignored(w http.ResponseWriter) {
	w.WriteHeader(410)
}
