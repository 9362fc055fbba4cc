// Package suppress checks the directives that keep a report back.
package suppress

import "net/http"

func nolint(w http.ResponseWriter) {
	w.WriteHeader(400) //nolint:statuscode
	w.WriteHeader(401) //nolint
	w.WriteHeader(402) //nolint:all
	w.WriteHeader(403) //nolint:errcheck,statuscode // a reason after the list
	w.WriteHeader(404) // nolint:statuscode
	w.WriteHeader(405) //nolint:errcheck // want `magic HTTP status 405 in http.ResponseWriter.WriteHeader call; use http.StatusMethodNotAllowed`
	w.WriteHeader(406) //nolintlint // want `magic HTTP status 406 in http.ResponseWriter.WriteHeader call; use http.StatusNotAcceptable`
	//nolint:statuscode
	w.WriteHeader(407) // the statement below the directive, in its column
	//nolint:statuscode

	w.WriteHeader(408) // want `magic HTTP status 408 in http.ResponseWriter.WriteHeader call; use http.StatusRequestTimeout`
	w.WriteHeader(409) // want `magic HTTP status 409 in http.ResponseWriter.WriteHeader call; use http.StatusConflict`
}

// A directive on a declaration covers all of it.
//
//nolint:statuscode
func declaration(w http.ResponseWriter) {
	w.WriteHeader(410)
	http.Error(w, "", 500)
}

//nolint:statuscode // covers the declaration below it only
func other(w http.ResponseWriter) {
	w.WriteHeader(411)
}

func after(w http.ResponseWriter) {
	w.WriteHeader(412) // want `magic HTTP status 412 in http.ResponseWriter.WriteHeader call; use http.StatusPreconditionFailed`
}

func staticcheck(w http.ResponseWriter) {
	//lint:ignore statuscode 413 reads better here
	w.WriteHeader(413)
	w.WriteHeader(414) //lint:ignore statuscode on the same line
	//lint:ignore SA1000,status* a glob matches
	w.WriteHeader(415)
	//lint:ignore statuscode
	w.WriteHeader(416) // want `magic HTTP status 416 in http.ResponseWriter.WriteHeader call; use http.StatusRequestedRangeNotSatisfiable`
	//lint:ignore SA1000 another check
	w.WriteHeader(417) // want `magic HTTP status 417 in http.ResponseWriter.WriteHeader call; use http.StatusExpectationFailed`
	//lint:ignore statuscode only the next line
	w.WriteHeader(418)
	w.WriteHeader(421) // want `magic HTTP status 421 in http.ResponseWriter.WriteHeader call; use http.StatusMisdirectedRequest`
}
