// Package clientuse compares what the client's holders hold.
package clientuse

import (
	"errors"
	"net/http"

	"crosspkg/client"
	"crosspkg/httpx"
)

func fetch(c *http.Client) bool {
	resp, err := client.Get(c, "/")
	var cerr *client.Error
	if errors.As(err, &cerr) && cerr.Code == 404 { // want `magic HTTP status 404 compared with client.Error.Code \(holds http.Response.StatusCode\); use http.StatusNotFound`
		return false
	}
	if err != nil || resp.Len() == 200 {
		return false
	}
	return resp.StatusCode() == 200 // want `magic HTTP status 200 compared with the result of client.Response.StatusCode \(returns http.Response.StatusCode\); use http.StatusOK`
}

// A dependency's field at a status position holds a status too.
func problem(p httpx.Problem) bool {
	return p.Status == 410 // want `magic HTTP status 410 compared with httpx.Problem.Status \(reaches http.ResponseWriter.WriteHeader\); use http.StatusGone`
}

// What the package stores in a field that only holds a status is not
// followed: a field is no status position because a status reaches it.
func fill() *client.Error { return &client.Error{Code: 500} }

// A table field compared with another package's status field is at a
// status position.
func problems(p httpx.Problem) bool {
	for _, tc := range []struct{ want int }{
		{409}, // want `magic HTTP status 409 stored in want \(compared with httpx.Problem.Status\); use http.StatusConflict`
	} {
		if p.Status == tc.want {
			return true
		}
	}
	return false
}
