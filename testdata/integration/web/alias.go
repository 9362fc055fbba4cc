package web

import nethttp "net/http"

// Gone answers 410 through the aliased import.
func Gone(w nethttp.ResponseWriter, r *nethttp.Request) {
	nethttp.Error(w, "gone", 410)
}

// Created answers 201 through the aliased import.
func Created(w nethttp.ResponseWriter) {
	w.WriteHeader(201)
}
