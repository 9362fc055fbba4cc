// Package problems imports no package of the tables, only the helpers:
// the fix imports net/http.
package problems

import "crosspkg/httpx"

func NotFound() httpx.Problem {
	return httpx.Problem{Title: "not found", Status: 404} // want `magic HTTP status 404 stored in httpx.Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusNotFound`
}
