// Package specs serves a status that its Gomega tests check.
package specs

import "net/http"

// Health answers 200, or 503 while the service drains.
func Health(draining bool) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if draining {
			w.WriteHeader(http.StatusServiceUnavailable)
			return
		}
		w.WriteHeader(http.StatusOK)
	}
}
