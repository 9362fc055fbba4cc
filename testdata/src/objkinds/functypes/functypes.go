// Package functypes declares named func types with methods, and values of
// them that send codes.
package functypes

import "net/http"

type Sender func(w http.ResponseWriter, code int)

func (s Sender) Send(w http.ResponseWriter, code int) { s(w, code) }

type CodeFunc func() int

func (c CodeFunc) Code() int { return c() }

var Send Sender = func(w http.ResponseWriter, code int) { w.WriteHeader(code) }

func Of(r *http.Response) CodeFunc { return func() int { return r.StatusCode } }

func use(w http.ResponseWriter, r *http.Response) {
	Send.Send(w, 404)
	Send(w, 405) // want `magic HTTP status 405 passed to Send`
	m := Send.Send
	m(w, 406)
	x := Sender.Send
	x(Send, w, 407)
	_ = Of(r).Code() == 200
	var h http.HandlerFunc = func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(201) } // want `magic HTTP status 201`
	h.ServeHTTP(w, nil)
}
