package main

//lint:file-ignore statuscode this file keeps its literals

import "net/http"

func ignored(w http.ResponseWriter) {
	w.WriteHeader(410)
}
