package suppress

//lint:file-ignore statuscode this file keeps its literals

import "net/http"

func wholeFile(w http.ResponseWriter) {
	w.WriteHeader(422)
	http.Error(w, "", 500)
}
