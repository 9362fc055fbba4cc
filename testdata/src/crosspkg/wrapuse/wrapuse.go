// Package wrapuse reaches net/http only through wrap, which has no facts:
// its writer's WriteHeader is still a status API, and its helper still
// exports a fact.
package wrapuse

import "crosspkg/wrap"

func Respond(c *wrap.Ctx, code int) { // want Respond:`status: param 1 http \(reaches http.ResponseWriter.WriteHeader\)`
	c.W.WriteHeader(code)
}

func notFound(c *wrap.Ctx) {
	c.W.WriteHeader(404) // want `magic HTTP status 404 .*; use http.StatusNotFound`
}
