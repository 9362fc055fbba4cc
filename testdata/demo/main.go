// Command demo is a small service with magic status codes for statuscode's quick start.
package main

import (
	"log"
	"net/http"
)

// statusRecorder is a middleware ResponseWriter that remembers the status code.
type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	r.status = code
	r.ResponseWriter.WriteHeader(code)
}

func logged(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		log.Printf("%s %s %d", r.Method, r.URL.Path, rec.status)
	})
}

func item(w http.ResponseWriter, r *http.Request) {
	if r.PathValue("id") != "1" {
		w.WriteHeader(404)
		return
	}
	w.Write([]byte("apple\n"))
}

func jobs(w http.ResponseWriter, r *http.Request) {
	name := r.FormValue("name")
	if name == "" {
		http.Error(w, "missing name", http.StatusBadRequest)
		return
	}
	if len(queue) >= 100 {
		http.Error(w, "queue full", 503)
		return
	}
	enqueue(w.(*statusRecorder), name) // logged wraps every route
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /items/{id}", item)
	mux.HandleFunc("POST /jobs", jobs)
	mux.HandleFunc("GET /price", price)
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/items/1", 301)
	})
	mux.HandleFunc("/chat", chat)
	mux.HandleFunc("/feed", feed)
	log.Fatal(http.ListenAndServe("localhost:8080", logged(mux)))
}

// upstreamUp asks a dependency whether it is healthy.
func upstreamUp(url string) bool {
	resp, err := http.Get(url)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	return resp.StatusCode == 200
}
