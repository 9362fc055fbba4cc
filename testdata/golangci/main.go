// Command gcl is a tiny server full of magic status codes. plugin/e2e_test.go
// lints a copy of it with a golangci-lint that has statuscode built in.
package main

import (
	"net/http"

	"example.com/gcl/respond"
	"github.com/gorilla/websocket"
)

func notFound(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(404)
}

func fail(w http.ResponseWriter, _ *http.Request) {
	http.Error(w, "x", 500)
}

func teapot(w http.ResponseWriter, _ *http.Request) {
	w.WriteHeader(418) //nolint:statuscode // on purpose: suppressed
}

func gone(w http.ResponseWriter, _ *http.Request) {
	//lint:ignore statuscode 410 is kept back in every driver, golangci-lint too
	w.WriteHeader(410)
}

func unavailable(w http.ResponseWriter, _ *http.Request) {
	//nolint:statuscode // a blank line below: it covers nothing

	w.WriteHeader(503)
}

func conflict(w http.ResponseWriter, _ *http.Request) {
	respond.JSON(w, 409, map[string]string{"error": "conflict"})
}

// healthy compares what a holder of another package holds.
func healthy() bool {
	r, err := respond.Fetch("http://localhost:8080/health")
	return err == nil && r.Code() == 200
}

func bye() []byte {
	return websocket.FormatCloseMessage(1000, "")
}

func main() {
	http.HandleFunc("/missing", notFound)
	http.HandleFunc("/fail", fail)
	http.HandleFunc("/teapot", teapot)
	http.HandleFunc("/conflict", conflict)
	http.HandleFunc("/gone", gone)
	http.HandleFunc("/unavailable", unavailable)
	_ = bye()
	_ = healthy()
	_ = recorded()
}
