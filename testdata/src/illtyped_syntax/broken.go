package illtyped_syntax

import "net/http"

// After a syntax error in an expression the parser skips to the next
// statement keyword: calls it keeps in the partial AST are checked (408 is
// kept as the argument of a call whose list is broken), the skipped ones
// are lost.

func badOperand(w http.ResponseWriter) {
	w.WriteHeader(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`
	w.WriteHeader(+)
	w.WriteHeader(405)              // skipped by the parser
	defer http.Error(w, "x", 500)   // want `magic HTTP status 500 .*; use http.StatusInternalServerError`
	if true { w.WriteHeader(406) } // want `magic HTTP status 406 .*; use http.StatusNotAcceptable`
	go func(x int) {}(
	return
}

func missingComma(w http.ResponseWriter) {
	http.Error(w, "x" 501)
	w.WriteHeader(407)           // skipped by the parser
	defer w.WriteHeader(408 409) // want `magic HTTP status 408 .*; use http.StatusRequestTimeout`
	var _ = http.StatusText(409) // want `magic HTTP status 409 .*; use http.StatusConflict`
}

// The call gopls sees while the code is being typed: not closed yet.
func unclosed(w http.ResponseWriter) {
	w.WriteHeader(411
}
