// Package embed embeds fields and interfaces declared in other packages.
package embed

import (
	"net/http"

	"objkinds/foreign/a"
	"objkinds/generics"
	"objkinds/universe"
)

type Wrapper struct {
	generics.Resp[int]
	a.Coder
	*http.Request
}

type Both interface {
	a.Coder
	a.Responder
	universe.E
	error
}

type Named a.Coder

type Deep interface {
	Named
	Extra() int
}

func use(w http.ResponseWriter, x Wrapper, b Both, d Deep) {
	x.Code = 404 // want `magic HTTP status 404 stored in generics.Resp.Code`
	x.Write(w)
	_ = x.Coder.StatusCode() == 500  // want `magic HTTP status 500 compared with the result of a.Coder.StatusCode`
	_ = x.Response.StatusCode == 501 // want `magic HTTP status 501 compared with http.Response.StatusCode`
	_ = b.StatusCode() == 502        // want `magic HTTP status 502 compared with the result of a.Coder.StatusCode`
	_ = b.Code() == 503              // want `magic HTTP status 503 compared with the result of universe.E.Code`
	b.Respond(w, 405)
	_ = b.Error()
	_ = d.StatusCode() == 504 // want `magic HTTP status 504 compared with the result of a.Coder.StatusCode`
	_ = d.Extra() == 505
	m := x.Write
	m(w)
	h := generics.Resp[int].Write
	h(generics.Resp[int]{Code: 406}, w) // want `magic HTTP status 406 stored in generics.Resp.Code`
}
