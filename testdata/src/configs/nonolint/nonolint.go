// Package nonolint is checked with Config.Nolint off, as the golangci-lint
// plugin runs: golangci-lint reads //nolint itself; //lint:ignore still
// holds.
package nonolint

import "net/http"

func f(w http.ResponseWriter) {
	w.WriteHeader(400) //nolint:statuscode // want `magic HTTP status 400 in http.ResponseWriter.WriteHeader call; use http.StatusBadRequest`
	//lint:ignore statuscode kept back in every driver
	w.WriteHeader(401)
}
