// Command goplsdemo is the module the editor end-to-end test opens in gopls.
package main

import "net/http"

func handler(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/" {
		w.WriteHeader(404)
		return
	}
	http.Error(w, "x", 500)
}

func main() {
	http.HandleFunc("/", handler)
	_ = http.ListenAndServe("localhost:8080", nil)
}
