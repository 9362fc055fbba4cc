package shadow

import "net/http"

func both(w http.ResponseWriter, http *client) {
	http0 := 1
	_ = http0
	w.WriteHeader(411) // want `magic HTTP status 411 .*; use http1.StatusLengthRequired`
}
